// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/Rouge.h"

#include "metrics/NgramCounts.h"
#include "metrics/PorterStemmer.h"

#include <algorithm>
#include <map>

namespace ee {

std::optional<RougeType> RougeType::fromName(const QString& name) {
    if (name == QLatin1String("rougeL"))
        return RougeType{L, 0};
    if (name == QLatin1String("rougeLsum"))
        return RougeType{Lsum, 0};
    if (name.size() == 6 && name.startsWith(QLatin1String("rouge")) &&
        name[5] >= QLatin1Char('1') && name[5] <= QLatin1Char('9'))
        return RougeType{N, name[5].unicode() - '0'};
    return std::nullopt;
}

QString RougeType::name() const {
    switch (kind) {
    case L:
        return QStringLiteral("rougeL");
    case Lsum:
        return QStringLiteral("rougeLsum");
    case N:
        break;
    }
    return QStringLiteral("rouge%1").arg(n);
}

void rougeTokenize(const QString& text, bool stem, std::vector<std::string>& out) {
    out.clear();
    std::string cur;
    auto flush = [&] {
        if (cur.empty())
            return;
        if (stem && cur.size() > 3)
            cur = porterStem(cur);
        if (!cur.empty())
            out.push_back(cur);
        cur.clear();
    };
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    const char16_t* end = p + text.size();
    for (; p < end; ++p) {
        const char16_t c = *p;
        // Python lower() then [^a-z0-9]+ -> " ": the only non-ASCII code points whose lowercase
        // contains [a-z0-9] are U+0130 (-> "i" + U+0307) and U+212A KELVIN (-> "k"); both are in
        // the BMP, so UTF-16 units can be tested directly (surrogates are separators anyway).
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            cur.push_back(static_cast<char>(c));
        } else if (c >= u'A' && c <= u'Z') {
            cur.push_back(static_cast<char>(c - u'A' + u'a'));
        } else if (c == 0x212A) {
            cur.push_back('k');
        } else if (c == 0x0130) {
            cur.push_back('i');
            flush(); // the combining dot above that follows is a separator
        } else {
            flush();
        }
    }
    flush();
}

namespace {

double fmeasure(double p, double r) {
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

RougeScore ratios(std::int64_t overlap, std::int64_t predCount, std::int64_t targetCount) {
    RougeScore s;
    s.precision =
        static_cast<double>(overlap) / static_cast<double>(std::max<std::int64_t>(predCount, 1));
    s.recall =
        static_cast<double>(overlap) / static_cast<double>(std::max<std::int64_t>(targetCount, 1));
    s.fmeasure = fmeasure(s.precision, s.recall);
    return s;
}

RougeScore rougeN(int n, const std::vector<std::string>& t, const std::vector<std::string>& p) {
    thread_local IdSequences ids;
    ids.assign(std::vector<const std::vector<std::string>*>{&t, &p});
    if (n <= 4 && idCount(ids) <= 65536) {
        thread_local std::vector<std::uint64_t> pt, pp;
        sortedPackedNgrams(ids.seqs[0], n, pt);
        sortedPackedNgrams(ids.seqs[1], n, pp);
        return ratios(multisetOverlap(pt, pp), static_cast<std::int64_t>(pp.size()),
                      static_cast<std::int64_t>(pt.size()));
    }
    if (n <= 4) {
        thread_local std::vector<Gram> gt, gp;
        sortedNgrams(ids.seqs[0], n, gt);
        sortedNgrams(ids.seqs[1], n, gp);
        return ratios(multisetOverlap(gt, gp), static_cast<std::int64_t>(gp.size()),
                      static_cast<std::int64_t>(gt.size()));
    }
    // rouge5…rouge9 are rare: count with a map.
    auto count = [n](const std::vector<std::uint32_t>& s) {
        std::map<std::vector<std::uint32_t>, std::int64_t> m;
        const auto un = static_cast<std::size_t>(n);
        for (std::size_t i = 0; i + un <= s.size(); ++i)
            ++m[std::vector<std::uint32_t>(s.begin() + static_cast<std::ptrdiff_t>(i),
                                           s.begin() + static_cast<std::ptrdiff_t>(i + un))];
        return m;
    };
    const auto ct = count(ids.seqs[0]), cp = count(ids.seqs[1]);
    std::int64_t overlap = 0, nt = 0, np = 0;
    for (const auto& [g, c] : ct) {
        nt += c;
        const auto it = cp.find(g);
        overlap += std::min(c, it == cp.end() ? 0 : it->second);
    }
    for (const auto& [g, c] : cp)
        np += c;
    return ratios(overlap, np, nt);
}

// LCS length over ids, two rows.
std::int64_t lcsLength(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
    thread_local std::vector<std::int32_t> prev, cur;
    prev.assign(b.size() + 1, 0);
    cur.assign(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = 0;
        const std::uint32_t ai = a[i - 1];
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = ai == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// One LCS of ref and can as indices into ref, chosen by rouge_score's _backtrack_norec.
void lcsIndices(const std::vector<std::uint32_t>& ref, const std::vector<std::uint32_t>& can,
                std::vector<std::size_t>& out) {
    thread_local std::vector<std::int32_t> t;
    const std::size_t rows = ref.size() + 1, cols = can.size() + 1;
    t.assign(rows * cols, 0);
    for (std::size_t i = 1; i < rows; ++i)
        for (std::size_t j = 1; j < cols; ++j)
            t[i * cols + j] = ref[i - 1] == can[j - 1]
                                  ? t[(i - 1) * cols + j - 1] + 1
                                  : std::max(t[(i - 1) * cols + j], t[i * cols + j - 1]);
    out.clear();
    std::size_t i = ref.size(), j = can.size();
    while (i > 0 && j > 0) {
        if (ref[i - 1] == can[j - 1]) {
            out.push_back(i - 1);
            --i;
            --j;
        } else if (t[i * cols + j - 1] > t[(i - 1) * cols + j]) {
            --j;
        } else {
            --i;
        }
    }
}

RougeScore rougeLsum(const QString& target, const QString& prediction, bool stem) {
    auto sentences = [stem](const QString& text) {
        std::vector<std::vector<std::string>> out;
        for (const QString& s : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            out.emplace_back();
            rougeTokenize(s, stem, out.back());
        }
        return out;
    };
    const auto ref = sentences(target), can = sentences(prediction);
    if (ref.empty() || can.empty())
        return {};
    std::int64_t m = 0, n = 0;
    std::vector<const std::vector<std::string>*> lists;
    for (const auto& s : ref) {
        m += static_cast<std::int64_t>(s.size());
        lists.push_back(&s);
    }
    for (const auto& s : can) {
        n += static_cast<std::int64_t>(s.size());
        lists.push_back(&s);
    }
    if (m == 0 || n == 0)
        return {};
    IdSequences ids;
    ids.assign(lists);
    std::uint32_t vocab = 0;
    for (const auto& s : ids.seqs)
        for (auto id : s)
            vocab = std::max(vocab, id + 1);
    std::vector<std::int64_t> cntR(vocab, 0), cntC(vocab, 0);
    for (std::size_t k = 0; k < ref.size(); ++k)
        for (auto id : ids.seqs[k])
            ++cntR[id];
    for (std::size_t k = ref.size(); k < ids.seqs.size(); ++k)
        for (auto id : ids.seqs[k])
            ++cntC[id];
    std::int64_t hits = 0;
    std::vector<std::size_t> one, uni;
    for (std::size_t k = 0; k < ref.size(); ++k) {
        const auto& r = ids.seqs[k];
        uni.clear();
        for (std::size_t c = ref.size(); c < ids.seqs.size(); ++c) {
            lcsIndices(r, ids.seqs[c], one);
            uni.insert(uni.end(), one.begin(), one.end());
        }
        std::sort(uni.begin(), uni.end());
        uni.erase(std::unique(uni.begin(), uni.end()), uni.end());
        for (std::size_t u : uni) {
            const auto tok = r[u];
            if (cntC[tok] > 0 && cntR[tok] > 0) {
                ++hits;
                --cntC[tok];
                --cntR[tok];
            }
        }
    }
    RougeScore s;
    s.recall = static_cast<double>(hits) / static_cast<double>(m);
    s.precision = static_cast<double>(hits) / static_cast<double>(n);
    s.fmeasure = fmeasure(s.precision, s.recall);
    return s;
}

} // namespace

RougeScore rougeLcsScore(const std::vector<std::string>& t, const std::vector<std::string>& p) {
    if (t.empty() || p.empty())
        return {};
    thread_local IdSequences ids;
    ids.assign(std::vector<const std::vector<std::string>*>{&t, &p});
    const std::int64_t lcs = lcsLength(ids.seqs[0], ids.seqs[1]);
    RougeScore s;
    s.precision = static_cast<double>(lcs) / static_cast<double>(p.size());
    s.recall = static_cast<double>(lcs) / static_cast<double>(t.size());
    s.fmeasure = fmeasure(s.precision, s.recall);
    return s;
}

RougeScore rougeScore(const RougeType& type, const QString& target, const QString& prediction,
                      bool stem) {
    if (type.kind == RougeType::Lsum)
        return rougeLsum(target, prediction, stem);
    thread_local std::vector<std::string> t, p;
    rougeTokenize(target, stem, t);
    rougeTokenize(prediction, stem, p);
    if (type.kind == RougeType::L)
        return rougeLcsScore(t, p);
    return rougeN(type.n, t, p);
}

RougeScore rougeScoreMulti(const RougeType& type, const QStringList& targets,
                           const QString& prediction, bool stem) {
    RougeScore best;
    bool first = true;
    for (const QString& t : targets) {
        const RougeScore s = rougeScore(type, t, prediction, stem);
        if (first || s.fmeasure > best.fmeasure)
            best = s;
        first = false;
    }
    return best;
}

QString t5PrepareSummary(const QString& s) {
    QString out = s;
    out.replace(QStringLiteral(" . "), QStringLiteral(" .\n"));
    return out;
}

double bigbenchRougeExample(const RougeType& type, const QStringList& targets,
                            const QString& response, bool stem) {
    const QString pred = t5PrepareSummary(response);
    double best = 0.0;
    bool first = true;
    for (const QString& t : targets) {
        const double v = rougeScore(type, t5PrepareSummary(t), pred, stem).fmeasure * 100.0;
        if (first || v > best)
            best = v;
        first = false;
    }
    return best;
}

} // namespace ee

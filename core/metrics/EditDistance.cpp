// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/EditDistance.h"

#include "metrics/PyText.h"

#include <algorithm>
#include <vector>

namespace ee {

namespace {

template <typename Seq> qint64 levenshtein(const Seq& a, const Seq& b) {
    std::vector<qint64> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = static_cast<qint64>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<qint64>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const qint64 sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

qint64 tokenEditDistance(const QString& a, const QString& b) {
    const U32 ua = py::toU32(a), ub = py::toU32(b);
    std::vector<U32View> ta, tb;
    py::split(ua, ta);
    py::split(ub, tb);
    return levenshtein(ta, tb);
}

qint64 charEditDistance(const QString& a, const QString& b) {
    return levenshtein(py::toU32(a), py::toU32(b));
}

qint64 minEditDistance(const QString& output, const QStringList& targets, bool tokens) {
    qint64 best = -1;
    for (const QString& t : targets) {
        const qint64 d = tokens ? tokenEditDistance(output, t) : charEditDistance(output, t);
        if (best < 0 || d < best)
            best = d;
    }
    return best;
}

} // namespace ee

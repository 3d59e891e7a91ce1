// SPDX-License-Identifier: GPL-3.0-or-later
// BLEU's n-gram counting: the hash-table counter against hand-counted cases and against the
// sort-and-merge counter it replaced (kept for ROUGE and for ids ≥ 65536), and token ids.
#include "metrics/ClippedNgramCounter.h"
#include "metrics/NgramCounts.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ee;

namespace {

using Ids = std::vector<std::uint32_t>;

struct Counts {
    std::array<std::int64_t, 4> total{}, correct{};
};

Counts hashed(const Ids& hyp, const std::vector<Ids>& refs) {
    static ClippedNgramCounter counter; // reused on purpose: stale slots must not leak
    std::vector<const Ids*> ptrs;
    for (const Ids& r : refs)
        ptrs.push_back(&r);
    Counts c;
    counter.count(hyp, ptrs, c.total, c.correct);
    return c;
}

Counts sorted(const Ids& hyp, const std::vector<Ids>& refs) {
    Counts c;
    std::vector<std::uint64_t> h;
    std::vector<std::vector<std::uint64_t>> r(refs.size());
    for (int n = 1; n <= 4; ++n) {
        sortedPackedNgrams(hyp, n, h);
        for (std::size_t k = 0; k < refs.size(); ++k)
            sortedPackedNgrams(refs[k], n, r[k]);
        c.total[n - 1] = static_cast<std::int64_t>(h.size());
        c.correct[n - 1] = refs.empty() ? 0 : clippedMatches(h, r);
    }
    return c;
}

} // namespace

class tst_NgramCounting : public QObject {
    Q_OBJECT
private slots:
    void handCounted_data();
    void handCounted();
    void agreesWithSortAndMerge();
    void idsAreEqualExactlyForEqualStrings();
};

void tst_NgramCounting::handCounted_data() {
    QTest::addColumn<QList<uint>>("hyp");
    QTest::addColumn<QList<QList<uint>>>("refs");
    QTest::addColumn<QList<qint64>>("total");
    QTest::addColumn<QList<qint64>>("correct");
    // "the the the the" vs "the cat": clipping keeps 1 of 4 unigram matches.
    QTest::newRow("clipped") << QList<uint>{0, 0, 0, 0} << QList<QList<uint>>{{0, 1}}
                             << QList<qint64>{4, 3, 2, 1} << QList<qint64>{1, 0, 0, 0};
    // Two references: the clip is the max count in any ONE reference, not their sum.
    QTest::newRow("max over refs")
        << QList<uint>{0, 0, 0} << QList<QList<uint>>{{0, 1}, {0, 0, 2}, {0}}
        << QList<qint64>{3, 2, 1, 0} << QList<qint64>{2, 1, 0, 0};
    QTest::newRow("identical") << QList<uint>{3, 1, 4, 1, 5} << QList<QList<uint>>{{3, 1, 4, 1, 5}}
                               << QList<qint64>{5, 4, 3, 2} << QList<qint64>{5, 4, 3, 2};
    QTest::newRow("no refs") << QList<uint>{1, 2} << QList<QList<uint>>{}
                             << QList<qint64>{2, 1, 0, 0} << QList<qint64>{0, 0, 0, 0};
    QTest::newRow("empty hyp") << QList<uint>{} << QList<QList<uint>>{{1, 2}}
                               << QList<qint64>{0, 0, 0, 0} << QList<qint64>{0, 0, 0, 0};
    // Packed keys: id 0 repeated packs to 0, which must still be a key, not "empty".
    QTest::newRow("zero key") << QList<uint>{0, 0} << QList<QList<uint>>{{0, 0, 0}}
                              << QList<qint64>{2, 1, 0, 0} << QList<qint64>{2, 1, 0, 0};
    QTest::newRow("large ids") << QList<uint>{65535, 65534, 65535}
                               << QList<QList<uint>>{{65535, 65534}} << QList<qint64>{3, 2, 1, 0}
                               << QList<qint64>{2, 1, 0, 0};
}

void tst_NgramCounting::handCounted() {
    QFETCH(QList<uint>, hyp);
    QFETCH(QList<QList<uint>>, refs);
    QFETCH(QList<qint64>, total);
    QFETCH(QList<qint64>, correct);
    std::vector<Ids> r;
    for (const auto& ref : refs)
        r.emplace_back(ref.begin(), ref.end());
    const Counts c = hashed(Ids(hyp.begin(), hyp.end()), r);
    for (int n = 0; n < 4; ++n) {
        QCOMPARE(c.total[n], total[n]);
        QCOMPARE(c.correct[n], correct[n]);
    }
}

void tst_NgramCounting::agreesWithSortAndMerge() {
    // Small vocabularies make repeated n-grams (the clipping cases) common; long sequences
    // grow the table between calls.
    QRandomGenerator rng(20261126);
    for (int trial = 0; trial < 3000; ++trial) {
        const auto vocab = 1 + rng.bounded(trial % 3 == 0 ? 4 : 60);
        const auto len = [&] {
            return static_cast<std::size_t>(rng.bounded(trial % 50 ? 35 : 400));
        };
        Ids hyp(len());
        for (auto& id : hyp)
            id = rng.bounded(vocab);
        std::vector<Ids> refs(rng.bounded(4));
        for (Ids& r : refs) {
            r.resize(len());
            for (auto& id : r)
                id = rng.bounded(vocab);
        }
        const Counts a = hashed(hyp, refs), b = sorted(hyp, refs);
        QVERIFY2(a.total == b.total && a.correct == b.correct, qPrintable(QString::number(trial)));
    }
}

void tst_NgramCounting::idsAreEqualExactlyForEqualStrings() {
    const std::vector<std::string> a{"b", "a", "b", "", "ab"};
    const std::vector<std::string> b{"ab", "a", "c", ""};
    IdSequences ids;
    ids.assign(std::vector<const std::vector<std::string>*>{&a, &b});
    QCOMPARE(ids.seqs.size(), std::size_t(2));
    std::vector<std::string> all(a);
    all.insert(all.end(), b.begin(), b.end());
    std::vector<std::uint32_t> flat(ids.seqs[0]);
    flat.insert(flat.end(), ids.seqs[1].begin(), ids.seqs[1].end());
    for (std::size_t i = 0; i < all.size(); ++i)
        for (std::size_t j = 0; j < all.size(); ++j)
            QCOMPARE(flat[i] == flat[j], all[i] == all[j]);
    QCOMPARE(idCount(ids), 5u); // b, a, "", ab, c: dense
}

QTEST_APPLESS_MAIN(tst_NgramCounting)
#include "tst_NgramCounting.moc"

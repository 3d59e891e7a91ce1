// SPDX-License-Identifier: GPL-3.0-or-later
// Column<T>: large buffers 2 MiB-aligned (huge pages), small ones ordinary, values intact
// across growth from one kind to the other.
#include "model/LargeAllocator.h"

#include <QTest>

#include <cstdint>

using namespace ee;

class tst_LargeAllocator : public QObject {
    Q_OBJECT
private slots:
    void largeBuffersAreHugePageAligned() {
        Column<std::uint32_t> c(1'000'000); // 4 MB
        QCOMPARE(reinterpret_cast<std::uintptr_t>(c.data()) % LargeAllocator<char>::kHugePage,
                 std::uintptr_t(0));
    }

    void growthAcrossTheThresholdKeepsEveryValue() {
        Column<double> c;
        const std::size_t n = 3 * LargeAllocator<char>::kHugePage / sizeof(double);
        for (std::size_t i = 0; i < n; ++i)
            c.push_back(double(i) * 0.5);
        QCOMPARE(c.size(), n);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(c.data()) % LargeAllocator<char>::kHugePage,
                 std::uintptr_t(0));
        for (std::size_t i = 0; i < n; i += 997)
            QCOMPARE(c[i], double(i) * 0.5);
        c.resize(10);
        c.shrink_to_fit(); // back to an ordinary block, freed the matching way
        QCOMPARE(c.size(), std::size_t(10));
        QCOMPARE(c[9], 4.5);
    }

    void copiesAndMovesAreIndependent() {
        Column<int> a(600'000, 7); // 2.4 MB
        Column<int> b = a;
        b[0] = 1;
        QCOMPARE(a[0], 7);
        Column<int> m = std::move(b);
        QCOMPARE(m[0], 1);
        QCOMPARE(m.size(), std::size_t(600'000));
    }
};

QTEST_APPLESS_MAIN(tst_LargeAllocator)
#include "tst_LargeAllocator.moc"

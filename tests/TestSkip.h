// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A test that needs something outside the repository (../shared/data, real sacreBLEU, Python's
// oracles, poppler's pdfinfo) skips when it is missing, so that `tools/test.sh` works on a clone
// without them. ctest counts a skip as a pass, though, so a CI machine that lost one of them would
// go green without the check ever running. With EE_TEST_NO_SKIP set (CI sets it, .ci/run) the
// same condition fails the test instead.
#include <QTest>
#include <QtGlobal>

#define EE_SKIP_OR_FAIL(reason)                                                                    \
    do {                                                                                           \
        if (qEnvironmentVariableIsSet("EE_TEST_NO_SKIP"))                                          \
            QFAIL("EE_TEST_NO_SKIP is set, and this test would skip: " reason);                    \
        QSKIP(reason);                                                                             \
    } while (false)

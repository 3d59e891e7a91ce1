// SPDX-License-Identifier: GPL-3.0-or-later
// BIG-bench scores_*.json (simdjson via FastJson, BigBenchScores::read).
#include "FuzzInput.h"
#include "io/BigBenchScores.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    (void)ee::BigBenchScores::read(ee::fuzz::bytes(data, size), QStringLiteral("scores_fuzz.json"),
                                   QStringLiteral("scores_fuzz.json"));
    return 0;
}

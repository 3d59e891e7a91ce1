// SPDX-License-Identifier: GPL-3.0-or-later
// Paper tables (Wei, Kojima, Pythia, OPT/BLOOM layouts), recognised by their header.
#include "FuzzInput.h"
#include "io/PaperTables.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    (void)ee::PaperTables::read(ee::fuzz::bytes(data, size), QStringLiteral("fuzz.csv"),
                                QStringLiteral("fuzz"));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// lm-evaluation-harness results JSON (LmEvalJson::read).
#include "FuzzInput.h"
#include "io/LmEvalJson.h"
#include "io/ModelCatalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const ee::ModelCatalog catalog;
    (void)ee::LmEvalJson::read(ee::fuzz::bytes(data, size), QStringLiteral("fuzz.json"),
                               QStringLiteral("fuzz"), catalog);
    return 0;
}

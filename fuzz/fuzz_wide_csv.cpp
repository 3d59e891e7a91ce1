// SPDX-License-Identifier: GPL-3.0-or-later
// Wide CSV (ObsScaling tables): the model catalog and the scores from the same bytes.
#include "FuzzInput.h"
#include "io/ModelCatalog.h"
#include "io/WideCsv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray in = ee::fuzz::bytes(data, size);
    ee::Diagnostics diag;
    const ee::ModelCatalog catalog = ee::WideCsv::readCatalog(in, QStringLiteral("fuzz.csv"), diag);
    (void)ee::WideCsv::read(in, QStringLiteral("fuzz.csv"), QStringLiteral("fuzz"), catalog);
    return 0;
}

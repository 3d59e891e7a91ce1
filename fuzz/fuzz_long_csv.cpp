// SPDX-License-Identifier: GPL-3.0-or-later
// Canonical long CSV (LongCsv::read) and the format sniffing every loaded file goes through.
#include "FuzzInput.h"
#include "io/DataFormat.h"
#include "io/LongCsv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray in = ee::fuzz::bytes(data, size);
    (void)ee::detectDataFormat(QStringLiteral("fuzz.csv"), in);
    const ee::ImportResult r = ee::LongCsv::read(in, QStringLiteral("fuzz.csv"));
    // What import writes must read back: the canonical CSV is a lossless round trip.
    (void)ee::LongCsv::toBytes(r.table);
    return 0;
}

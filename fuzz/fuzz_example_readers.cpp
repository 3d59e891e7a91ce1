// SPDX-License-Identifier: GPL-3.0-or-later
// The per-example readers (core/io/examples/ExampleReaders.h). They take a path, so the bytes go
// through a scratch file; the first byte picks the reader so that one target covers them all
// (7, 'auto', exercises detectExampleFormat(); 8–10 are the MMLU-Pro and archive readers, whose
// names decide the format: MMLU-Pro outputs as .json and .json.gz, and a zip archive).
#include "FuzzInput.h"
#include "io/examples/ExampleReaders.h"

using namespace ee;

// Reader choices 0–10 (tools/fuzz.sh prefixes every seed with each of them).
constexpr int kReaders = 11;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    const QByteArray in = ee::fuzz::bytes(data + 1, size - 1);
    ExampleReadOptions opts;
    opts.keepInputs = (data[0] & 0x80) != 0;
    switch (data[0] % kReaders) {
    case 0:
        (void)readExampleJsonl(ee::fuzz::scratchFile(in, QStringLiteral("e.jsonl")), opts);
        break;
    case 1:
        (void)readLmEvalSamples(ee::fuzz::scratchFile(in, QStringLiteral("samples_t_2024.jsonl")),
                                opts);
        break;
    case 2:
        (void)readLmEvalWriteOut(ee::fuzz::scratchFile(in, QStringLiteral("t_write_out_info.json")),
                                 opts);
        break;
    case 3:
        (void)readBigBenchFullLog(ee::fuzz::scratchFile(in, QStringLiteral("full_log.json")), opts);
        break;
    case 4:
        (void)readBbhOutputs(ee::fuzz::scratchFile(in, QStringLiteral("bbh.json")), opts);
        break;
    case 5:
        (void)readGsm8kSolutions(ee::fuzz::scratchFile(in, QStringLiteral("gsm8k.jsonl")), opts);
        break;
    case 6:
        (void)readLambadaLogprobs(ee::fuzz::scratchFile(in, QStringLiteral("lambada.csv")), opts);
        break;
    case 7:
        (void)readExamples(ee::fuzz::scratchFile(in, QStringLiteral("auto.jsonl")), opts);
        break;
    case 8:
        (void)readMmluProOutputs(
            ee::fuzz::scratchFile(in, QStringLiteral("model_outputs_m_5shots.json")), opts);
        break;
    case 9:
        (void)readMmluProOutputs(
            ee::fuzz::scratchFile(in, QStringLiteral("model_outputs_m_5shots.json.gz")), opts);
        break;
    default:
        (void)readExampleZip(ee::fuzz::scratchFile(in, QStringLiteral("outputs.zip")), opts);
        break;
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// sacreBLEU 13a and intl tokenizers, the ROUGE tokenizer (with and without Porter stemming),
// and sentence BLEU / ROUGE on two fuzzed strings separated by a NUL byte.
#include "FuzzInput.h"
#include "metrics/Bleu.h"
#include "metrics/BleuTokenizer.h"
#include "metrics/Rouge.h"

#include <string>
#include <vector>

using namespace ee;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray in = ee::fuzz::bytes(data, size);
    const QList<QByteArray> parts = ee::fuzz::fields(in, '\0', 2);
    const QString a = QString::fromUtf8(parts[0]);
    const QString b = QString::fromUtf8(parts[1]);
    (void)bleuTokenize(BleuTokenizer::T13a, a);
    (void)bleuTokenize(BleuTokenizer::Intl, a);
    std::vector<std::string> tokens;
    rougeTokenize(a, false, tokens);
    rougeTokenize(a, true, tokens);
    if (size < 4096) { // the metrics are quadratic in length (LCS); keep executions fast
        (void)sentenceBleu(b, {a});
        (void)rougeScore(*RougeType::fromName(QStringLiteral("rougeLsum")), a, b, true);
        (void)rougeScore(*RougeType::fromName(QStringLiteral("rouge2")), a, b, false);
    }
    return 0;
}

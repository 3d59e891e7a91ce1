// SPDX-License-Identifier: GPL-3.0-or-later
// BIG-bench output post-processing (max_length, stop_string, output_regex: a regex can come from
// a task file, so it is fuzzed too) and the multiple-choice arithmetic on fuzzed doubles.
#include "FuzzInput.h"
#include "metrics/ExactMatch.h"
#include "metrics/MultipleChoice.h"

#include <cstring>

using namespace ee;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2)
        return 0;
    const QList<QByteArray> parts = ee::fuzz::fields(ee::fuzz::bytes(data + 2, size - 2), '\0', 4);
    PostProcess pp;
    if (data[0] & 1)
        pp.maxLength = qsizetype(data[1]) - 8; // includes negative and zero lengths
    pp.stopString = QString::fromUtf8(parts[1]);
    if (data[0] & 2)
        pp.outputRegex = QString::fromUtf8(parts[2]);
    else if (data[0] & 4)
        pp.outputRegex = PostProcess::defaultRegex();
    const QString text = QString::fromUtf8(parts[0]);
    const PostProcessed out = postprocessOutput(text, pp);
    (void)exactStrMatch(out.text, {text});
    (void)caseInsensitiveStrMatch(out.text, {text});
    (void)pp.describe();

    // Doubles straight from the bytes: NaN, infinities, subnormals, negative zero.
    QList<double> lp, ts;
    const QByteArray& raw = parts[3];
    for (qsizetype i = 0; i + 8 <= raw.size(); i += 8) {
        double d;
        std::memcpy(&d, raw.constData() + i, 8);
        (i / 8 % 2 ? ts : lp).append(d);
    }
    ts.resize(lp.size());
    (void)bigbenchArgmax(lp);
    (void)multipleChoiceGrade(lp, ts);
    (void)normalizeLogProbs(lp);
    (void)brierScore(lp, ts);
    (void)choiceMargin(lp, ts);
    return 0;
}

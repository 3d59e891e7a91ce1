// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DataLoader.h"
#include "io/PaperTables.h"

#include <QTest>
#include <cmath>

using namespace ee;
using namespace Qt::StringLiterals;

class tst_PaperTables : public QObject {
    Q_OBJECT
    static ImportResult load(const QString& relative) {
        return DataLoader::load({QStringLiteral(EE_TEST_SHARED_DATA "/") + relative});
    }
    static std::optional<CurvePoint> point(const ScoreTable& t, const CurveKey& key,
                                           const QString& model,
                                           ScaleAxis axis = ScaleAxis::Params) {
        for (const CurvePoint& p : t.curve(key, axis).points)
            if (p.model == model)
                return p;
        return std::nullopt;
    }
private slots:
    void weiChainOfThought() {
        const ImportResult r =
            load(u"wei2022-chain-of-thought/table2_arithmetic_standard_vs_cot_by_model_size.csv"_s);
        QVERIFY(r.diagnostics.items.isEmpty());
        const CurveKey cot{u"GSM8K"_s, {}, u"accuracy"_s, u"PaLM"_s, {}, u"chain_of_thought"_s};
        const auto p = point(r.table, cot, u"PaLM 540B"_s);
        QVERIFY(p);
        QCOMPARE(p->value, 56.9);
        QCOMPARE(*p->x, 540e9);
        const CurveKey standard{u"GSM8K"_s, {}, u"accuracy"_s, u"PaLM"_s, {}, u"standard"_s};
        QCOMPARE(point(r.table, standard, u"PaLM 540B"_s)->value, 17.9);
        // Codex has no published size: it stays unknown rather than guessed.
        const CurveKey codex{u"GSM8K"_s, {},           u"accuracy"_s, u"Codex (code-davinci-002)"_s,
                             {},         u"standard"_s};
        const Curve c = r.table.curve(codex, ScaleAxis::Params);
        QCOMPARE(c.points.size(), 1);
        QVERIFY(!c.points.first().x);
    }
    void kojimaPromptingStylesAndShots() {
        const ImportResult r = load(u"kojima2022-zero-shot-cot/table26_27_model_scale_study.csv"_s);
        QVERIFY(r.diagnostics.items.isEmpty());
        const CurveKey zsCot{u"MultiArith"_s,     {}, u"accuracy"_s,
                             u"Original GPT-3"_s, 0,  u"zero_shot_cot"_s};
        QCOMPARE(point(r.table, zsCot, u"davinci"_s)->value, 19.0);
        QCOMPARE(*point(r.table, zsCot, u"ada"_s)->x, 0.3e9);
        const CurveKey fewCot{u"MultiArith"_s,     {}, u"accuracy"_s,
                              u"Instruct GPT-3"_s, 8,  u"chain_of_thought"_s};
        const auto p = point(r.table, fewCot, u"text-davinci-002"_s);
        QCOMPARE(p->value, 93.0);
        QVERIFY(!p->x); // "XL-2" is a label, not a size
    }
    void pythiaCheckpointsAndDerivedLogLikelihood() {
        const ImportResult r = load(u"pythia-evals/pythia_v1_benchmarks_by_size_and_step.csv"_s);
        QVERIFY(!r.diagnostics.hasErrors());
        const CurveKey acc{u"lambada_openai"_s, {}, u"acc"_s, u"Pythia (v1)"_s, 0, u"standard"_s};
        const Curve finals = r.table.curve(acc, ScaleAxis::Params);
        QCOMPARE(finals.points.size(), 8); // one per size, final checkpoint
        const CurveKey ppl{u"lambada_openai"_s, {}, u"ppl"_s, u"Pythia (v1)"_s, 0, u"standard"_s};
        const CurveKey ll{u"lambada_openai"_s, {}, u"log_likelihood_derived"_s,
                          u"Pythia (v1)"_s,    0,  u"standard"_s};
        const Curve pplCurve = r.table.curve(ppl, ScaleAxis::Params);
        const Curve llCurve = r.table.curve(ll, ScaleAxis::Params);
        QCOMPARE(llCurve.points.size(), pplCurve.points.size());
        for (qsizetype i = 0; i < llCurve.points.size(); ++i)
            QCOMPARE(llCurve.points.at(i).value, -std::log(pplCurve.points.at(i).value));
        // The training curve of one model runs over tokens seen, step 0 included (0 tokens).
        const CurveKey training{u"lambada_openai"_s,         {}, u"acc"_s,
                                u"pythia-1.4b (training)"_s, 0,  u"standard"_s};
        const Curve t = r.table.curve(training, ScaleAxis::Tokens);
        QCOMPARE(t.points.size(), 27);
        QCOMPARE(t.nonPositiveScaleCount(), 1);
        QCOMPARE(*t.points.last().x, 143000.0 * 2097152.0);
    }
    void pythiaArithmeticByOperand() {
        const ImportResult r =
            load(u"pythia-evals/pythia_v0_arithmetic_exact_match_by_operand.csv"_s);
        QVERIFY(!r.diagnostics.hasErrors());
        QCOMPARE(r.table.subtasks(u"pythia_arithmetic_multiplication"_s).size(), 100);
        // SOURCE.md: 16-shot, final step, mean over x1 of multiplication acc = 0.448 for 12B.
        double sum = 0;
        int count = 0;
        for (const QString& sub : r.table.subtasks(u"pythia_arithmetic_multiplication"_s)) {
            const CurveKey key{u"pythia_arithmetic_multiplication"_s,
                               sub,
                               u"acc"_s,
                               u"Pythia (v0, deduped)"_s,
                               16,
                               u"standard"_s};
            for (const CurvePoint& p : r.table.curve(key, ScaleAxis::Params).points)
                if (p.model == QLatin1String("pythia-13b-deduped")) {
                    sum += p.value;
                    ++count;
                    QCOMPARE(p.n.value_or(0), 50);
                }
        }
        QCOMPARE(count, 100);
        QCOMPARE(std::round(sum / count * 1000) / 1000, 0.448);
    }
    void optBloomSizesFromNames() {
        const ImportResult r = load(u"pythia-evals/opt_bloom_final_benchmarks.csv"_s);
        QVERIFY(r.diagnostics.items.isEmpty());
        const CurveKey key{u"piqa"_s, {}, u"acc"_s, u"BLOOM"_s, 0, u"standard"_s};
        QCOMPARE(*point(r.table, key, u"bloom-7b1"_s)->x, 7.1e9);
        QCOMPARE(*point(r.table, key, u"bloom-560m"_s)->x, 5.6e8);
    }
    void badRows() {
        const QByteArray csv =
            "source_table,model_family,model_size,api_engine,benchmark,prompting,value_percent\n"
            "t,PaLM,8B,,GSM8K,standard,4.9\n"
            "t,PaLM,huge,,GSM8K,standard,5\n"
            "t,PaLM,62B,,GSM8K,standard,\n"
            "t,PaLM,540B,,GSM8K,standard,inf\n";
        const ImportResult r = PaperTables::read(csv, u"p.csv"_s, u"p.csv"_s);
        QCOMPARE(r.table.rowCount(), 1);
        QCOMPARE(r.diagnostics.errorCount(), 3);
        QCOMPARE(r.diagnostics.items.at(0).line, 3);
        QCOMPARE(r.diagnostics.items.at(1).place, u"value_percent"_s);
        QCOMPARE(r.diagnostics.items.at(2).line, 5);
    }
};

QTEST_APPLESS_MAIN(tst_PaperTables)
#include "tst_PaperTables.moc"

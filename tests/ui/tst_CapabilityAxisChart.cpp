// SPDX-License-Identifier: GPL-3.0-or-later
// The Scaling chart's "capability PC" x axis (issue #19 item 2) on the bundled ObsScaling
// tables: offered only with the standard benchmarks loaded, picked in the x chooser, drawn on a
// linear axis at the models' PC scores, and the models without a PC score listed.
#include "analysis/CapabilityAxis.h"
#include "chart/ChartView.h"
#include "chart/ScalingPanel.h"
#include "io/DataLoader.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QTest>
#include <cmath>

using namespace ee;
using namespace ee::ui;

namespace {

std::shared_ptr<const ScoreTable> load(const QStringList& names) {
    QStringList paths;
    for (const QString& n : names)
        paths << QStringLiteral(EE_TEST_DATASETS "/") + n;
    return std::make_shared<const ScoreTable>(DataLoader::load(paths).table);
}

const QString kBenchmarks = QStringLiteral("obsscaling_benchmarks.csv");
const QString kEmergent = QStringLiteral("obsscaling_emergent_capability.csv");

/// The x chooser: the combo box that offers "Parameters".
QComboBox* axisCombo(const ScalingPanel& panel) {
    for (QComboBox* c : panel.findChildren<QComboBox*>())
        if (c->findText(QStringLiteral("Parameters")) >= 0)
            return c;
    return nullptr;
}

ChartSelection wordUnscrambling() {
    ChartSelection s;
    s.task = QStringLiteral("word_unscrambling");
    s.subtask = QString();
    s.metric = QStringLiteral("exact_match");
    s.axis = ScaleAxis::Flops;
    return s;
}

} // namespace

class tst_CapabilityAxisChart : public QObject {
    Q_OBJECT
private slots:
    void pickingPc1DrawsPcScores() {
        ScalingPanel panel;
        panel.resize(1000, 640);
        panel.setTable(load({kBenchmarks, kEmergent}));
        panel.setSelection(wordUnscrambling());
        QComboBox* combo = axisCombo(panel);
        QVERIFY(combo);
        const int pc1 = combo->findText(QStringLiteral("Capability PC1"));
        QVERIFY(pc1 >= 0);
        QVERIFY(combo->findText(QStringLiteral("Capability PC3")) >= 0);
        QVERIFY2(combo->itemData(pc1, Qt::ToolTipRole)
                     .toString()
                     .startsWith(QStringLiteral("PC1: 84.3 % of the variance")),
                 qPrintable(combo->itemData(pc1, Qt::ToolTipRole).toString()));
        combo->setCurrentIndex(pc1); // what a user's pick does
        QCOMPARE(panel.selection().capabilityPc, 1);
        QVERIFY(panel.selection().axis == ScaleAxis::Flops); // still what the analyses use

        const CapabilityAxis* axis = panel.capabilityAxis();
        QVERIFY(axis && axis->ok());
        const render::BuiltChart& built = panel.views().first()->built();
        QVERIFY(!built.data.logX);
        QCOMPARE(built.panel.effectiveXLabel(), QStringLiteral("capability PC1"));
        const QList<Curve> drawn = panel.views().first()->curves();
        int points = 0;
        bool negative = false;
        for (const PlotSeries& s : built.data.series)
            for (const PlotPoint& p : s.points) {
                const CurvePoint& cp = drawn[s.curveIndex].points[p.index];
                // Plotted x is the model's PC1 score itself (no log).
                QCOMPARE(p.x, *axis->score(cp.model, 1));
                negative = negative || p.x < 0;
                ++points;
            }
        QVERIFY(points > 40);
        QVERIFY(negative);
        QCOMPARE(built.data.missingScale,
                 qsizetype(0)); // models without a score are named instead:
        const QString note = panel.droppedNote();
        // The six word-unscrambling models the benchmark table lacks a score for, by name and gap.
        QVERIFY2(note.contains(QStringLiteral("6 models have no PC score: "
                                              "meta-llama/Meta-Llama-3-70B (no ARC-C); ")),
                 qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("tiiuae/falcon-rw-1b (no HumanEval)")),
                 qPrintable(note));
        QVERIFY2(note.contains(axis->describe(1)), qPrintable(note));

        // The choice survives a session round trip; back to FLOPs draws a log axis again.
        const ChartSelection saved = ChartSelection::fromJson(panel.selection().toJson());
        QCOMPARE(saved.capabilityPc, 1);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Training FLOPs")));
        QCOMPARE(panel.selection().capabilityPc, 0);
        QVERIFY(panel.views().first()->built().data.logX);
        panel.setSelection(saved);
        QCOMPARE(combo->currentText(), QStringLiteral("Capability PC1"));
        QVERIFY(!panel.views().first()->built().data.logX);
    }

    void notOfferedWithoutTheBenchmarkTable() {
        ScalingPanel panel;
        panel.setTable(load({kEmergent}));
        ChartSelection s = wordUnscrambling();
        s.capabilityPc = 2; // e.g. a session saved with the benchmarks loaded
        panel.setSelection(s);
        QVERIFY(!panel.capabilityAxis());
        QComboBox* combo = axisCombo(panel);
        QVERIFY(combo);
        QCOMPARE(combo->findText(QStringLiteral("Capability PC1")), -1);
        QCOMPARE(panel.selection().capabilityPc, 0);
        QVERIFY(panel.views().first()->built().data.logX);
    }
};

QTEST_MAIN(tst_CapabilityAxisChart)
#include "tst_CapabilityAxisChart.moc"

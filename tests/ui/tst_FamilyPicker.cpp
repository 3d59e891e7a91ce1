// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 4 (clutter and colour) in the scaling view: a family keeps its colour from task
// to task, the picker draws the top 7 by default and every family on "Show all", a legend click
// hides and shows a family, hovering an entry highlights it, prompting styles of a family share
// its colour, and the choice is saved with the session. Data: the bundled datasets (real
// published results).
#include "chart/ChartView.h"
#include "chart/FamilyPicker.h"
#include "chart/LegendStrip.h"
#include "chart/ScalingPanel.h"
#include "io/DataLoader.h"
#include "session/ViewState.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QTest>
#include <QToolButton>

using namespace ee;
using namespace ee::ui;

namespace {

std::shared_ptr<const ScoreTable> bundled(const QStringList& names) {
    QStringList paths;
    for (const QString& n : names)
        paths << QDir(QStringLiteral(EE_TEST_DATASETS)).filePath(n);
    ImportResult r = DataLoader::load(paths);
    return std::make_shared<ScoreTable>(std::move(r.table));
}

BrowserSelection task(const QString& name) {
    BrowserSelection s;
    s.task = name;
    return s;
}

/// The families drawn on the panel's first chart, and each one's marker colour.
QHash<QString, QString> drawnColours(const ScalingPanel& panel) {
    QHash<QString, QString> out;
    const ChartView* view = panel.views().first();
    for (auto it = view->built().roles.cbegin(); it != view->built().roles.cend(); ++it)
        if (it->kind == render::SeriesRole::Kind::Markers)
            if (auto* s = qobject_cast<const QScatterSeries*>(it.key()))
                out.insert(view->curves()[it->curveIndex].key.family,
                           s->color().name(QColor::HexRgb).toUpper());
    return out;
}

/// MMLU's 47 families (top 7 drawn) in a panel on screen, for pointer events on the legend.
void showMmluOnScreen(ScalingPanel& panel) {
    panel.resize(1000, 700);
    panel.setTable(bundled({QStringLiteral("obsscaling_benchmarks.csv")}));
    panel.showTask(task(QStringLiteral("MMLU")));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
}

void moveTo(QWidget* w, const QPoint& pos) {
    QMouseEvent move(QEvent::MouseMove, pos, w->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(w, &move);
}

} // namespace

class tst_FamilyPicker : public QObject {
    Q_OBJECT
private slots:
    void familyKeepsItsColourFromTaskToTask() {
        // GSM8K has the 47 families of the observational-scaling data plus the five of Wei et
        // al. (Codex, GPT-3, LaMDA sort before OPT); MMLU only the 47. Per-chart colours
        // shifted OPT's colour between the two.
        ScalingPanel panel;
        panel.resize(1000, 700);
        panel.setTable(bundled({QStringLiteral("obsscaling_benchmarks.csv"),
                                QStringLiteral("wei2022_chain_of_thought.csv")}));
        FamilyFilter all;
        all.showEverything();
        panel.setFamilyFilter(all);
        panel.showTask(task(QStringLiteral("MMLU")));
        const QHash<QString, QString> mmlu = drawnColours(panel);
        panel.showTask(task(QStringLiteral("GSM8K")));
        panel.setMetric(QStringLiteral("score")); // the observational-scaling curves
        const QHash<QString, QString> gsm8k = drawnColours(panel);
        QCOMPARE(panel.choices().families.size(), mmlu.size() + 5);
        qsizetype compared = 0;
        for (auto it = mmlu.cbegin(); it != mmlu.cend(); ++it) {
            if (!gsm8k.contains(it.key()))
                continue;
            QCOMPARE(gsm8k.value(it.key()), it.value());
            QCOMPARE(it.value(), panel.sessionStyles().of(it.key()).colour.toUpper());
            ++compared;
        }
        QVERIFY(compared >= 40);
        QCOMPARE(mmlu.value(QStringLiteral("OPT")), gsm8k.value(QStringLiteral("OPT")));
    }

    void pickerShowsTopSevenThenAll() {
        ScalingPanel panel;
        panel.resize(1000, 700);
        panel.setTable(bundled({QStringLiteral("obsscaling_benchmarks.csv")}));
        panel.showTask(task(QStringLiteral("MMLU")));
        // The seven with most MMLU scores (ties by name), as the CSV counts them, each in its
        // own colour.
        QCOMPARE(panel.visibleFamilies(),
                 QStringLiteral("OPT,Pythia,Qwen1.5,RWKV,Cerebras-GPT,BLOOM,GPT-Neo/J")
                     .split(QLatin1Char(',')));
        const QHash<QString, QString> drawn = drawnColours(panel);
        QCOMPARE(drawn.size(), 7);
        QCOMPARE(QSet<QString>(drawn.cbegin(), drawn.cend()).size(), 7);
        QCOMPARE(panel.familyButton()->text(), QStringLiteral("7 of 47 families shown"));

        FamilyPicker* picker = panel.familyPicker();
        emit panel.familyButton()->menu()->aboutToShow();
        QCOMPARE(picker->list()->count(), 47);
        picker->search()->setText(QStringLiteral("llama"));
        qsizetype listed = 0;
        for (int i = 0; i < picker->list()->count(); ++i)
            listed += picker->list()->item(i)->isHidden() ? 0 : 1;
        QVERIFY(listed >= 3); // Llama, Llama-2, CodeLlama, OpenLlama…
        QVERIFY(listed < 47);

        picker->allButton()->click();
        QCOMPARE(panel.visibleFamilies().size(), 47);
        QCOMPARE(drawnColours(panel).size(), 47);
        QCOMPARE(panel.familyButton()->text(), QStringLiteral("47 families"));
        // The choice holds on the next task.
        panel.showTask(task(QStringLiteral("ARC-C")));
        QCOMPARE(panel.visibleFamilies().size(), 46);

        picker->topButton()->click();
        QCOMPARE(panel.visibleFamilies().size(), 7);
    }

    void buttonSaysHowManyFamiliesAreDrawn_data() {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("text");
        const QString obs = QStringLiteral("obsscaling_benchmarks.csv");
        const QString wei = QStringLiteral("wei2022_chain_of_thought.csv");
        QTest::newRow("47, top 7") << QStringList{obs} << QStringLiteral("MMLU") << QString()
                                   << QStringLiteral("7 of 47 families shown");
        QTest::newRow("5, all") << QStringList{wei} << QStringLiteral("GSM8K") << QString()
                                << QStringLiteral("5 families");
        // GSM8K has 52 families, but only Wei et al.'s five have accuracy: counting the task's
        // families said "7 of 52 shown" over a chart of three curves.
        QTest::newRow("accuracy of a 52-family task")
            << QStringList{obs, wei} << QStringLiteral("GSM8K") << QStringLiteral("accuracy")
            << QStringLiteral("5 families");
        QTest::newRow("score of a 52-family task")
            << QStringList{obs, wei} << QStringLiteral("GSM8K") << QStringLiteral("score")
            << QStringLiteral("7 of 47 families shown");
        // It read "1 families": Qt's %n plural needs a translation file.
        QTest::newRow("1") << QStringList{QStringLiteral("gsm8k_gpt3_solutions.csv")}
                           << QStringLiteral("gsm8k") << QString() << QStringLiteral("1 family");
    }
    void buttonSaysHowManyFamiliesAreDrawn() {
        QFETCH(QStringList, files);
        QFETCH(QString, task);
        QFETCH(QString, metric);
        QFETCH(QString, text);
        ScalingPanel panel;
        panel.setTable(bundled(files));
        panel.showTask(::task(task));
        if (!metric.isEmpty())
            panel.setMetric(metric);
        QCOMPARE(panel.familyButton()->text(), text);
        // Every family counted as shown has its curve in the legend (a family whose points all
        // lack a scale is listed, and the note under the chart counts its points).
        qsizetype listed = 0;
        for (const LegendStrip::Entry& e : panel.legend()->entries())
            listed += e.hidden || e.fit ? 0 : 1;
        QCOMPARE(listed, panel.visibleFamilies().size());
        QVERIFY(drawnColours(panel).size() <= listed);
    }

    void checkingAFamilyInThePickerDrawsIt() {
        ScalingPanel panel;
        panel.setTable(bundled({QStringLiteral("obsscaling_benchmarks.csv")}));
        panel.showTask(task(QStringLiteral("MMLU")));
        emit panel.familyButton()->menu()->aboutToShow();
        QListWidget* list = panel.familyPicker()->list();
        QListWidgetItem* phi = nullptr;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("Phi"))
                phi = list->item(i);
        QVERIFY(phi);
        QCOMPARE(phi->checkState(), Qt::Unchecked);
        phi->setCheckState(Qt::Checked);
        QVERIFY(panel.visibleFamilies().contains(QStringLiteral("Phi")));
        QVERIFY(drawnColours(panel).contains(QStringLiteral("Phi")));
        QCOMPARE(panel.familyButton()->text(), QStringLiteral("8 of 47 families shown"));
    }

    void legendClickHidesAndShowsAFamily() {
        ScalingPanel panel;
        showMmluOnScreen(panel);
        if (QTest::currentTestFailed())
            return;
        LegendStrip* legend = panel.legend();
        QCOMPARE(legend->entries().size(), 7);
        const QString first = legend->entries().first().family;
        QTest::mouseClick(legend, Qt::LeftButton, {}, legend->entryCentre(0));
        QVERIFY(!panel.visibleFamilies().contains(first));
        QVERIFY(!drawnColours(panel).contains(first));
        // Still listed, greyed, at the end: a second click brings it back.
        QCOMPARE(legend->entries().last().family, first);
        QVERIFY(legend->entries().last().hidden);
        QTest::mouseClick(legend, Qt::LeftButton, {},
                          legend->entryCentre(legend->entries().size() - 1));
        QVERIFY(panel.visibleFamilies().contains(first));
        QVERIFY(drawnColours(panel).contains(first));
    }

    void legendHoverHighlightsOneFamily() {
        ScalingPanel panel;
        showMmluOnScreen(panel);
        if (QTest::currentTestFailed())
            return;
        LegendStrip* legend = panel.legend();
        const QString family = legend->entries().value(2).name;
        moveTo(legend, legend->entryCentre(2));
        const ChartView* view = panel.views().first();
        QCOMPARE(view->highlightedFamily(), family);
        qsizetype faded = 0, full = 0;
        for (auto it = view->built().roles.cbegin(); it != view->built().roles.cend(); ++it) {
            if (it->curveIndex < 0)
                continue;
            const bool mine = view->curves()[it->curveIndex].key.family == family;
            QCOMPARE(it.key()->opacity() == 1.0, mine);
            (mine ? full : faded) += 1;
        }
        QVERIFY(full > 0 && faded > 0);
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(legend, &leave);
        QVERIFY(view->highlightedFamily().isEmpty());
    }

    void legendNeverOverflows() {
        // Every family of a 47-family task in a narrow window: at most three lines, the rest
        // behind "+N more…".
        ScalingPanel panel;
        panel.resize(700, 600);
        panel.setTable(bundled({QStringLiteral("obsscaling_benchmarks.csv")}));
        FamilyFilter all;
        all.showEverything();
        panel.setFamilyFilter(all);
        panel.showTask(task(QStringLiteral("MMLU")));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        LegendStrip* legend = panel.legend();
        QCOMPARE(legend->entries().size(), 47);
        QVERIFY(legend->shownCount() < 47);
        const int line = std::max(legend->fontMetrics().height(), 9) + 2;
        QVERIFY(legend->height() <= LegendStrip::maxLines() * line + 8);
        QVERIFY(legend->width() <= panel.width());
    }

    void legendSamplesShowTheDash() {
        // With more families drawn than colours, two families can share colour and marker and
        // differ only by dash (Qwen2 and RWKV on MMLU): the legend must show the dash too, or
        // their entries look the same.
        LegendStrip strip;
        strip.resize(400, 40);
        SeriesStyle solid;
        solid.colour = QStringLiteral("#F0E442");
        solid.marker = MarkerShape::Star;
        solid.dash = DashStyle::Solid;
        SeriesStyle dashed = solid;
        dashed.dash = DashStyle::DashDot;
        strip.setEntries({{QStringLiteral("A"), QStringLiteral("A"), solid, false, false},
                          {QStringLiteral("A"), QStringLiteral("B"), dashed, false, false}});
        QImage image(strip.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        strip.render(&image);
        const auto sample = [&](qsizetype i) {
            const QPoint c = strip.entryCentre(i);
            const int left = c.x() -
                             strip.fontMetrics().horizontalAdvance(QStringLiteral("A")) / 2 -
                             (LegendStrip::sampleWidth() + 4) / 2;
            return image.copy(left, c.y() - 6, LegendStrip::sampleWidth(), 12);
        };
        QVERIFY(sample(0) != sample(1));
        // Same style, same sample: the difference above is the dash, not the position.
        strip.setEntries({{QStringLiteral("A"), QStringLiteral("A"), solid, false, false},
                          {QStringLiteral("A"), QStringLiteral("B"), solid, false, false}});
        image.fill(Qt::white);
        strip.render(&image);
        QCOMPARE(sample(0), sample(1));
    }

    void promptingStylesOfAFamilyShareItsColour() {
        ScalingPanel panel;
        panel.setTable(bundled({QStringLiteral("wei2022_chain_of_thought.csv")}));
        panel.showTask(task(QStringLiteral("GSM8K")));
        ChartSelection s = panel.selection();
        s.overlayPrompting = true;
        panel.setSelection(s);
        const QHash<QString, QString> colours = drawnColours(panel);
        const QString standard = QStringLiteral("PaLM · standard");
        const QString cot = QStringLiteral("PaLM · chain of thought");
        QVERIFY(colours.contains(standard));
        QVERIFY(colours.contains(cot));
        QCOMPARE(colours.value(cot), colours.value(standard));
        QCOMPARE(colours.value(standard),
                 panel.sessionStyles().of(QStringLiteral("PaLM")).colour.toUpper());
        const FamilyStyles& styles = panel.sessionStyles();
        QVERIFY(styles.of(QStringLiteral("PaLM"), prompting::chainOfThought).dash !=
                styles.of(QStringLiteral("PaLM"), prompting::standard).dash);
        // A legend click on either style hides the family (both styles).
        panel.toggleFamily(QStringLiteral("PaLM"));
        QVERIFY(!drawnColours(panel).contains(cot));
        QVERIFY(!drawnColours(panel).contains(standard));
    }

    void familyChoiceIsSavedWithTheSession() {
        ViewState v;
        FamilyFilter f;
        f.setFamilyVisible(QStringLiteral("Phi"), true);
        f.setFamilyVisible(QStringLiteral("OPT"), false);
        v.families = f;
        const auto back = ViewState::fromJson(v.toJson());
        QVERIFY(back);
        QCOMPARE(back->families, std::optional<FamilyFilter>(f));
        // A view without the key (a tour step) leaves the current choice alone.
        QJsonObject o = v.toJson();
        o.remove(QStringLiteral("families"));
        QVERIFY(!ViewState::fromJson(o)->families);
    }
};

QTEST_MAIN(tst_FamilyPicker)
#include "tst_FamilyPicker.moc"

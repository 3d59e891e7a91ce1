// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshots.h"

#include "MainWindow.h"
#include "browser/DataBrowser.h"
#include "chart/ScalingPanel.h"
#include "data/DataStore.h"
#include "export/ExportDialog.h"
#include "instances/InstanceView.h"
#include "panels/AnalysisPanel.h"
#include "views/DecompositionView.h"
#include "views/ForecastView.h"
#include "views/LogProbView.h"
#include "views/TaskMapView.h"
#include "views/ToyModelView.h"

#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

namespace ee::ui {

namespace {

/// Lets layouts and deferred updates settle: a short, bounded event loop (this is a batch
/// command, not the interactive GUI).
void settle(int ms = 60) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

std::optional<BrowserSelection> findTask(const QList<BrowserRow>& rows, const QString& task,
                                         const QString& subtask = {}) {
    for (const BrowserRow& r : rows)
        if (r.task.compare(task, Qt::CaseInsensitive) == 0 &&
            (subtask.isEmpty() || r.subtask.compare(subtask, Qt::CaseInsensitive) == 0))
            return BrowserSelection{r.source, r.task, r.subtask};
    return std::nullopt;
}

/// A task with two or more metrics, preferring `task`.
std::optional<BrowserSelection> findMultiMetric(const QList<BrowserRow>& rows,
                                                const QString& task) {
    for (const BrowserRow& r : rows)
        if (r.metrics.size() >= 2 && r.task.contains(task, Qt::CaseInsensitive))
            return BrowserSelection{r.source, r.task, r.subtask};
    for (const BrowserRow& r : rows)
        if (r.metrics.size() >= 2)
            return BrowserSelection{r.source, r.task, r.subtask};
    return std::nullopt;
}

} // namespace

QStringList screenshotViews() {
    return {QStringLiteral("browser_chart"),
            QStringLiteral("metrics_side_by_side"),
            QStringLiteral("logprob"),
            QStringLiteral("decomposition"),
            QStringLiteral("decomposition_heatmap"),
            QStringLiteral("analysis"),
            QStringLiteral("toy_model"),
            QStringLiteral("tasks_lb"),
            QStringLiteral("tour"),
            QStringLiteral("presentation"),
            QStringLiteral("logprob_mc"),
            QStringLiteral("instances"),
            QStringLiteral("outputs_em_bleu"),
            QStringLiteral("forecast"),
            QStringLiteral("capability_pc1"),
            QStringLiteral("figure")};
}

int writeScreenshots(const QStringList& paths, const QString& outDir, const QStringList& views,
                     int width, int height, QTextStream& log, QTextStream& err) {
    MainWindow window;
    window.resize(width, height);
    window.show();
    QEventLoop loading;
    QObject::connect(&window, &MainWindow::dataShown, &loading, &QEventLoop::quit);
    QObject::connect(window.dataStore(), &DataStore::loadCancelled, &loading, &QEventLoop::quit);
    window.openPaths(paths);
    loading.exec();
    const QList<BrowserRow>& rows = window.dataStore()->browserRows();
    if (rows.isEmpty()) {
        err << "emergence screenshots: no data in " << paths.join(QStringLiteral(", ")) << "\n";
        return 0;
    }
    // Wait for the browser's refined flags (fits) so the screenshots show them.
    if (window.dataStore()->isRefining()) {
        QEventLoop refining;
        QObject::connect(window.dataStore(), &DataStore::rowsRefined, &refining, &QEventLoop::quit);
        refining.exec();
    }
    int written = 0;
    for (const QString& view : views) {
        std::optional<BrowserSelection> mc;
        if (view == QLatin1String("logprob_mc")) {
            // Data scored per example with option log-probs (the bundled Llama-2 WinoGrande
            // table, or `emergence score … log_prob_correct_option,…,log_prob_margin`).
            for (const BrowserRow& r : rows)
                if (r.metrics.contains(QStringLiteral("log_prob_margin"))) {
                    mc = BrowserSelection{r.source, r.task, r.subtask};
                    break;
                }
            if (!mc) {
                // Still the view, saying that the data have none (and how to get them).
                log << "logprob_mc: no task with multiple-choice option scores in the data\n";
                mc = findTask(rows, QStringLiteral("lambada_openai"));
            }
        }
        window.stopTour();
        window.setPresentationType(false);
        window.scaling()->setSideBySide(false);
        window.scaling()->setCapabilityPc(0);
        // outputs_em_bleu overlays the prompting styles; the choice outlived it and every later
        // view showed "family · prompting" curves (the figure lost its legend to it).
        if (window.scaling()->selection().overlayPrompting) {
            ChartSelection plain = window.scaling()->selection();
            plain.overlayPrompting = false;
            window.scaling()->setSelection(plain);
        }
        window.analysis()->setDrawFits(false);
        window.views()->setCurrentIndex(0);
        if (view == QLatin1String("browser_chart") || view == QLatin1String("analysis")) {
            if (auto sel = findTask(rows, QStringLiteral("arithmetic"), QStringLiteral("2da")))
                window.browser()->select(*sel);
            window.analysis()->waitForIdle();
            if (view == QLatin1String("analysis")) {
                window.analysis()->setDrawFits(true);
                // On a small window the dock starts as a tab behind the Data dock.
                if (auto* dock = window.findChild<QDockWidget*>(QStringLiteral("AnalysisDock")))
                    dock->raise();
            }
        } else if (view == QLatin1String("metrics_side_by_side")) {
            if (auto sel = findMultiMetric(rows, QStringLiteral("ipa_transliterate")))
                window.browser()->select(*sel);
            window.scaling()->setSideBySide(true);
        } else if (view == QLatin1String("logprob")) {
            if (auto sel = findTask(rows, QStringLiteral("lambada_openai")))
                window.browser()->select(*sel);
            window.views()->setCurrentWidget(window.logProb());
        } else if (view == QLatin1String("decomposition") ||
                   view == QLatin1String("decomposition_heatmap")) {
            window.views()->setCurrentWidget(window.decomposition());
            DecompositionState d;
            d.task = view == QLatin1String("decomposition")
                         ? QStringLiteral("arithmetic")
                         : QStringLiteral("pythia_arithmetic_multiplication");
            d.rule = QStringLiteral("all");
            window.decomposition()->setState(d);
        } else if (view == QLatin1String("toy_model")) {
            window.views()->setCurrentWidget(window.toyModel());
        } else if (view == QLatin1String("logprob_mc")) {
            if (mc)
                window.browser()->select(*mc);
            window.views()->setCurrentWidget(window.logProb());
        } else if (view == QLatin1String("tasks_lb")) {
            if (auto sel = findTask(rows, QStringLiteral("arithmetic"), QStringLiteral("2da")))
                window.browser()->select(*sel);
            window.views()->setCurrentWidget(window.taskMap());
        } else if (view == QLatin1String("instances")) {
            // The bundled MMLU-Pro outputs, Llama-2 sizes, rows sorted by the first model
            // that solves them; the tab opens the files when first shown.
            QEventLoop scoring;
            QObject::connect(window.instances(), &InstanceView::tableShown, &scoring,
                             &QEventLoop::quit);
            window.views()->setCurrentWidget(window.instances());
            if (window.instances()->isBusy())
                scoring.exec();
            window.instances()->setSortByFirstSolved(true);
            window.instances()->selectRow(0);
        } else if (view == QLatin1String("outputs_em_bleu")) {
            // The same GSM8K solutions scored by the app two ways: final-answer exact match and
            // BLEU of the whole solution against the reference solution.
            // (Exactly "gsm8k": the papers' "GSM8K" tables are other data.)
            for (const BrowserRow& r : rows)
                if (r.task == QLatin1String("gsm8k")) {
                    window.browser()->select({r.source, r.task, r.subtask});
                    break;
                }
            ChartSelection both = window.scaling()->selection();
            both.overlayPrompting = true; // finetuned sample and verifier's pick
            window.scaling()->setSelection(both);
            window.scaling()->setSideBySide(
                true, {QStringLiteral("exact_str_match"), QStringLiteral("bleu")});
        } else if (view == QLatin1String("forecast")) {
            // Word unscrambling forecast from three capability PCs, cutoff at Llama-2-7B.
            window.views()->setCurrentWidget(window.forecast());
            window.forecast()->selectTask(QStringLiteral("word_unscrambling"));
            window.forecast()->waitForIdle();
        } else if (view == QLatin1String("capability_pc1")) {
            // Word unscrambling against capability PC1 of the standard benchmarks.
            if (auto sel = findTask(rows, QStringLiteral("word_unscrambling")))
                window.browser()->select(*sel);
            window.scaling()->setCapabilityPc(1);
        } else if (view == QLatin1String("tour")) {
            window.startTour();
            window.goToTourStep(3);
        } else if (view == QLatin1String("presentation")) {
            // Large type on a view other than the scaling chart (the log-prob step).
            window.startTour();
            window.setPresentationType(true);
            window.goToTourStep(5);
        } else if (view == QLatin1String("figure")) {
            // Not a window grab: the Scaling tab's figure as File → Export writes it (the
            // single-column page, PNG at its DPI), in the interface's language.
            if (auto sel = findTask(rows, QStringLiteral("arithmetic"), QStringLiteral("2da")))
                window.browser()->select(*sel);
            settle();
            const QString file = QDir(outDir).filePath(view + QStringLiteral(".png"));
            const auto dialog = window.exportDialogForView();
            const render::ExportResult r = dialog ? dialog->exportTo(file) : render::ExportResult{};
            if (!r.ok) {
                err << "emergence screenshots: cannot export " << file << ": " << r.error << "\n";
                continue;
            }
            log << file << "\n";
            ++written;
            continue;
        }
        window.analysis()->waitForIdle();
        settle();
        const QString file = QDir(outDir).filePath(view + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            err << "emergence screenshots: cannot write " << file << "\n";
            continue;
        }
        log << file << "\n";
        ++written;
        if (view == QLatin1String("presentation")) {
            // Back to normal type and size: large type widened the window, so every later
            // view was shot wider than asked (1,050 px at --size 1024x700).
            window.setPresentationType(false);
            window.stopTour();
            settle(); // the docks and the normal font laid out before the window is sized
            window.resize(width, height);
            settle();
        }
    }
    return written;
}

} // namespace ee::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, items 2 and 3: the clipboard image is the chart on screen (size and content), and
// File → Export writes the tab on screen, every panel, on a page whose preset sticks.
#include "MainWindow.h"
#include "UiFixture.h"
#include "browser/DataBrowser.h"
#include "chart/ChartImage.h"
#include "chart/ChartView.h"
#include "chart/ScalingPanel.h"
#include "data/DataStore.h"
#include "export/ExportDialog.h"
#include "export/ExportSettings.h"
#include "figure/FamilyStyles.h"
#include "views/DecompositionView.h"
#include "views/LogProbView.h"

#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;
using namespace ee::ui;

namespace {

/// Pixels of `image` within 12 of `colour` in every channel, per quadrant.
QList<int> colourPerQuadrant(const QImage& image, const QColor& colour) {
    QList<int> n(4, 0);
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 12 &&
                std::abs(c.green() - colour.green()) < 12 &&
                std::abs(c.blue() - colour.blue()) < 12)
                ++n[(y * 2 / img.height()) * 2 + x * 2 / img.width()];
        }
    return n;
}

QString readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class tst_ViewExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ee-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ViewExport"));
        QSettings().remove(QStringLiteral("export"));
    }

    void clipboardImageIsTheChartOnScreen() {
        // Issue 15 item 2: the PNG was the top-left quarter of the chart, without the data.
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadAndWait(w, {writeUiFixture(dir)}));
        QVERIFY(w.browser()->select({QString(), QStringLiteral("add"), QString()}));
        ChartView* view = w.scaling()->views().first();
        QTRY_VERIFY(view->isVisible());
        w.copyChartImage();
        const QImage image = QGuiApplication::clipboard()->mimeData()->imageData().value<QImage>();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), view->viewport()->size() * 2);

        // The same picture as the screen: the clipboard image halved against the viewport.
        const QImage screen =
            view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage half =
            image.scaled(screen.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .convertToFormat(QImage::Format_RGB32);
        qsizetype differ = 0;
        for (int y = 0; y < screen.height(); ++y)
            for (int x = 0; x < screen.width(); ++x) {
                const QColor a = screen.pixelColor(x, y), b = half.pixelColor(x, y);
                if (std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                        std::abs(a.blue() - b.blue()) >
                    120)
                    ++differ;
            }
        QVERIFY2(differ < screen.width() * screen.height() / 50,
                 qPrintable(QStringLiteral("%1 pixels differ").arg(differ)));

        // The data are there: Alpha's colour, from its low points (bottom left) to its high
        // ones (top right).
        const FamilyStyles styles(view->built().families, w.scaling()->style());
        const QList<int> alpha =
            colourPerQuadrant(image, QColor(styles.of(QStringLiteral("Alpha")).colour));
        QVERIFY2(alpha[2] > 20 && alpha[1] > 20,
                 qPrintable(QStringLiteral("Alpha pixels per quadrant: %1 %2 %3 %4")
                                .arg(alpha[0])
                                .arg(alpha[1])
                                .arg(alpha[2])
                                .arg(alpha[3])));
        // The SVG beside it has the viewport's size.
        const QString svg = QString::fromUtf8(
            QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("image/svg+xml")));
        QVERIFY(svg.contains(QStringLiteral("width=\"%1").arg(view->viewport()->width())));
    }

    void chartImageScalesAnyView() {
        ChartView view;
        view.resize(300, 200);
        const QImage img = chartImage(&view, 3.0);
        QCOMPARE(img.size(), view.viewport()->size() * 3);
        QCOMPARE(img.devicePixelRatio(), 1.0);
    }

    void exportWritesTheTabOnScreen_data() {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QStringList>("texts");
        // gsm8k: the GPT-3 solutions, four metrics (side by side shows four panels).
        QTest::newRow("scaling") << "scaling" << QStringList{QStringLiteral("gsm8k")};
        QTest::newRow("side by side")
            << "side" << QStringList{QStringLiteral("bleu"), QStringLiteral("rougeL")};
        // Both GPT-3 prompting styles as their own curves ("GPT-3 · …"): the legend names
        // them too (it lost every entry when only plain family names were looked for).
        QTest::newRow("overlaid prompting styles") << "overlay" << QStringList{};
        QTest::newRow("tasks in (L, B)")
            << "tasks" << QStringList{QStringLiteral("Tasks in (L, B)"), QStringLiteral("smooth")};
        QTest::newRow("log-prob") << "logprob" << QStringList{};
        QTest::newRow("decomposition")
            << "decomposition" << QStringList{QStringLiteral("predicted (")};
        QTest::newRow("toy model")
            << "toy"
            << QStringList{QStringLiteral("SIMULATED"), QStringLiteral("sampled corpus BLEU")};
    }

    void exportWritesTheTabOnScreen() {
        QFETCH(QString, tab);
        QFETCH(QStringList, texts);
        QSettings().remove(QStringLiteral("export")); // the default page for the panel count
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        for (const BrowserRow& r : w.dataStore()->browserRows())
            if (r.task == QLatin1String("gsm8k")) {
                QVERIFY(w.browser()->select({r.source, r.task, QString()}));
                break;
            }
        QCOMPARE(w.scaling()->selection().task, QStringLiteral("gsm8k"));
        const bool overlay = tab == QLatin1String("overlay");
        const QString viewName =
            tab == QLatin1String("side") || overlay ? QStringLiteral("scaling") : tab;
        if (tab == QLatin1String("side"))
            w.scaling()->setSideBySide(true);
        if (overlay) {
            ChartSelection both = w.scaling()->selection();
            both.overlayPrompting = true;
            w.scaling()->setSelection(both);
        }
        const auto tabs = w.views();
        for (int i = 0; i < tabs->count() && w.currentView().view != viewName; ++i)
            tabs->setCurrentIndex(i);
        QCOMPARE(w.currentView().view, viewName);
        QCoreApplication::processEvents();
        // As many panels as the tab shows charts with curves (the map: one).
        int panels = 1;
        if (tab == QLatin1String("side"))
            panels = 4;
        else if (tab == QLatin1String("toy"))
            panels = 3;
        else if (tab == QLatin1String("logprob"))
            panels = int(w.logProb()->panel()->views().size());
        const QString width = panels > 1 ? QStringLiteral("6.75in") : QStringLiteral("3.25in");

        const auto figure = w.currentFigure();
        QVERIFY(figure);
        QCOMPARE(int(figure->spec.panels.size()), panels);
        QCOMPARE(int(figure->curves.panels.size()), panels);
        for (const QList<Curve>& c : figure->curves.panels)
            QVERIFY(!c.isEmpty());
        const auto dialog = w.exportDialogForView();
        QVERIFY(dialog);
        QTemporaryDir dir;
        const QString svgPath = dir.filePath(QStringLiteral("figure.svg"));
        const render::ExportResult r = dialog->exportTo(svgPath);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString svg = readAll(svgPath);
        QVERIFY2(svg.contains(QStringLiteral("width=\"%1\"").arg(width)),
                 qPrintable(svg.left(400)));
        for (const QString& t : texts)
            QVERIFY2(svg.contains(t.toHtmlEscaped()), qPrintable(t));
        // Every family drawn in the view is in the figure's legend, in its colour on screen
        // (the session's styles, not ones made up for the figure).
        const ScalingPanel* panel = tab == QLatin1String("logprob")        ? w.logProb()->panel()
                                    : viewName == QLatin1String("scaling") ? w.scaling()
                                                                           : nullptr;
        if (overlay)
            QVERIFY2(figure->curves.panels.first().first().key.family.contains(QChar(0x00B7)),
                     qPrintable(figure->curves.panels.first().first().key.family));
        for (const QList<Curve>& list : figure->curves.panels)
            for (const Curve& c : list) {
                QVERIFY2(svg.contains(c.key.family.toHtmlEscaped()), qPrintable(c.key.family));
                if (panel)
                    QVERIFY2(svg.contains(panel->drawnStyles().of(c.key.family).colour,
                                          Qt::CaseInsensitive),
                             qPrintable(c.key.family));
            }

        // Export all panels: one file per panel.
        QStringList written;
        const auto all = dialog->exportAllPanels(dir.path(), &written);
        QCOMPARE(int(all.size()), panels);
        QCOMPARE(int(written.size()), panels);
        // PNG at the page's exact pixel size.
        const QString pngPath = dir.filePath(QStringLiteral("figure.png"));
        QVERIFY(dialog->exportTo(pngPath).ok);
        QCOMPARE(QImageReader(pngPath).size(),
                 render::FigureRenderer::pixelSize(dialog->spec().size, dialog->spec().dpi));
    }

    void instancesTabHasNoFigure() {
        MainWindow w;
        w.views()->setCurrentIndex(w.views()->count() - 1); // Instances, the last tab
        QCOMPARE(w.currentView().view, QStringLiteral("instances"));
        QVERIFY(!w.currentFigure());
        QVERIFY(!w.exportDialogForView());
    }

    void presetSticksAndIsShown() {
        QSettings().remove(QStringLiteral("export"));
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(loadAndWait(w, {writeUiFixture(dir)}));
        QVERIFY(w.browser()->select({QString(), QStringLiteral("add"), QString()}));
        auto dialog = w.exportDialogForView();
        QVERIFY(dialog);
        // Issue 15: the box always read "Custom".
        QVERIFY(dialog->shownPreset() == FigureSpec::Preset::SingleColumn);
        auto* preset = dialog->findChild<QComboBox*>();
        preset->setCurrentIndex(preset->findData(int(FigureSpec::Preset::Slide)));
        QCOMPARE(dialog->spec().size, FigureSpec::preset(FigureSpec::Preset::Slide).size);
        rememberExportPage(dialog->spec());

        dialog = w.exportDialogForView();
        QVERIFY(dialog->shownPreset() == FigureSpec::Preset::Slide);
        QCOMPARE(dialog->spec().size, FigureSpec::preset(FigureSpec::Preset::Slide).size);
        QCOMPARE(dialog->spec().style.titlePt,
                 FigureSpec::preset(FigureSpec::Preset::Slide).style.titlePt);
        QCOMPARE(dialog->spec().dpi, FigureSpec::preset(FigureSpec::Preset::Slide).dpi);

        // A size typed by hand shows the preset it equals, else Custom.
        const auto spins = dialog->findChildren<QDoubleSpinBox*>();
        QCOMPARE(spins.size(), 2);
        spins[0]->setValue(6.75);
        spins[1]->setValue(3.0);
        QVERIFY(dialog->shownPreset() == FigureSpec::Preset::DoubleColumn);
        spins[1]->setValue(3.5);
        QVERIFY(!dialog->shownPreset());
        rememberExportPage(dialog->spec());
        dialog = w.exportDialogForView();
        QCOMPARE(dialog->spec().size, (PageSize{6.75, 3.5, LengthUnit::Inches}));
        QVERIFY(!dialog->shownPreset());
        QSettings().remove(QStringLiteral("export"));
    }
};

QTEST_MAIN(tst_ViewExport)
#include "tst_ViewExport.moc"

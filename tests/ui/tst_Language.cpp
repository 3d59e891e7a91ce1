// SPDX-License-Identifier: GPL-3.0-or-later
// View → Language (issue #20): switching to Chinese at run time retranslates the menus, docks,
// views and the tour without losing the view, in a layout that still fits 1,024×700; figures
// take their own language, independent of the interface's, with Chinese kept as text.
#include "MainWindow.h"
#include "UiFixture.h"
#include "chart/ScalingPanel.h"
#include "export/ExportDialog.h"
#include "i18n/Language.h"
#include "panels/IssuesPanel.h"
#include "tour/TourBar.h"
#include "views/ForecastView.h"

#include <QDialog>
#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ee;
using namespace ee::ui;

namespace {

QString dockTitle(const MainWindow& w, const char* name) {
    const auto* dock = w.findChild<QDockWidget*>(QString::fromLatin1(name));
    return dock ? dock->windowTitle() : QString();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_Language : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installLanguage(QStringLiteral("en")));
    }
    void cleanupTestCase() { saveLanguage(QStringLiteral("en")); }

    void switchingRetranslatesEveryViewAndKeepsIt() {
        MainWindow w;
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        w.show();
        QVERIFY(w.startTour());
        w.goToTourStep(3); // side by side: IPA transliteration under exact match and BLEU
        w.issues()->addNote(QStringLiteral("a note of the app"));
        const ChartSelection before = w.scaling()->selection();
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));

        QVERIFY(w.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(savedLanguage(), QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(dockTitle(w, "AnalysisDock"), QStringLiteral("分析"));
        QCOMPARE(w.views()->tabText(0), QStringLiteral("规模曲线(&S)"));
        QVERIFY2(w.tourBar()->text().contains(QStringLiteral("第 4 步，共 11 步")),
                 qPrintable(w.tourBar()->text()));
        QVERIFY(w.tourBar()->text().contains(QStringLiteral("换个指标，换个结论？")));
        QVERIFY(w.tourBar()->isVisible());
        // The view came back as it was: the same step, task, metrics side by side, the note.
        QCOMPARE(w.tourStep(), 3);
        QCOMPARE(w.scaling()->selection().task, before.task);
        QCOMPARE(w.scaling()->selection().metric, before.metric);
        QVERIFY(w.scaling()->sideBySide());
        QVERIFY(w.issues()
                    ->lines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("a note of the app")));
        // The step's finding is computed again, in Chinese.
        QVERIFY2(w.tourBar()->text().contains(QStringLiteral("屏幕上")),
                 qPrintable(w.tourBar()->text()));

        QVERIFY(w.setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(dockTitle(w, "AnalysisDock"), QStringLiteral("Analysis"));
        QVERIFY(w.tourBar()->text().contains(QLatin1String("Step 4 of 11")));
        QCOMPARE(w.tourStep(), 3);
        QVERIFY(!w.setLanguage(QStringLiteral("xx")));
        w.stopTour();
    }

    // Open Help pages come back in the new language (they used to close); closed ones stay
    // closed.
    void helpPagesFollowTheLanguage() {
        MainWindow w;
        w.show();
        w.showHelp(MainWindow::HelpPage::UserGuide);
        w.showHelp(MainWindow::HelpPage::Shortcuts);
        w.showHelp(MainWindow::HelpPage::ShapeNumbers);
        const auto openHelp = [&w] {
            QStringList titles; // "window title | the page's heading"
            for (const QDialog* d : w.findChildren<QDialog*>(Qt::FindDirectChildrenOnly))
                if (d->objectName().startsWith(QLatin1String("help: ")) && d->isVisible())
                    titles << d->windowTitle() + QStringLiteral(" | ") +
                                  d->findChild<QTextBrowser*>()->toPlainText().section(
                                      QLatin1Char('\n'), 0, 0);
            titles.sort();
            return titles;
        };
        const auto closeShapePage = [&w] {
            for (QDialog* d : w.findChildren<QDialog*>(Qt::FindDirectChildrenOnly))
                if (d->property("helpPage").toInt() == int(MainWindow::HelpPage::ShapeNumbers))
                    d->close();
        };
        closeShapePage();
        const QStringList english = {
            QStringLiteral("Keyboard shortcuts | Keyboard shortcuts"),
            QStringLiteral("User guide | Emergence Explorer in five minutes")};
        QCOMPARE(openHelp(), english);
        QVERIFY(w.setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(openHelp(),
                 (QStringList{QStringLiteral("用户指南 | 五分钟了解 Emergence Explorer"),
                              QStringLiteral("键盘快捷键 | 键盘快捷键")}));
        QVERIFY(w.setLanguage(QStringLiteral("en")));
        QCOMPARE(openHelp(), english);
    }

    // No clipped text in Chinese: every tab and the tour (also in presentation mode) fit a
    // 1,024×700 screen, as in English (tst_MainWindow::everyTabFitsASmallScreen).
    void chineseFitsASmallScreen() {
        MainWindow w;
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        w.show();
        QVERIFY(w.setLanguage(QStringLiteral("zh_CN")));
        const auto fits = [&w](const QString& where) {
            QCoreApplication::processEvents();
            const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
            return std::make_pair(
                min.width() <= 1024 && min.height() <= 700,
                QStringLiteral("%1: %2x%3").arg(where).arg(min.width()).arg(min.height()));
        };
        for (int i = 0; i < w.views()->count(); ++i) {
            w.views()->setCurrentIndex(i);
            const auto [ok, text] = fits(QStringLiteral("tab %1").arg(i));
            QVERIFY2(ok, qPrintable(text));
        }
        QVERIFY(w.startTour(QString(), true));
        for (int i = 0; i < 10; ++i) {
            w.goToTourStep(i);
            const auto [ok, text] = fits(QStringLiteral("presentation, tour step %1").arg(i + 1));
            QVERIFY2(ok, qPrintable(text));
        }
        w.stopTour();
        QVERIFY(w.setLanguage(QStringLiteral("en")));
    }

    // The figure's language is the export dialog's, not the interface's; Chinese stays text.
    void figureLanguageIsIndependentOfTheInterface() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(loadAndWait(w, {writeUiFixture(dir)}));
        for (const QString& ui : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QVERIFY(installLanguage(ui));
            const auto dialog = w.exportDialogForView();
            QVERIFY(dialog);
            QCOMPARE(dialog->figureLanguage(), ui); // by default, the interface's
            const QString figure =
                ui == QLatin1String("en") ? QStringLiteral("zh_CN") : QStringLiteral("en");
            dialog->setFigureLanguage(figure);
            const QString svgPath = dir.filePath(ui + QStringLiteral(".svg"));
            QVERIFY(dialog->exportTo(svgPath).ok);
            const QString svg = QString::fromUtf8(readAll(svgPath));
            // The x axis title: "parameters" in English, "参数量" in Chinese, as <text>.
            const QString chineseTitle = QStringLiteral(">参数量<");
            QCOMPARE(svg.contains(chineseTitle), figure == QLatin1String("zh_CN"));
            QCOMPARE(svg.contains(QLatin1String(">parameters<")), figure == QLatin1String("en"));
            // The interface kept its own language.
            QCOMPARE(currentLanguage(), ui);
            if (figure == QLatin1String("zh_CN")) {
                // PDF: the Chinese glyphs come from the CJK font, embedded, not drawn as paths.
                const QString pdfPath = dir.filePath(QStringLiteral("zh.pdf"));
                QVERIFY(dialog->exportTo(pdfPath).ok);
                const QByteArray pdf = readAll(pdfPath);
                QVERIFY2(pdf.contains("WenQuanYi"), "no CJK font embedded in the PDF");
            }
        }
        QVERIFY(installLanguage(QStringLiteral("en")));
    }

    // The texts a view writes itself (the (L, B) map's, the toy model's, the decomposition's,
    // the forecast's titles, axis titles and legend names) follow the figure's language as well: an
    // English interface exports a Chinese figure of each, and a Chinese one an English figure.
    void viewTextsFollowTheFigureLanguage_data() {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("ui");
        QTest::addColumn<QStringList>("english");
        QTest::addColumn<QStringList>("chinese");
        const QStringList mapEn = {QStringLiteral("Tasks in (L, B): one point per task curve"),
                                   QStringLiteral("L: linearity (definition unconfirmed)")};
        // SVG writes a run of Chinese apart from the Latin text beside it (each in its own
        // font), so the Chinese texts are looked for by their Chinese runs.
        const QStringList mapZh = {QStringLiteral("任务分布 (L, B)：每条任务曲线一个点"),
                                   QStringLiteral("线性度（定义未确认）")};
        const QStringList toyEn = {
            QStringLiteral("Exact match (SIMULATED)"), QStringLiteral("success rate"),
            QStringLiteral("parameters N (simulated)"), QStringLiteral("sampled corpus BLEU")};
        const QStringList toyZh = {QStringLiteral("精确匹配（模拟）"), QStringLiteral("成功率"),
                                   QStringLiteral("参数量"), QStringLiteral("抽样的语料级")};
        const QStringList partsEn = {QStringLiteral("predicted ("),
                                     QStringLiteral("probability (0–1)")};
        const QStringList partsZh = {QStringLiteral("预测（"), QStringLiteral("概率（")};
        // The forecast's title, index axis, groups and fitted curve (issue #20: it kept the
        // interface's language).
        const QStringList forecastEn = {
            QStringLiteral("Could we have seen it coming?"), QStringLiteral("capability index"),
            QStringLiteral("training models"), QStringLiteral("fitted sigmoid")};
        const QStringList forecastZh = {QStringLiteral("我们能提前预见吗"),
                                        QStringLiteral("能力指数"), QStringLiteral("训练模型"),
                                        QStringLiteral("拟合的")};
        for (const QString& ui : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QByteArray in = ui.toLatin1();
            QTest::addRow("map, %s interface", in.constData())
                << QStringLiteral("tasks") << ui << mapEn << mapZh;
            QTest::addRow("toy model, %s interface", in.constData())
                << QStringLiteral("toy") << ui << toyEn << toyZh;
            QTest::addRow("decomposition, %s interface", in.constData())
                << QStringLiteral("decomposition") << ui << partsEn << partsZh;
            QTest::addRow("forecast, %s interface", in.constData())
                << QStringLiteral("forecast") << ui << forecastEn << forecastZh;
        }
    }

    void viewTextsFollowTheFigureLanguage() {
        QFETCH(QString, view);
        QFETCH(QString, ui);
        QFETCH(QStringList, english);
        QFETCH(QStringList, chinese);
        QVERIFY(installLanguage(QStringLiteral("en")));
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        if (ui != QLatin1String("en"))
            QVERIFY(w.setLanguage(ui));
        const auto tabs = w.views();
        for (int i = 0; i < tabs->count() && w.currentView().view != view; ++i)
            tabs->setCurrentIndex(i);
        QCOMPARE(w.currentView().view, view);
        w.forecast()->waitForIdle();    // the forecast's fit runs on a worker
        QTRY_VERIFY(w.currentFigure()); // the map's points come from the background analysis
        const auto dialog = w.exportDialogForView();
        QVERIFY(dialog);
        const bool toChinese = ui == QLatin1String("en");
        dialog->setFigureLanguage(toChinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        QTemporaryDir dir;
        const QString svgPath = dir.filePath(QStringLiteral("figure.svg"));
        const render::ExportResult r = dialog->exportTo(svgPath);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString svg = QString::fromUtf8(readAll(svgPath));
        for (const QString& t : english)
            QVERIFY2(svg.contains(t.toHtmlEscaped()) != toChinese, qPrintable(t));
        for (const QString& t : chinese)
            QVERIFY2(svg.contains(t.toHtmlEscaped()) == toChinese, qPrintable(t));
        QCOMPARE(currentLanguage(), ui); // the interface kept its language
        QVERIFY(w.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(tst_Language)
#include "tst_Language.moc"

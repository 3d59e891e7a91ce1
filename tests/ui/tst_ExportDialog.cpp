// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportDialog.h"
#include "render/FigureTestData.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;
using namespace ee::ui;

class tst_ExportDialog : public QObject {
    Q_OBJECT
private slots:
    void previewAndPresets() {
        const ScoreTable table = figtest::table();
        ExportDialog dialog(figtest::spec({QStringLiteral("exact_match"), QStringLiteral("bleu")}),
                            table);
        QVERIFY(!dialog.previewImage().isNull());
        const double aspect =
            double(dialog.previewImage().width()) / dialog.previewImage().height();
        QVERIFY(std::abs(aspect - 89.0 / 60.0) < 0.01);

        auto* preset = dialog.findChild<QComboBox*>();
        QVERIFY(preset);
        preset->setCurrentIndex(1); // double column
        dialog.updatePreview();
        QCOMPARE(dialog.spec().size.widthIn(), 6.75);
        QCOMPARE(dialog.spec().panels.size(), 2);
    }

    void exportsSpecAndAllPanels() {
        const ScoreTable table = figtest::table();
        ExportDialog dialog(figtest::spec({QStringLiteral("exact_match"), QStringLiteral("bleu")}),
                            table);
        QTemporaryDir dir;
        const render::ExportResult r = dialog.exportTo(dir.filePath(QStringLiteral("fig.png")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(QImageReader(dir.filePath(QStringLiteral("fig.png"))).size(),
                 render::FigureRenderer::pixelSize(dialog.spec().size, dialog.spec().dpi));

        QStringList written;
        const auto results = dialog.exportAllPanels(dir.path(), &written);
        QCOMPARE(results.size(), 2);
        QCOMPARE(written.size(), 2);
        QVERIFY2(written[0].endsWith(QStringLiteral("01-toy_task-exact_match.pdf")),
                 qPrintable(written[0]));
        QVERIFY(QFile::exists(written[1]));

        const QString specPath = dir.filePath(QStringLiteral("fig.json"));
        QVERIFY(dialog.saveSpec(specPath));
        QString error;
        const auto back = FigureSpec::load(specPath, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, dialog.spec());
    }
};

QTEST_MAIN(tst_ExportDialog)
#include "tst_ExportDialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureTestData.h"
#include "TestSkip.h"
#include "render/FigureRenderer.h"
#include "render/FigureScene.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <cmath>

using namespace ee;
using namespace ee::render;

class tst_FigureExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray readAll(const QString& p) {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void svgIsVectorAtExactSize_data() {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("width");
        QTest::addColumn<QString>("height");
        QTest::newRow("89x60mm") << QStringLiteral("89x60mm") << QStringLiteral("89mm")
                                 << QStringLiteral("60mm");
        QTest::newRow("single column")
            << QStringLiteral("3.25x2.4in") << QStringLiteral("3.25in") << QStringLiteral("2.4in");
    }
    void svgIsVectorAtExactSize() {
        QFETCH(QString, size);
        QFETCH(QString, width);
        QFETCH(QString, height);
        FigureSpec s = figtest::spec();
        s.size = *PageSize::parse(size);
        const QString out = path(QStringLiteral("fig.svg"));
        const ExportResult r = FigureRenderer::exportFigure(s, figtest::table(), out);
        QVERIFY2(r.ok, qPrintable(r.error));

        QXmlStreamReader xml(readAll(out));
        QStringList texts;
        int paths = 0, images = 0;
        QString svgWidth, svgHeight, viewBox;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("svg")) {
                svgWidth = xml.attributes().value(QLatin1String("width")).toString();
                svgHeight = xml.attributes().value(QLatin1String("height")).toString();
                viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
            } else if (name == QLatin1String("text")) {
                texts << xml.readElementText().trimmed();
            } else if (name == QLatin1String("path") || name == QLatin1String("polyline")) {
                ++paths;
            } else if (name == QLatin1String("image")) {
                ++images;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(svgWidth, width);
        QCOMPARE(svgHeight, height);
        const QStringList box = viewBox.split(QLatin1Char(' '));
        QCOMPARE(box.size(), 4);
        QCOMPARE(box[0].toDouble(), 0.0);
        QVERIFY(std::abs(box[2].toDouble() - s.size.widthPt()) < 1e-3);
        QVERIFY(std::abs(box[3].toDouble() - s.size.heightPt()) < 1e-3);
        QCOMPARE(images, 0);
        QVERIFY2(paths >= 4, qPrintable(QString::number(paths)));
        QVERIFY2(texts.contains(QStringLiteral("parameters")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("exact_match"))); // y axis title
        QVERIFY(texts.contains(QStringLiteral("Alpha")));       // legend
        QVERIFY(texts.contains(QStringLiteral("Beta")));
        QVERIFY(texts.contains(QStringLiteral(
            "1B"))); // log-axis tick label
                     // And it draws: Qt's own SVG renderer paints ink where the curves are.
        QSvgRenderer svg(out);
        QVERIFY(svg.isValid());
        QImage drawn(400, 300, QImage::Format_ARGB32_Premultiplied);
        drawn.fill(Qt::white);
        {
            QPainter painter(&drawn);
            svg.render(&painter);
        }
        int dark = 0;
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width(); ++x)
                dark += drawn.pixelColor(x, y).lightness() < 160;
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
        QCOMPARE(r.droppedPoints, 2); // mystery + zero
        QVERIFY(r.notes.join(u' ').contains(QStringLiteral("2 points not shown")));
    }

    void svgIsDeterministic() {
        const FigureSpec s = figtest::spec({QStringLiteral("exact_match"), QStringLiteral("bleu")});
        const QString a = path(QStringLiteral("a.svg")), b = path(QStringLiteral("b.svg"));
        QVERIFY(FigureRenderer::exportFigure(s, figtest::table(), a).ok);
        QVERIFY(FigureRenderer::exportFigure(s, figtest::table(), b).ok);
        const QByteArray first = readAll(a);
        QVERIFY(!first.isEmpty());
        QCOMPARE(first, readAll(b));
    }

    void pdfIsOnePageOfExactSize() {
        const FigureSpec s = figtest::spec();
        const QString out = path(QStringLiteral("fig.pdf"));
        const ExportResult r = FigureRenderer::exportFigure(s, figtest::table(), out);
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto info = figtest::poppler(QStringLiteral("pdfinfo"), {out});
        if (!info)
            EE_SKIP_OR_FAIL("pdfinfo (poppler-utils, tools/setup.sh) is not installed");
        QVERIFY2(info->contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
                 qPrintable(*info));
        const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"))
                           .match(*info);
        QVERIFY2(m.hasMatch(), qPrintable(*info));
        // pdfinfo prints three decimals: 89 mm = 252.283 pt, 60 mm = 170.079 pt.
        QVERIFY2(std::abs(m.captured(1).toDouble() - s.size.widthPt()) < 0.001,
                 qPrintable(m.captured(0)));
        QVERIFY2(std::abs(m.captured(2).toDouble() - s.size.heightPt()) < 0.001,
                 qPrintable(m.captured(0)));

        const auto fonts = figtest::poppler(QStringLiteral("pdffonts"), {out});
        QVERIFY(fonts);
        const QStringList lines = fonts->split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!lines.isEmpty(), qPrintable(*fonts));
        for (const QString& line : lines) // columns: name type encoding emb sub uni …
            QVERIFY2(line.contains(QRegularExpression(
                         QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))),
                     qPrintable(line));

        const auto text = figtest::poppler(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(text);
        QVERIFY2(text->contains(QStringLiteral("parameters")), qPrintable(*text));
        QVERIFY(text->contains(QStringLiteral("Alpha")));
        QVERIFY(text->contains(QStringLiteral("toy_task")));
    }

    void pngHasPixelsFromSizeAndDpi_data() {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QSize>("pixels");
        QTest::newRow("89x60mm@300") << QStringLiteral("89x60mm") << 300 << QSize(1051, 709);
        QTest::newRow("3.25x2.4in@600") << QStringLiteral("3.25x2.4in") << 600 << QSize(1950, 1440);
        QTest::newRow("slide@96") << QStringLiteral("10x5.625in") << 96 << QSize(960, 540);
    }
    void pngHasPixelsFromSizeAndDpi() {
        QFETCH(QString, size);
        QFETCH(int, dpi);
        QFETCH(QSize, pixels);
        FigureSpec s = figtest::spec();
        s.size = *PageSize::parse(size);
        s.dpi = dpi;
        const QString out = path(QStringLiteral("fig.png"));
        const ExportResult r = FigureRenderer::exportFigure(s, figtest::table(), out);
        QVERIFY2(r.ok, qPrintable(r.error));
        QImageReader reader(out);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), pixels);
        QCOMPARE(image.dotsPerMeterX(), int(std::lround(dpi / 0.0254)));
        QCOMPARE(image.dotsPerMeterY(), int(std::lround(dpi / 0.0254)));
        // White paper background, and something dark drawn on it.
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        bool ink = false;
        for (int y = 0; y < image.height() && !ink; y += 3)
            for (int x = 0; x < image.width() && !ink; x += 3)
                ink = image.pixelColor(x, y).lightness() < 80;
        QVERIFY(ink);
    }

    void darkAndTransparentBackgrounds() {
        FigureSpec s = figtest::spec();
        s.style.background = Background::Transparent;
        FigureRenderer transparent(s, figtest::table());
        QCOMPARE(transparent.toImage(72).pixelColor(0, 0).alpha(), 0);
        s.applyTheme(FigureSpec::Theme::Dark);
        FigureRenderer dark(s, figtest::table());
        QVERIFY(dark.toImage(72).pixelColor(0, 0).lightness() < 60);
    }

    // A failed export must not leave a partial file nor touch an existing one.
    void failedExportLeavesNoFile() {
        FigureSpec s = figtest::spec();
        QTemporaryDir dir; // its own folder, so a leftover temporary file would show
        const QString out = dir.filePath(QStringLiteral("keep.svg"));
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        s.dpi = 0;
        ExportResult r = FigureRenderer::exportFigure(s, figtest::table(), out);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("DPI")), qPrintable(r.error));
        QCOMPARE(readAll(out), QByteArray("old"));
        s.dpi = 300;
        const QString missingDir = dir.filePath(QStringLiteral("no/such/dir/fig.pdf"));
        r = FigureRenderer::exportFigure(s, figtest::table(), missingDir);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(missingDir), qPrintable(r.error));
        QVERIFY(!QFile::exists(missingDir));
        QCOMPARE(QDir(dir.path())
                     .entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("keep.svg")});
    }

    void gridAlignsPlotAreas() {
        FigureSpec s = figtest::spec({QStringLiteral("exact_match"), QStringLiteral("bleu")});
        s.rows = 2;
        s.cols = 2;
        s.panels.append(s.panels);
        s.shareX = true;
        FigureScene scene(s, figtest::table());
        QCOMPARE(scene.panels().size(), 4);
        const auto plot = [&](int i) {
            return scene.panels()[i].chart->mapRectToScene(scene.panels()[i].chart->plotArea());
        };
        QCOMPARE(plot(0).left(), plot(2).left());     // same column
        QCOMPARE(plot(0).bottom(), plot(1).bottom()); // same row
        QCOMPARE(plot(0).width(), plot(3).width());
        QVERIFY(scene.pageRect().contains(plot(3)));
    }
};

QTEST_MAIN(tst_FigureExport)
#include "tst_FigureExport.moc"

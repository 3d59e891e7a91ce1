// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/FamilyStyles.h"
#include "figure/FigureSpec.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;

class tst_FigureSpec : public QObject {
    Q_OBJECT
private slots:
    void jsonRoundTrip() {
        FigureSpec s = FigureSpec::preset(FigureSpec::Preset::DoubleColumn);
        s.title = QStringLiteral("Emergence");
        s.rows = 2;
        s.cols = 4;
        s.shareY = true;
        s.legend = LegendPlacement::Right;
        s.size = {89, 60, LengthUnit::Millimetres};
        s.dpi = 600;
        s.style.background = Background::Transparent;
        PanelSpec p;
        p.query.task = QStringLiteral("arithmetic");
        p.query.subtask = QString(); // "" = task-level rows: must survive as "" not unset
        p.query.metric = QStringLiteral("exact_match");
        p.query.families = {QStringLiteral("Pythia"), QStringLiteral("OPT")};
        p.query.shots = 2;
        p.query.axis = ScaleAxis::Flops;
        p.ci = CiStyle::ErrorBars;
        p.yMin = 0.0;
        p.fits.append({QStringLiteral("sigmoid"),
                       QStringLiteral("OPT"),
                       {QPointF(1e8, 0.1), QPointF(1e10, 0.9)}});
        s.panels = {p, PanelSpec{}};
        s.panels[1].query.task = QStringLiteral("word_unscrambling");
        s.panels[1].logX = false;

        const QByteArray json = QJsonDocument(s.toJson()).toJson();
        QString error;
        const auto back = FigureSpec::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, s);
        QVERIFY(back->panels[0].query.subtask.has_value());
        QVERIFY(!back->panels[1].query.subtask.has_value());
    }

    void loadReportsBadValues_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unit") << QByteArray(R"({"size":{"width":1,"height":1,"unit":"cm"}})")
                              << QStringLiteral("size.unit");
        QTest::newRow("axis") << QByteArray(R"({"panels":[{"task":"t","axis":"minutes"}]})")
                              << QStringLiteral("panels[0].axis");
        QTest::newRow("colour") << QByteArray(R"({"style":{"palette":["red"]}})")
                                << QStringLiteral("style.palette");
        QTest::newRow("legend") << QByteArray(R"({"legend":"left"})") << QStringLiteral("legend");
        QTest::newRow("dpi type") << QByteArray(R"({"dpi":"high"})") << QStringLiteral("dpi");
        QTest::newRow("version") << QByteArray(R"({"version":2})") << QStringLiteral("version");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not a JSON object");
    }
    void loadReportsBadValues() {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fig.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        QString error;
        QVERIFY(!FigureSpec::load(path, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
    }

    void validate_data() {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<bool>("valid");
        QTest::newRow("single column") << QStringLiteral("3.25x2.4in") << 300 << true;
        QTest::newRow("mm") << QStringLiteral("89x60mm") << 600 << true;
        QTest::newRow("zero width") << QStringLiteral("0x60mm") << 300 << false;
        QTest::newRow("absurd") << QStringLiteral("5000x60mm") << 300 << false;
        QTest::newRow("dpi 0") << QStringLiteral("89x60mm") << 0 << false;
        QTest::newRow("dpi 100000") << QStringLiteral("89x60mm") << 100000 << false;
        QTest::newRow("too many pixels") << QStringLiteral("40x40in") << 10000 << false;
    }
    void validate() {
        QFETCH(QString, size);
        QFETCH(int, dpi);
        QFETCH(bool, valid);
        FigureSpec s;
        const auto parsed = PageSize::parse(size);
        QVERIFY(parsed);
        s.size = *parsed;
        s.dpi = dpi;
        s.panels.append(PanelSpec{});
        s.panels[0].query.task = QStringLiteral("t");
        QCOMPARE(s.validate().isEmpty(), valid);
    }

    void pageSizeParse() {
        const auto s = PageSize::parse(QStringLiteral("6.75x3in"));
        QVERIFY(s);
        QCOMPARE(s->width, 6.75);
        QCOMPARE(s->widthMm(), 171.45);
        QCOMPARE(s->heightPt(), 216.0);
        QVERIFY(!PageSize::parse(QStringLiteral("6.75x3")));
        QVERIFY(!PageSize::parse(QStringLiteral("axbmm")));
    }

    void presets() {
        QCOMPARE(FigureSpec::preset(FigureSpec::Preset::SingleColumn).size.widthIn(), 3.25);
        QCOMPARE(FigureSpec::preset(FigureSpec::Preset::DoubleColumn).size.widthIn(), 6.75);
        const PageSize slide = FigureSpec::preset(FigureSpec::Preset::Slide).size;
        QCOMPARE(slide.width / slide.height, 16.0 / 9.0);
    }

    void familyStylesAreStableAndDistinct() {
        FigureStyle style;
        const FamilyStyles a(
            {QStringLiteral("Pythia"), QStringLiteral("OPT"), QStringLiteral("BLOOM")}, style);
        const FamilyStyles b(
            {QStringLiteral("BLOOM"), QStringLiteral("Pythia"), QStringLiteral("OPT")}, style);
        for (const QString& f : a.families())
            QCOMPARE(a.of(f), b.of(f)); // independent of input order
        QVERIFY(a.of(QStringLiteral("OPT")).colour != a.of(QStringLiteral("Pythia")).colour);
        QVERIFY(a.of(QStringLiteral("OPT")).marker != a.of(QStringLiteral("Pythia")).marker);
        QVERIFY(a.of(QStringLiteral("OPT")).dash != a.of(QStringLiteral("Pythia")).dash);
        QCOMPARE(a.of(QStringLiteral("BLOOM")).colour, FigureStyle::okabeIto().first());
    }
};

QTEST_APPLESS_MAIN(tst_FigureSpec)
#include "tst_FigureSpec.moc"

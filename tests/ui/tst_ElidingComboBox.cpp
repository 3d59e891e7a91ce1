// SPDX-License-Identifier: GPL-3.0-or-later
// ElidingComboBox (issue #20): a combo too narrow for its text paints it elided with "…" (not
// clipped), says it whole on hover, and opens a popup wide enough for every item; the
// Forecast tab's task combo, on the bundled ObsScaling tables at 1,024 px, is one such.
#include "io/DataLoader.h"
#include "views/ForecastView.h"
#include "widgets/ElidingComboBox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QToolTip>
#include <memory>

using namespace ee;
using namespace ee::ui;

namespace {
/// Records the texts the combo's label is painted with (QCommonStyle's CE_ComboBoxLabel draws
/// it through the proxy's drawItemText).
class RecordingStyle : public QProxyStyle {
public:
    mutable QStringList drawn;
    void drawItemText(QPainter* p, const QRect& rect, int flags, const QPalette& pal, bool enabled,
                      const QString& text, QPalette::ColorRole role) const override {
        drawn << text;
        QProxyStyle::drawItemText(p, rect, flags, pal, enabled, text, role);
    }
};

const QString kEllipsis = QString(QChar(0x2026));
} // namespace

class tst_ElidingComboBox : public QObject {
    Q_OBJECT
private slots:
    void narrowBoxPaintsElidedTextAndHoverSaysItWhole() {
        // Two of the bundled model names the Instances tab compares: they differ at the end.
        ElidingComboBox box(nullptr, Qt::ElideMiddle);
        box.addItems({QStringLiteral("Meta-Llama-3-70B"), QStringLiteral("Meta-Llama-3-8B")});
        box.setToolTip(QStringLiteral("The larger model"));
        box.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box.setMinimumContentsLength(6);
        auto* style = new RecordingStyle;
        style->setParent(&box);
        box.setStyle(style);
        box.resize(box.minimumSizeHint().width(), box.sizeHint().height());
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));

        const QString shown = box.displayedText();
        QVERIFY2(shown.contains(kEllipsis), qPrintable(shown));
        QVERIFY2(shown.endsWith(QStringLiteral("70B")), qPrintable(shown)); // the size stays
        QVERIFY(shown.size() < box.currentText().size());

        style->drawn.clear();
        box.repaint();
        QVERIFY2(style->drawn.contains(shown), qPrintable(style->drawn.join(QLatin1Char('|'))));
        QVERIFY(!style->drawn.contains(box.currentText()));

        QCOMPARE(box.hoverText(), QStringLiteral("Meta-Llama-3-70B\nThe larger model"));
        QHelpEvent hover(QEvent::ToolTip, QPoint(5, 5), box.mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(&box, &hover);
        QTRY_COMPARE(QToolTip::text(), box.hoverText());
        QToolTip::hideText();
    }

    void wideBoxPaintsWholeTextAndKeepsItsTooltip() {
        ElidingComboBox box;
        box.addItem(QStringLiteral("shots unknown"));
        box.setToolTip(QStringLiteral("Number of in-context examples (shots)"));
        box.resize(box.sizeHint().width() + 40, box.sizeHint().height());
        QCOMPARE(box.displayedText(), box.currentText());
        QCOMPARE(box.hoverText(), box.toolTip());
    }

    void elideRightKeepsTheStart() {
        ElidingComboBox box;
        box.addItem(QStringLiteral("by first solving model"));
        box.resize(box.sizeHint().width() / 2, box.sizeHint().height());
        const QString shown = box.displayedText();
        QVERIFY2(shown.endsWith(kEllipsis), qPrintable(shown));
        QVERIFY2(shown.startsWith(QStringLiteral("by ")), qPrintable(shown));
    }

    void popupIsWideEnoughForEveryItem() {
        // Fusion widens a combo's popup to its items by itself; the Windows style (as the
        // common style) opens it as wide as the box, which is where the widening shows. The
        // style outlives the box that uses it.
        std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
        QVERIFY(windows);
        ElidingComboBox box(nullptr, Qt::ElideMiddle);
        box.addItems(
            {QStringLiteral("Llama-2-7b-hf"), QStringLiteral("Meta-Llama-3-70B-Instruct")});
        box.setStyle(windows.get());
        box.resize(60, box.sizeHint().height());
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        box.showPopup();
        QAbstractItemView* list = box.view();
        QTRY_VERIFY(list->isVisible());
        QVERIFY2(list->width() >= list->sizeHintForColumn(0),
                 qPrintable(
                     QStringLiteral("%1 < %2").arg(list->width()).arg(list->sizeHintForColumn(0))));
        box.hidePopup();
    }

    void forecastTaskComboAtTheNarrowWindowWidth() {
        // The reviewer's case: the Forecast tab at 1,024 px less the Data dock cut the task
        // combo to "… · 2-sh". Whatever the width, the text painted is whole or ends elided.
        const QString dir = QStringLiteral(EE_TEST_DATASETS);
        ImportResult r =
            DataLoader::load({dir + QStringLiteral("/obsscaling_benchmarks.csv"),
                              dir + QStringLiteral("/obsscaling_emergent_capability.csv")});
        // Shown before the data, as the app's window is: the combos size to no items then.
        ForecastView view;
        view.resize(420, 500);
        view.QWidget::show(); // ForecastView::show(result) hides it
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTable(std::make_shared<const ScoreTable>(std::move(r.table)));
        view.waitForIdle();
        QCoreApplication::processEvents();
        auto* task = view.findChild<ElidingComboBox*>();
        QVERIFY(task);
        QVERIFY(task->count() > 0);
        const QString whole = task->currentText();
        const QString shown = task->displayedText();
        QVERIFY2(shown.contains(kEllipsis), qPrintable(shown + QStringLiteral(" / ") + whole));
        QVERIFY2(task->hoverText().startsWith(whole), qPrintable(task->hoverText()));
        QStyleOptionComboBox option;
        option.initFrom(task);
        option.rect = task->rect();
        const QRect field = task->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                          QStyle::SC_ComboBoxEditField, task);
        QVERIFY(task->fontMetrics().horizontalAdvance(shown) <= field.width());
    }
};

QTEST_MAIN(tst_ElidingComboBox)
#include "tst_ElidingComboBox.moc"

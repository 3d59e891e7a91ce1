// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/YAxisChooser.h"

#include "figure/YAxisChoice.h"

#include <QStandardItemModel>

namespace ee::ui {

namespace {

constexpr YAxisMode kModes[] = {YAxisMode::Full, YAxisMode::Fit, YAxisMode::Log, YAxisMode::Logit,
                                YAxisMode::Normalised};

QString modeTip(YAxisMode mode) {
    switch (mode) {
    case YAxisMode::Full:
        return QObject::tr("The metric's whole range (0–1, or 0–100 for BLEU, chrF and ROUGE) "
                           "where the metric says; otherwise fitted to the data");
    case YAxisMode::Fit:
        return QObject::tr("Fitted to the data and the chance and perfect lines (magnifies "
                           "small differences)");
    case YAxisMode::Log:
        return QObject::tr("Log scale; values at zero or below cannot be drawn and are counted "
                           "under the chart");
    case YAxisMode::Logit:
        return QObject::tr("log(p / (1 − p)) of a 0–1 proportion; values at 0 or 1 are drawn "
                           "at 0.001 or 0.999 and counted under the chart");
    case YAxisMode::Normalised:
        return QObject::tr("(score − chance) / (perfect − chance): 0 = chance, 1 = perfect "
                           "(as BIG-bench's low and high scores)");
    }
    return {};
}

} // namespace

YAxisChooser::YAxisChooser(QWidget* parent)
    : QComboBox(parent) {
    for (YAxisMode m : kModes) {
        addItem(yAxisModeLabel(m), int(m));
        setItemData(count() - 1, modeTip(m), Qt::ToolTipRole);
    }
    setToolTip(tr("How the y axis shows the metric"));
    connect(this, &QComboBox::activated, this,
            [this](int i) { emit modeChosen(YAxisMode(itemData(i).toInt())); });
}

YAxisMode YAxisChooser::mode() const {
    return YAxisMode(currentData().toInt());
}

void YAxisChooser::setMode(YAxisMode mode) {
    setCurrentIndex(findData(int(mode)));
}

void YAxisChooser::updateAvailability(const QList<Curve>& curves, const PanelSpec& panel) {
    auto* items = qobject_cast<QStandardItemModel*>(model());
    for (YAxisMode m : {YAxisMode::Logit, YAxisMode::Normalised}) {
        PanelSpec asked = panel;
        asked.yAxis = m;
        const YAxisChoice choice = chooseYAxis(curves, asked);
        const bool possible = choice.mode == m;
        const int row = findData(int(m));
        if (QStandardItem* item = items ? items->item(row) : nullptr)
            item->setEnabled(possible);
        setItemData(row, possible ? modeTip(m) : choice.note, Qt::ToolTipRole);
    }
}

} // namespace ee::ui

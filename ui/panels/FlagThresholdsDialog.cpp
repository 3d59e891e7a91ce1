// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/FlagThresholdsDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <cmath>

namespace ee::ui {

namespace {

QDoubleSpinBox* spin(double lo, double hi, double step, int decimals, const QString& suffix,
                     QWidget* parent) {
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    return s;
}

const char* kGroup = "flagThresholds";

} // namespace

FlagThresholdsDialog::FlagThresholdsDialog(const FlagThresholds& current, QWidget* parent)
    : QDialog(parent)
    , m_flat(spin(0.0, 100.0, 0.5, 2, tr(" σ"), this))
    , m_width(spin(0.05, 10.0, 0.25, 2, tr(" decade(s)"), this))
    , m_rise(spin(0.0, 1.0, 0.05, 2, QString(), this))
    , m_uShape(spin(0.0, 100.0, 0.5, 2, tr(" σ"), this)) {
    setWindowTitle(tr("Flag thresholds"));
    auto* intro = new QLabel(
        tr("The browser flags each family's curve on a task's primary metric (the curve with "
           "the most model sizes; 3 sizes at least). d is the curve's change, max − min; σ is "
           "the typical standard error of its points (or, when unknown, the metric's range over "
           "√examples, or 1 % of its range)."),
        this);
    intro->setWordWrap(true);
    m_flat->setToolTip(tr("Flat when d is below this many σ"));
    m_width->setToolTip(tr("Emergent needs the fitted sigmoid's 10–90 % rise to take at most "
                           "this many decades of scale"));
    m_rise->setToolTip(tr("…and the fitted rise over the data to cover at least this share of d"));
    m_uShape->setToolTip(tr("U-shaped when both ends lie above the interior minimum by more "
                            "than this many σ"));
    auto* form = new QFormLayout;
    form->addRow(tr("Flat: change below"), m_flat);
    form->addRow(tr("Emergent: sigmoid preferred (AICc) and 10–90 % width at most"), m_width);
    form->addRow(tr("Emergent: fitted rise at least this share of the change"), m_rise);
    form->addRow(tr("U-shaped: both ends above the minimum by"), m_uShape);
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setThresholds({}); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setThresholds(current);
}

FlagThresholds FlagThresholdsDialog::thresholds() const {
    FlagThresholds t;
    t.flatSigmas = m_flat->value();
    t.emergentMaxWidthDecades = m_width->value();
    t.emergentMinRiseFraction = m_rise->value();
    t.uShapeSigmas = m_uShape->value();
    return t;
}

void FlagThresholdsDialog::setThresholds(const FlagThresholds& t) {
    m_flat->setValue(t.flatSigmas);
    m_width->setValue(t.emergentMaxWidthDecades);
    m_rise->setValue(t.emergentMinRiseFraction);
    m_uShape->setValue(t.uShapeSigmas);
}

FlagThresholds FlagThresholdsDialog::load() {
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    FlagThresholds t;
    // A hand-edited or damaged value falls back to the default rather than flagging nonsense.
    const auto read = [&settings](const char* key, double fallback, double lo, double hi) {
        bool ok = false;
        const double v = settings.value(QLatin1String(key)).toDouble(&ok);
        return ok && std::isfinite(v) && v >= lo && v <= hi ? v : fallback;
    };
    t.flatSigmas = read("flatSigmas", t.flatSigmas, 0.0, 100.0);
    t.emergentMaxWidthDecades =
        read("emergentMaxWidthDecades", t.emergentMaxWidthDecades, 0.05, 10.0);
    t.emergentMinRiseFraction =
        read("emergentMinRiseFraction", t.emergentMinRiseFraction, 0.0, 1.0);
    t.uShapeSigmas = read("uShapeSigmas", t.uShapeSigmas, 0.0, 100.0);
    return t;
}

void FlagThresholdsDialog::save(const FlagThresholds& t) {
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    settings.setValue(QStringLiteral("flatSigmas"), t.flatSigmas);
    settings.setValue(QStringLiteral("emergentMaxWidthDecades"), t.emergentMaxWidthDecades);
    settings.setValue(QStringLiteral("emergentMinRiseFraction"), t.emergentMinRiseFraction);
    settings.setValue(QStringLiteral("uShapeSigmas"), t.uShapeSigmas);
}

} // namespace ee::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ToyModelView.h"

#include "analysis/ToyModel.h"
#include "chart/ChartView.h"
#include "chart/LegendStrip.h"
#include "chart/ScreenStyle.h"
#include "chart/ViewFigure.h"
#include "render/ChartBuilder.h"

#include <QChart>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <cmath>

namespace ee::ui {

namespace {

// Slider positions map to values: c = 10^(pos/4) (1e6 … 1e15), α = −pos/100.
double cFromSlider(int pos) {
    return std::pow(10.0, pos / 4.0);
}
double alphaFromSlider(int pos) {
    return -pos / 100.0;
}
constexpr quint64 kSeed = 2023;

Curve curveOf(const QString& name, const QString& metric, const std::vector<double>& x,
              const std::vector<double>& y) {
    Curve c;
    c.key.task = QStringLiteral("toy model (SIMULATED)");
    c.key.metric = metric;
    c.key.family = name;
    c.axis = ScaleAxis::Params;
    for (std::size_t i = 0; i < x.size(); ++i)
        c.points.append(
            {QStringLiteral("simulated"), QStringLiteral("simulated"), x[i], y[i], {}, {}, {}, {}});
    return c;
}

// The figure's texts, as sources for tr(): recompute() draws with them and relabelFigure()
// writes them again in another language. Panel by panel: title, y axis title, curve names.
constexpr const char* kContext = "ee::ui::ToyModelView";
struct ToyPanelTexts {
    const char* title;
    const char* yLabel;
    std::array<const char*, 4> curves; // nullptr after the last
};
const std::array<ToyPanelTexts, 3> kPanelTexts = {{
    {QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "Exact match (SIMULATED)"),
     QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "success rate"),
     {QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "per-token p"),
      QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "exact match p^L"),
      QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "exact match, n examples"),
      QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "sampled exact match")}},
    {QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "Edit distance (SIMULATED)"),
     QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "wrong tokens per answer"),
     {QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "edit distance L(1 − p)"),
      QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "sampled edit distance"), nullptr, nullptr}},
    {QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "BLEU (SIMULATED)"),
     QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "BLEU (0–100)"),
     {QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "sampled corpus BLEU"), nullptr, nullptr, nullptr}},
}};
const char* const kXLabel = QT_TRANSLATE_NOOP("ee::ui::ToyModelView", "parameters N (simulated)");

QString text(const char* source) {
    return QCoreApplication::translate(kContext, source);
}

// Curve j of panel i, in the current language.
QString curveName(int panel, int curve) {
    return text(kPanelTexts[std::size_t(panel)].curves[std::size_t(curve)]);
}

} // namespace

void ToyModelView::relabelFigure(FigureSpec& spec, render::FigureCurves& curves) {
    // The export is figureOfCharts() of the three charts, in this order (none is ever empty).
    QList<QStringList> names;
    for (qsizetype i = 0; i < spec.panels.size() && i < qsizetype(kPanelTexts.size()); ++i) {
        const ToyPanelTexts& t = kPanelTexts[std::size_t(i)];
        spec.panels[i].title = text(t.title);
        spec.panels[i].yLabel = text(t.yLabel);
        spec.panels[i].xLabel = text(kXLabel);
        QStringList panelNames;
        for (const char* c : t.curves)
            if (c)
                panelNames << text(c);
        names << panelNames;
    }
    renameCurves(curves, names);
}

ToyModelView::ToyModelView(QWidget* parent)
    : QWidget(parent)
    , m_c(new QSlider(Qt::Horizontal, this))
    , m_alpha(new QSlider(Qt::Horizontal, this))
    , m_length(new QSlider(Qt::Horizontal, this))
    , m_tests(new QSlider(Qt::Horizontal, this))
    , m_values(new QLabel(this))
    , m_legend(new LegendStrip(this)) {
    m_legend->setInteractive(false); // simulated curves, not families to hide
    m_style = screenStyle();         // before anything draws
    m_c->setRange(24, 60);           // 1e6 … 1e15
    m_alpha->setRange(5, 150);       // −0.05 … −1.5
    m_length->setRange(1, 20);
    m_tests->setRange(10, 1000);
    m_tests->setSingleStep(10);
    m_c->setToolTip(tr("c: the scale at which the per-token loss is 1 nat"));
    m_alpha->setToolTip(
        tr("α: how fast the per-token loss falls with scale (more negative = faster)"));
    m_length->setToolTip(tr("L: answer length in tokens; exact match needs all L right"));
    m_tests->setToolTip(tr("Test-set size n: accuracy can only be a multiple of 1/n"));

    auto* banner = new QLabel(tr("SIMULATED: the toy model of Schaeffer et al. 2023, not "
                                 "measured data. Per-token success rises smoothly; the jump in "
                                 "exact match comes from requiring all L tokens."),
                              this);
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral("background:#e69f00; color:black; padding:6px; "
                                         "font-weight:bold; border-radius:3px;"));
    auto* form = new QFormLayout;
    form->addRow(tr("c (scale constant)"), m_c);
    form->addRow(tr("α (exponent)"), m_alpha);
    form->addRow(tr("L (answer tokens)"), m_length);
    form->addRow(tr("n (test-set size)"), m_tests);
    auto* top = new QHBoxLayout;
    top->addLayout(form, 2);
    top->addWidget(m_values, 1);
    auto* charts = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto* v = new ChartView(this);
        v->setRubberBand(QChartView::NoRubberBand);
        m_charts << v;
        charts->addWidget(v, 1);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(banner);
    layout->addLayout(top);
    layout->addLayout(charts, 1);
    layout->addWidget(m_legend); // one wrapped legend: the charts are too narrow for theirs
    for (QSlider* s : {m_c, m_alpha, m_length, m_tests})
        connect(s, &QSlider::valueChanged, this, &ToyModelView::recompute);
    setState({});
}

void ToyModelView::setStyle(const FigureStyle& style) {
    m_style = style;
    recompute();
}

void ToyModelView::setState(const ToyState& s) {
    const auto teaching = toyPreset(QStringLiteral("teaching"));
    const double c = s.c > 0 ? s.c : (teaching ? teaching->c : 1e9);
    const double alpha = s.alpha < 0 ? s.alpha : (teaching ? teaching->alpha : -1.0);
    const QSignalBlocker b1(m_c), b2(m_alpha), b3(m_length), b4(m_tests);
    m_c->setValue(int(std::lround(4 * std::log10(c))));
    m_alpha->setValue(int(std::lround(-alpha * 100)));
    m_length->setValue(s.length);
    m_tests->setValue(s.testSize);
    recompute();
}

ToyState ToyModelView::state() const {
    return {cFromSlider(m_c->value()), alphaFromSlider(m_alpha->value()), m_length->value(),
            m_tests->value()};
}

void ToyModelView::recompute() {
    ToyModelParams p;
    p.c = cFromSlider(m_c->value());
    p.alpha = alphaFromSlider(m_alpha->value());
    p.length = m_length->value();
    const int n = m_tests->value();
    m_values->setText(tr("c = %1\nα = %2\nL = %3 tokens\nn = %4 examples\nseed %5 (sampled)")
                          .arg(QString::number(p.c, 'g', 3), QString::number(p.alpha, 'g', 3))
                          .arg(p.length)
                          .arg(n)
                          .arg(kSeed));
    const std::vector<double> fine = logSpacedScales(1e7, 1e13, 61);
    const std::vector<double> coarse = logSpacedScales(1e7, 1e13, 13);
    const auto closed = toyModelClosedForm(p, fine, n);
    const auto sampled = toyModelSampled(p, coarse, n, kSeed);
    std::vector<double> ptok, em, emN, ed, sx, sEm, sEd, sBleu;
    for (const ToyPoint& t : closed) {
        ptok.push_back(t.pToken);
        em.push_back(t.exactMatch);
        emN.push_back(t.exactMatchFinite.value_or(t.exactMatch));
        ed.push_back(t.tokenEditDistance);
    }
    for (const ToySampledPoint& t : sampled) {
        sx.push_back(t.scale);
        sEm.push_back(t.exactMatch);
        sEd.push_back(t.meanTokenEditDistance);
        sBleu.push_back(t.corpusBleu);
    }
    const QList<QList<Curve>> panels = {
        {curveOf(curveName(0, 0), QStringLiteral("p"), fine, ptok),
         curveOf(curveName(0, 1), QStringLiteral("exact match"), fine, em),
         curveOf(curveName(0, 2), QStringLiteral("exact match"), fine, emN),
         curveOf(curveName(0, 3), QStringLiteral("exact match"), sx, sEm)},
        {curveOf(curveName(1, 0), QStringLiteral("tokens"), fine, ed),
         curveOf(curveName(1, 1), QStringLiteral("tokens"), sx, sEd)},
        {curveOf(curveName(2, 0), QStringLiteral("BLEU"), sx, sBleu)}};
    // What the sampled curves on screen do, computed for the sliders' values (fixed titles such
    // as "exact match jumps" turned false as the sliders moved).
    const auto oneStep = [](const std::vector<double>& v) {
        double lo = v.front(), hi = v.front(), largest = 0.0;
        for (std::size_t i = 0; i < v.size(); ++i) {
            lo = std::min(lo, v[i]);
            hi = std::max(hi, v[i]);
            if (i > 0)
                largest = std::max(largest, std::abs(v[i] - v[i - 1]));
        }
        return hi > lo ? QStringLiteral("%1 %").arg(qRound(100 * largest / (hi - lo)))
                       : tr("no change");
    };
    m_values->setText(m_values->text() + QLatin1Char('\n') +
                      tr("Largest half-decade step of each\nsampled curve, share of its change:\n"
                         "exact match %1, edit distance %2,\nBLEU %3")
                          .arg(oneStep(sEm), oneStep(sEd), oneStep(sBleu)));
    QStringList names;
    for (const auto& list : panels)
        for (const Curve& c : list)
            names << c.key.family;
    FigureStyle style = m_style;
    style.markerSizePt = m_style.markerSizePt * 4.0 / 6.5; // many points: smaller markers
    const render::ChartBuilder builder(style, FamilyStyles(names, style));
    render::ChartOptions options;
    options.unitsPerPt = render::ChartBuilder::screenUnitsPerPt();
    options.showLegend = false;
    QList<LegendStrip::Entry> entries;
    for (const QString& n : names)
        entries.append({n, n, builder.families().of(n), false, false});
    m_legend->setEntries(entries);
    for (int i = 0; i < 3; ++i) {
        PanelSpec panel;
        panel.query.task = QStringLiteral("toy model");
        panel.title = text(kPanelTexts[std::size_t(i)].title);
        panel.xLabel = text(kXLabel);
        panel.yLabel = text(kPanelTexts[std::size_t(i)].yLabel);
        panel.showChance = panel.showPerfect = false;
        // Updated in place: the sliders redraw on every step.
        render::BuiltChart built =
            builder.build(panels[i], panel, options, m_charts[i]->reusableChart());
        m_charts[i]->showChart(std::move(built), panels[i]);
    }
}

} // namespace ee::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FigureSpec.h"

#include "session/ViewState.h"

#include <QWidget>

class QLabel;
class QSlider;

namespace ee::render {
struct FigureCurves;
}

namespace ee::ui {

class ChartView;
class LegendStrip;

/// \brief The toy model of Schaeffer et al. 2023, for teaching. SIMULATED, and labelled so:
/// per-token success p(N) = exp(−(N/c)^α) rises smoothly; exact match of an L-token answer p^L
/// jumps; token edit distance L(1 − p) and BLEU stay smooth. Sliders for c, α, L and the test-set
/// size; closed-form curves with the test set's 1/n resolution, and sampled curves scored with
/// the real metrics (core's ee::toyModelSampled, fixed seed).
class ToyModelView : public QWidget {
    Q_OBJECT
public:
    explicit ToyModelView(QWidget* parent = nullptr);

    void setState(const ToyState& state);
    ToyState state() const;
    QList<ChartView*> chartViews() const { return m_charts; }
    /// \brief The texts of this view's figure (figureOfCharts(chartViews())) written again in
    /// the current language: panel titles, axis titles and curve names (a FigureRelabel).
    static void relabelFigure(FigureSpec& spec, render::FigureCurves& curves);
    /// \brief Chart fonts and sizes (screen or presentation); redraws.
    void setStyle(const FigureStyle& style);

private:
    void recompute();

    QSlider* m_c;
    QSlider* m_alpha;
    QSlider* m_length;
    QSlider* m_tests;
    QLabel* m_values;
    QList<ChartView*> m_charts;
    LegendStrip* m_legend;
    FigureStyle m_style;
};

} // namespace ee::ui

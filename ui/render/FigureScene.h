// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FamilyStyles.h"
#include "figure/FigureSpec.h"
#include "model/ScoreTable.h"
#include "render/ChartBuilder.h"

#include <QGraphicsScene>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace ee::render {

/// \brief Curves a view computed itself (not a query of a table), one list per panel in the
/// spec's order, and how their families look: the view's own styles when it has session-wide
/// ones (the Scaling and Log-prob tabs), else the family order that fixes their colours as on
/// screen (empty = order of appearance). The export of a view draws exactly what it shows.
struct FigureCurves {
    QList<QList<Curve>> panels;
    QStringList families;
    std::optional<FamilyStyles> styles;
};

/// \brief A whole figure page as one QGraphicsScene laid out in points (1/72 in): the panels'
/// QCharts (built by ChartBuilder) in a grid with aligned plot areas, a shared legend, an
/// optional figure title and the page background.
///
/// Every output (SVG, PDF, PNG, the export dialog's preview) renders this same scene, so they
/// agree to the point. Panels in a column share their left edge and panels in a row their
/// bottom edge; with shared axes the inner tick labels and titles are left out.
class FigureScene {
public:
    FigureScene(const FigureSpec& spec, const ScoreTable& table);
    /// \brief A page of `curves` (panel i draws curves.panels[i]; queries are not used).
    FigureScene(const FigureSpec& spec, const FigureCurves& curves);
    ~FigureScene();
    FigureScene(const FigureScene&) = delete;
    FigureScene& operator=(const FigureScene&) = delete;

    const FigureSpec& spec() const { return m_spec; }
    /// \brief The scene; its sceneRect is (0, 0, width pt, height pt).
    QGraphicsScene* scene() { return &m_scene; }
    QRectF pageRect() const { return m_scene.sceneRect(); }
    /// \brief The built panels in spec order (charts are owned by the scene).
    const QList<BuiltChart>& panels() const { return m_panels; }
    /// \brief Sentences for the user: points not shown, panels with no matching curve.
    const QStringList& notes() const { return m_notes; }
    /// \brief Points with data that no panel can show (unknown or non-positive scale).
    qsizetype droppedPoints() const;
    /// \brief Panels whose query matched no curve.
    int emptyPanels() const { return m_emptyPanels; }

    /// \brief Paints the page into `target` (device coordinates of `painter`), stretched to
    /// fill it exactly: callers pass a target with the page's aspect ratio.
    void render(QPainter* painter, const QRectF& target);

private:
    void build(const QList<QList<Curve>>& curves, const FamilyStyles& styles);

    FigureSpec m_spec;
    QGraphicsScene m_scene;
    std::unique_ptr<ChartBuilder> m_builder;
    QList<BuiltChart> m_panels;
    QStringList m_notes;
    int m_emptyPanels = 0;
};

} // namespace ee::render

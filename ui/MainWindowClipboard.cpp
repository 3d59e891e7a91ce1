// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's clipboard: the visible chart as PNG and SVG, its curve data as CSV.
#include "MainWindow.h"

#include "io/CurvesCsv.h"

#include "browser/DataBrowser.h"
#include "chart/ChartImage.h"
#include "chart/ChartView.h"
#include "chart/ScalingPanel.h"
#include "chart/ScreenStyle.h"
#include "data/DataStore.h"
#include "export/ExportDialog.h"
#include "panels/AnalysisPanel.h"
#include "panels/IssuesPanel.h"
#include "session/RecentFiles.h"
#include "tour/TourBar.h"
#include "views/DecompositionView.h"
#include "views/LogProbView.h"
#include "views/TaskMapView.h"
#include "views/ToyModelView.h"

#include <QBuffer>
#include <QClipboard>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ee::ui {

void MainWindow::copyChartImage() {
    // Any chart view of the tab on screen (the (L, B) map's is a plain QChartView).
    QChartView* view = nullptr;
    if (QWidget* w = m_tabs->currentWidget())
        if (auto views = w->findChildren<QChartView*>(); !views.isEmpty())
            for (QChartView* v : views)
                if (v->isVisible()) {
                    view = v;
                    break;
                }
    if (!view || !view->chart())
        return;
    auto* mime = new QMimeData;
    mime->setImageData(chartImage(view, 2.0)); // 2×: crisp when pasted into slides
    // What the user sees is the viewport (the chart without the view's frame), in
    // device-independent pixels; both the PNG and the SVG are exactly that rectangle.
    const QSize logical = view->viewport()->size();
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&svg);
    gen.setSize(logical);
    gen.setViewBox(QRect(QPoint(0, 0), logical));
    gen.setTitle(windowTitle());
    {
        QPainter p(&gen);
        view->render(&p, QRectF(QPointF(0, 0), QSizeF(logical)), view->viewport()->rect());
    }
    mime->setData(QStringLiteral("image/svg+xml"), svg.data());
    QGuiApplication::clipboard()->setMimeData(mime);
    m_status->setText(tr("Chart copied as PNG and SVG."));
}

void MainWindow::copyChartData() {
    // Pasted into spreadsheets: the command line's own CSV writer, so text cells are guarded
    // against formula injection (issue 7) and the columns match `emergence curves`.
    QList<Curve> curves;
    for (ChartView* view : m_scaling->views())
        curves.append(view->curves());
    const QString csv = curvesCsv(curves);
    QGuiApplication::clipboard()->setText(csv);
    m_status->setText(tr("Curve data copied as CSV."));
}

} // namespace ee::ui

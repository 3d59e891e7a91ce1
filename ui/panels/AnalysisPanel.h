// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/CurveAnalysis.h"
#include "figure/FigureSpec.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTextBrowser;

namespace ee::ui {

/// \brief The right dock: the numbers behind the chart (breakthroughness, linearity, flags, fits)
/// for each curve shown, each with a one-line explanation.
///
/// The analysis (fits included) runs on a worker thread; a newer request supersedes an older
/// one. "Draw fitted sigmoid" hands the fitted curves to the chart as FittedCurve polylines.
class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisPanel(QWidget* parent = nullptr);
    ~AnalysisPanel() override;

    /// \brief Analyses `curves` in the background and shows the result.
    void setCurves(const QList<Curve>& curves);
    /// \brief The flag criteria (Analysis → Flag thresholds…); re-analyses the curves shown.
    void setFlagThresholds(const FlagThresholds& thresholds);
    /// \brief Names what the numbers describe ("the Scaling tab: task · metric") above them,
    /// so they are not read as describing another tab's chart.
    void setScope(const QString& text);
    /// \brief The last finished analysis (one entry per curve given).
    const QList<CurveStats>& stats() const { return m_stats; }
    bool drawFits() const;
    void setDrawFits(bool on);
    /// \brief The panel's text (for tests and the screenshot command).
    QString text() const;
    /// \brief Blocks until a running analysis has finished and been shown (tests, screenshots).
    void waitForIdle();

    /// \brief At least about 36 characters wide, so each one-line explanation reads in two or
    /// three lines instead of a word per line (follows the font, e.g. in presentation mode).
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

    /// \brief The fitted curve of each analysed curve whose fit succeeded: the preferred model
    /// (sigmoid or log-linear) sampled at 60 scales across the data's range.
    static QList<FittedCurve> fittedCurves(const QList<CurveStats>& stats,
                                           const QList<Curve>& curves);

signals:
    /// \brief Fits to draw on the chart (empty when switched off).
    void fitsChanged(const QList<ee::FittedCurve>& fits);
    void analysed();

private:
    void show(const QList<CurveStats>& stats);
    void emitFits();

    QList<Curve> m_curves;
    QList<Curve> m_pendingCurves;
    QList<CurveStats> m_stats;
    FlagThresholds m_thresholds;
    QFutureWatcher<QList<CurveStats>> m_watcher;
    QTextBrowser* m_text;
    QCheckBox* m_fits;
    QLabel* m_scope;
    QLabel* m_status;
};

} // namespace ee::ui

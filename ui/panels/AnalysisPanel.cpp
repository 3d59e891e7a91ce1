// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/AnalysisPanel.h"

#include "browser/FamilyFlagSummary.h"
#include "figure/AxisTicks.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace ee::ui {

namespace {

QString num(const std::optional<double>& v, int decimals = 2) {
    if (!v)
        return QStringLiteral("–");
    if (std::isinf(*v))
        return *v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QString::number(*v, 'f', decimals);
}

QString explainRow(const QString& name, const QString& value, const QString& explanation) {
    return QStringLiteral("<tr><td nowrap width=60%><b>%1</b></td><td align=right>%2</td></tr>"
                          "<tr><td colspan=2><small>%3</small></td></tr>")
        .arg(name, value, explanation);
}

// "raw" or "normalised" (the JSON's names), in the interface's language.
QString yScaleLabel(YScale scale) {
    [[maybe_unused]] static const char* const names[] = {QT_TRANSLATE_NOOP("YScale", "raw"),
                                                         QT_TRANSLATE_NOOP("YScale", "normalised")};
    return QCoreApplication::translate("YScale", yScaleName(scale));
}

QString flagsText(const CurveFlags& f) {
    QStringList names = f.names();
    for (QString& n : names)
        n = flagDisplayName(n);
    return names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral(", "));
}

} // namespace

AnalysisPanel::AnalysisPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
    , m_fits(new QCheckBox(tr("Draw fitted curves on the chart"), this))
    , m_scope(new QLabel(this))
    , m_status(new QLabel(this)) {
    m_scope->setWordWrap(true);
    m_scope->setVisible(false);
    m_text->setOpenLinks(false);
    m_fits->setToolTip(tr("Draws each family's preferred fit (sigmoid or log-linear in log "
                          "scale) as a dashed line (F)"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_scope);
    layout->addWidget(m_fits);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    connect(m_fits, &QCheckBox::toggled, this, &AnalysisPanel::emitFits);
    connect(&m_watcher, &QFutureWatcher<QList<CurveStats>>::finished, this, [this] {
        const QList<CurveStats> result = m_watcher.result();
        if (!m_pendingCurves.isEmpty()) {
            // A newer request arrived while this one ran: start it, drop this result.
            setCurves(std::exchange(m_pendingCurves, {}));
            return;
        }
        show(result);
    });
}

AnalysisPanel::~AnalysisPanel() {
    m_watcher.waitForFinished();
}

void AnalysisPanel::setCurves(const QList<Curve>& curves) {
    if (m_watcher.isRunning()) {
        m_pendingCurves = curves;
        if (m_pendingCurves.isEmpty())
            m_pendingCurves.append(Curve()); // still supersede; an empty curve analyses to nothing
        return;
    }
    m_curves = curves;
    m_status->setText(tr("Analysing %n curve(s)…", nullptr, int(curves.size())));
    const FlagThresholds thresholds = m_thresholds;
    m_watcher.setFuture(QtConcurrent::run([curves, thresholds] {
        AnalysisOptions options;
        options.flags = thresholds;
        options.fit.bootstrapSamples = 0; // interactive: intervals come from the CLI
        return analyzeCurves(curves, options);
    }));
}

void AnalysisPanel::setFlagThresholds(const FlagThresholds& thresholds) {
    m_thresholds = thresholds;
    if (!m_curves.isEmpty())
        setCurves(m_curves);
}

void AnalysisPanel::setScope(const QString& text) {
    m_scope->setText(text);
    m_scope->setVisible(!text.isEmpty());
}

void AnalysisPanel::waitForIdle() {
    while (m_watcher.isRunning() || !m_pendingCurves.isEmpty()) {
        m_watcher.waitForFinished();
        // Deliver the finished signal (it is queued to this thread).
        QCoreApplication::sendPostedEvents(&m_watcher);
        QCoreApplication::sendPostedEvents(this);
    }
}

QSize AnalysisPanel::minimumSizeHint() const {
    QSize s = QWidget::minimumSizeHint();
    s.setWidth(std::max(s.width(), fontMetrics().averageCharWidth() * 36));
    return s;
}

QSize AnalysisPanel::sizeHint() const {
    QSize s = QWidget::sizeHint();
    s.setWidth(std::max(s.width(), fontMetrics().averageCharWidth() * 56));
    return s;
}

bool AnalysisPanel::drawFits() const {
    return m_fits->isChecked();
}

void AnalysisPanel::setDrawFits(bool on) {
    m_fits->setChecked(on);
}

QString AnalysisPanel::text() const {
    return m_text->toPlainText();
}

void AnalysisPanel::show(const QList<CurveStats>& stats) {
    m_stats = stats;
    QString html = QStringLiteral("<style>td{padding:1px 4px;} h3{margin:8px 0 2px 0;}</style>");
    if (stats.isEmpty())
        html += tr("<p>No curve to analyse. Pick a task in the data browser.</p>");
    for (const CurveStats& s : stats) {
        if (s.key.task.isEmpty())
            continue;
        html += QStringLiteral("<h3>%1</h3>").arg(s.key.family.toHtmlEscaped());
        html += QStringLiteral("<small>%1</small><table width=100%>")
                    .arg(tr("%1 points on %2, y %3"))
                    .arg(s.nPoints)
                    .arg(scaleAxisLabel(s.axis).toHtmlEscaped(), yScaleLabel(s.yScale));
        html += explainRow(tr("B (breakthroughness)"), num(s.breakthroughness.value, 1),
                           s.breakthroughness.note.isEmpty()
                               ? tr("Total change over the typical (median) step: large when "
                                    "most of the change happens in a few steps.")
                               : s.breakthroughness.note.toHtmlEscaped());
        html += explainRow(tr("L (linearity)"),
                           num(s.linearity.value, 1) +
                               QStringLiteral(" <span style='color:#d55e00'>%1</span>")
                                   .arg(tr("(definition unconfirmed)")),
                           s.linearity.note.isEmpty()
                               ? tr("Total change over the average step size: large when the "
                                    "curve climbs in steady, even steps.")
                               : s.linearity.note.toHtmlEscaped());
        html += explainRow(
            tr("Flag"), flagsText(s.flags),
            tr("Change d = %1 against noise σ = %2 (%3); flat below %4σ. Emergent: sigmoid "
               "preferred, 10–90 % width ≤ %5 decade(s), fitted rise ≥ %6·d (Analysis → Flag "
               "thresholds…).")
                .arg(QString::number(s.flags.d, 'g', 3), QString::number(s.flags.sigma, 'g', 2),
                     s.flags.sigmaSource.toHtmlEscaped())
                .arg(s.flags.thresholds.flatSigmas)
                .arg(s.flags.thresholds.emergentMaxWidthDecades)
                .arg(s.flags.thresholds.emergentMinRiseFraction));
        if (s.fit) {
            const FitComparison& f = *s.fit;
            html += explainRow(tr("Preferred fit"),
                               fitDisplayName(QString::fromLatin1(preferredName(f.preferred))),
                               f.reason.toHtmlEscaped());
            if (f.sigmoid.ok)
                html += explainRow(
                    tr("Sigmoid midpoint"),
                    AxisTicks::formatScale(f.sigmoid.midpointScale(), s.axis),
                    tr("Scale where the fitted S-curve is half-way; 10–90 % rise over %1 "
                       "decades of scale%2.")
                        .arg(QString::number(f.sigmoid.widthDecades(), 'g', 2),
                             f.sigmoid.kAtBound ? tr(" (sharper than the data resolve)")
                                                : QString()));
            if (f.logLinear.ok)
                html += explainRow(tr("Log-linear slope"), QString::number(f.logLinear.b, 'g', 3),
                                   tr("Change of the metric per tenfold increase in scale."));
        }
        for (const QString& note : s.notes)
            html += QStringLiteral("<tr><td colspan=2><small><i>%1</i></small></td></tr>")
                        .arg(note.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    m_text->setHtml(html);
    m_status->setText(tr("Fits: least squares in log10 scale; no bootstrap intervals here "
                         "(use `emergence analyze`)."));
    m_status->setWordWrap(true);
    emitFits();
    emit analysed();
}

QList<FittedCurve> AnalysisPanel::fittedCurves(const QList<CurveStats>& stats,
                                               const QList<Curve>& curves) {
    QList<FittedCurve> out;
    for (qsizetype i = 0; i < stats.size() && i < curves.size(); ++i) {
        const CurveStats& s = stats[i];
        if (!s.fit || s.fit->preferred == FitComparison::Preferred::None)
            continue;
        double lo = 0, hi = 0;
        bool any = false;
        for (const CurvePoint& p : curves[i].usablePoints()) {
            const double u = std::log10(*p.x);
            lo = any ? std::min(lo, u) : u;
            hi = any ? std::max(hi, u) : u;
            any = true;
        }
        if (!any || !(hi > lo))
            continue;
        const bool sigmoid = s.fit->preferred == FitComparison::Preferred::Sigmoid;
        FittedCurve f;
        f.family = curves[i].key.family;
        f.label = (sigmoid ? tr("sigmoid fit") : tr("log-linear fit")) +
                  QStringLiteral(" (%1)").arg(f.family);
        constexpr int kSteps = 60;
        for (int k = 0; k <= kSteps; ++k) {
            const double u = lo + (hi - lo) * k / kSteps;
            const double y = sigmoid ? s.fit->sigmoid.at(u) : s.fit->logLinear.at(u);
            f.points.append(QPointF(std::pow(10.0, u), y));
        }
        out.append(f);
    }
    return out;
}

void AnalysisPanel::emitFits() {
    emit fitsChanged(m_fits->isChecked() ? fittedCurves(m_stats, m_curves) : QList<FittedCurve>{});
}

} // namespace ee::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ForecastView.h"

#include "chart/ChartView.h"
#include "chart/ScreenStyle.h"
#include "chart/ViewFigure.h"
#include "render/ChartBuilder.h"
#include "widgets/ElidingComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QSet>
#include <QSlider>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>

namespace ee::ui {

namespace {

constexpr int kMinModels = 12;
const double kLlama2_7bFlops = 8.4e22; // the paper's default cutoff

QString targetLabel(const ObservationalOptions& o) {
    QString s = o.task;
    if (o.subtask && !o.subtask->isEmpty())
        s += QLatin1Char('/') + *o.subtask;
    s += QStringLiteral(" · ") + o.metric;
    if (o.shots)
        s += QStringLiteral(" · %1-shot").arg(*o.shots);
    return s;
}

QString num(double v) {
    return QString::number(v, 'g', 3);
}

// The figure's own texts: drawChart() writes them in the interface's language, figureRelabel()
// again in the export's.
QString chartTitle(bool ok, const QString& target) {
    return ok ? ForecastView::tr("Could we have seen it coming? %1").arg(target)
              : ForecastView::tr("No fit");
}
QString indexTitle() {
    return ForecastView::tr("capability index c + w·x (fitted)");
}
QString fitName() {
    return ForecastView::tr("fitted sigmoid");
}
enum class Group { Train, Inside, Outside };
QString groupName(Group g) {
    switch (g) {
    case Group::Train:
        return ForecastView::tr("training models");
    case Group::Inside:
        return ForecastView::tr("held out, inside the band");
    case Group::Outside:
        return ForecastView::tr("held out, outside the band");
    }
    return {};
}
Group groupOf(const ObservationalPoint& p) {
    return p.train ? Group::Train : (p.outside ? Group::Outside : Group::Inside);
}

} // namespace

ForecastView::ForecastView(QWidget* parent)
    : QWidget(parent)
    // Middle: "word_unscrambling · exact_match · 2-shot" keeps the task and the shots.
    , m_target(new ElidingComboBox(this, Qt::ElideMiddle))
    , m_predictors(new ElidingComboBox(this))
    , m_noGsm8k(new QCheckBox(tr("PCA without GSM8K"), this))
    , m_cutoff(new QSlider(Qt::Horizontal, this))
    , m_cutoffLabel(new QLabel(this))
    , m_chart(new ChartView(this))
    , m_style(screenStyle())
    , m_summary(new QLabel(this)) {
    m_predictors->addItem(tr("capability PC1"), QStringLiteral("pc:1"));
    m_predictors->addItem(tr("capability PC1–PC2"), QStringLiteral("pc:2"));
    m_predictors->addItem(tr("capability PC1–PC3"), QStringLiteral("pc:3"));
    m_predictors->addItem(tr("log10 training FLOPs"), QStringLiteral("flops"));
    m_predictors->setCurrentIndex(2);
    m_target->setToolTip(tr("The task to forecast (models with known training FLOPs)"));
    m_cutoff->setToolTip(tr("Fit on the models up to this training compute; forecast the rest. "
                            "A cutoff by release date is not offered: the data carry no "
                            "release dates."));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Task"), this));
    controls->addWidget(m_target, 2);
    controls->addWidget(new QLabel(tr("Predictors"), this));
    controls->addWidget(m_predictors, 1);
    controls->addWidget(m_noGsm8k);
    auto* cutoffRow = new QHBoxLayout;
    cutoffRow->addWidget(new QLabel(tr("Cutoff"), this));
    cutoffRow->addWidget(m_cutoff, 2);
    cutoffRow->addWidget(m_cutoffLabel, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addLayout(cutoffRow);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        // The slider steps through the training FLOPs of the target's models.
        m_cutoffs.clear();
        const int i = m_target->currentIndex();
        if (m_table && i >= 0 && i < m_targets.size()) {
            const ObservationalOptions& t = m_targets[i];
            QSet<double> seen;
            for (qsizetype r = 0; r < m_table->rowCount(); ++r) {
                const ScoreRow row = m_table->row(r);
                if (row.task == t.task && row.subtask == t.subtask.value_or(QString()) &&
                    row.metric == t.metric && row.shots == t.shots && row.scale.flops)
                    seen.insert(*row.scale.flops);
            }
            m_cutoffs.assign(seen.cbegin(), seen.cend());
            std::sort(m_cutoffs.begin(), m_cutoffs.end());
        }
        const QSignalBlocker block(m_cutoff);
        m_cutoff->setRange(0, std::max(0, int(m_cutoffs.size()) - 1));
        const auto at = std::lower_bound(m_cutoffs.begin(), m_cutoffs.end(), kLlama2_7bFlops);
        m_cutoff->setValue(int(std::min<std::ptrdiff_t>(at - m_cutoffs.begin(),
                                                        std::ptrdiff_t(m_cutoffs.size()) - 1)));
        m_noGsm8k->setChecked(m_targets.value(i).task == QLatin1String("arithmetic"));
        refit();
    });
    connect(m_predictors, &QComboBox::currentIndexChanged, this, &ForecastView::refit);
    connect(m_noGsm8k, &QCheckBox::toggled, this, &ForecastView::refit);
    connect(m_cutoff, &QSlider::valueChanged, this, &ForecastView::refit);
    connect(&m_watcher, &QFutureWatcher<ObservationalResult>::finished, this, [this] {
        if (m_pending) {
            // The settings changed while this fit ran: fit the newest ones, show nothing stale.
            m_pending = false;
            start();
            return;
        }
        m_busy = false;
        show(m_watcher.result());
    });
}

void ForecastView::setTable(std::shared_ptr<const ScoreTable> table) {
    m_table = std::move(table);
    QMap<QString, ObservationalOptions> targets;
    QMap<QString, QSet<QString>> models;
    const QStringList benchmarks = standardBenchmarks();
    for (qsizetype r = 0; m_table && r < m_table->rowCount(); ++r) {
        const ScoreRow row = m_table->row(r);
        if (!row.scale.flops || benchmarks.contains(row.task))
            continue;
        ObservationalOptions o;
        o.task = row.task;
        o.subtask = row.subtask;
        o.metric = row.metric;
        o.shots = row.shots;
        const QString label = targetLabel(o);
        targets.insert(label, o);
        models[label].insert(row.model);
    }
    {
        const QSignalBlocker block(m_target); // one refit below, not one per item
        m_target->clear();
        m_targets.clear();
        for (auto it = targets.cbegin(); it != targets.cend(); ++it)
            if (models[it.key()].size() >= kMinModels) {
                m_targets << *it;
                m_target->addItem(it.key());
            }
    }
    if (!selectTask(QStringLiteral("word_unscrambling")) && m_target->count() > 0)
        emit m_target->currentIndexChanged(0);
}

bool ForecastView::selectTask(const QString& task) {
    for (int i = 0; i < m_targets.size(); ++i)
        if (m_targets[i].task == task) {
            if (m_target->currentIndex() == i)
                emit m_target->currentIndexChanged(i);
            else
                m_target->setCurrentIndex(i);
            return true;
        }
    return false;
}

void ForecastView::updateCutoffLabel() {
    const int i = m_cutoff->value();
    m_cutoffLabel->setText(i >= 0 && i < int(m_cutoffs.size())
                               ? tr("fit on models with ≤ %1 training FLOPs").arg(num(m_cutoffs[i]))
                               : tr("no model with known training FLOPs"));
}

void ForecastView::refit() {
    updateCutoffLabel();
    const int t = m_target->currentIndex();
    if (!m_table || t < 0 || t >= m_targets.size() || m_cutoffs.empty())
        return;
    ObservationalOptions o = m_targets[t];
    parseObservationalPredictors(m_predictors->currentData().toString(), o);
    if (m_noGsm8k->isChecked())
        o.benchmarks.removeAll(QStringLiteral("GSM8K"));
    o.cutoff = m_cutoffs[std::size_t(m_cutoff->value())];
    m_latest = o;
    if (m_busy) {
        m_pending = true; // started when the running fit ends
        return;
    }
    start();
}

void ForecastView::start() {
    m_summary->setText(tr("Fitting…"));
    m_busy = true;
    const std::shared_ptr<const ScoreTable> table = m_table;
    const ObservationalOptions o = m_latest;
    m_watcher.setFuture(QtConcurrent::run([table, o] { return forecastObservational(*table, o); }));
}

void ForecastView::waitForIdle() {
    while (m_busy || m_pending) {
        QEventLoop loop;
        connect(this, &ForecastView::fitShown, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

QString ForecastView::summary() const {
    return m_summary->text();
}

QString ForecastView::finding() const {
    if (m_busy || m_pending || !m_result.ok || !m_result.testMse)
        return QString();
    const ObservationalResult& r = m_result;
    int within = 0; // held-out models forecast within 0.1 of their score
    for (const ObservationalPoint& p : r.points)
        if (!p.train && std::abs(p.predicted - p.observed) <= 0.1)
            ++within;
    return tr("Fitted on the %1 models up to %2 FLOPs, the law forecasts %3 of the %4 larger "
              "models within 0.1 of their score (test MSE %5); %6 fall outside the 95 % band.")
        .arg(r.nTrain)
        .arg(num(m_latest.cutoff))
        .arg(within)
        .arg(r.nTest)
        .arg(num(*r.testMse))
        .arg(r.outsideCount);
}

void ForecastView::show(const ObservationalResult& r) {
    m_result = r;
    drawChart(r);
    if (!r.ok) {
        m_summary->setText(tr("No fit: %1.").arg(r.error));
        emit fitShown();
        return;
    }

    // Every number below is read from the fit on screen.
    QString text = tr("Fitted on %1 models up to %2 training FLOPs, forecast for %3 larger ones "
                      "(%4 left out: no FLOPs or a missing benchmark). Train MSE %5, test MSE "
                      "%6; %7 of the %3 held-out models fall outside the 95 % forecast band.")
                       .arg(r.nTrain)
                       .arg(num(m_latest.cutoff))
                       .arg(r.nTest)
                       .arg(r.leftOut.size())
                       .arg(num(r.trainMse), num(r.testMse.value_or(NAN)))
                       .arg(r.outsideCount);
    const ObservationalPoint* worst = nullptr;
    for (const ObservationalPoint& p : r.points)
        if (!p.train && (!worst || std::abs(p.predicted - p.observed) >
                                       std::abs(worst->predicted - worst->observed)))
            worst = &p;
    if (worst)
        text +=
            QLatin1Char(' ') + tr("Largest miss: %1, observed %2, forecast %3.")
                                   .arg(worst->model, num(worst->observed), num(worst->predicted));
    if (r.pca) {
        QStringList loadings;
        for (int b = 0; b < r.pca->benchmarks.size(); ++b)
            loadings << QStringLiteral("%1 %2").arg(r.pca->benchmarks[b],
                                                    num(r.pca->loadings(0, b)));
        text += QLatin1Char(' ') + tr("PC1 carries %1 % of the benchmark variance; its "
                                      "loadings: %2.")
                                       .arg(num(100 * r.pca->explainedVariance[0]),
                                            loadings.join(QStringLiteral(", ")));
    }
    if (!r.notes.isEmpty())
        text += QLatin1Char(' ') + tr("Notes: %1.").arg(r.notes.join(QStringLiteral("; ")));
    m_summary->setText(text);
    QStringList left;
    for (const LeftOutModel& m : r.leftOut)
        left << m.model + QStringLiteral(": ") + m.reason;
    m_summary->setToolTip(left.join(QLatin1Char('\n')));
    emit fitShown();
}

} // namespace ee::ui

namespace ee::ui {

ForecastState ForecastView::state() const {
    ForecastState st;
    st.target = m_target->currentText();
    st.predictors = m_predictors->currentData().toString();
    st.withoutGsm8k = m_noGsm8k->isChecked();
    if (const int i = m_cutoff->value(); i >= 0 && i < int(m_cutoffs.size()))
        st.cutoffFlops = m_cutoffs[std::size_t(i)];
    return st;
}

void ForecastView::setState(const std::optional<ForecastState>& st) {
    if (!st)
        return;
    if (const int t = m_target->findText(st->target); t >= 0)
        m_target->setCurrentIndex(t); // sets the default cutoff and GSM8K choice, refits
    {
        // One refit below for the three settings, not one each.
        const QSignalBlocker a(m_predictors), b(m_noGsm8k), c(m_cutoff);
        if (const int p = m_predictors->findData(st->predictors); p >= 0)
            m_predictors->setCurrentIndex(p);
        m_noGsm8k->setChecked(st->withoutGsm8k);
        if (st->cutoffFlops && !m_cutoffs.empty()) {
            // The saved cutoff is one model's FLOPs; the nearest one if the data changed.
            std::size_t best = 0;
            for (std::size_t i = 1; i < m_cutoffs.size(); ++i)
                if (std::abs(std::log10(m_cutoffs[i]) - std::log10(*st->cutoffFlops)) <
                    std::abs(std::log10(m_cutoffs[best]) - std::log10(*st->cutoffFlops)))
                    best = i;
            m_cutoff->setValue(int(best));
        }
    }
    refit();
}

FigureRelabel ForecastView::figureRelabel() const {
    // What the chart on screen shows: m_result's groups, in drawChart()'s order (training,
    // inside, outside), the empty ones left out.
    const bool ok = m_result.ok;
    const bool index = m_result.predictorNames.size() != 1;
    const QString target = m_target->currentText();
    QList<Group> groups;
    for (Group g : {Group::Train, Group::Inside, Group::Outside})
        if (std::any_of(m_result.points.begin(), m_result.points.end(),
                        [g](const ObservationalPoint& p) { return groupOf(p) == g; }))
            groups << g;
    return [ok, index, target, groups](FigureSpec& spec, render::FigureCurves& curves) {
        if (spec.panels.isEmpty() || curves.panels.isEmpty())
            return;
        PanelSpec& panel = spec.panels[0];
        panel.title = chartTitle(ok, target);
        if (ok && index)
            panel.xLabel = indexTitle(); // one predictor's name ("PC1") is the data's
        for (FittedCurve& f : panel.fits)
            f.label = fitName();
        QStringList names;
        for (Group g : groups)
            names << groupName(g);
        renameCurves(curves, {names});
    };
}

void ForecastView::drawChart(const ObservationalResult& r) {
    // Three point sets drawn as families (training, held out inside / outside the band), the
    // band as error bars on the held-out models, the fitted sigmoid as a fit line.
    const QString metric = m_target->currentText().section(QStringLiteral(" · "), 1, 1);
    Curve train, inside, outside;
    train.key.family = groupName(Group::Train);
    inside.key.family = groupName(Group::Inside);
    outside.key.family = groupName(Group::Outside);
    PanelSpec panel;
    panel.query.task = m_target->currentText();
    panel.query.metric = metric;
    panel.logX = false; // PC scores can be negative; log10 FLOPs is already a log
    panel.lines = false;
    panel.ci = CiStyle::ErrorBars;
    panel.showChance = false;
    panel.showPerfect = false;
    panel.yLabel = metric;
    panel.title = chartTitle(r.ok, m_target->currentText());
    QList<Curve> curves;
    if (r.ok) {
        const bool single = r.predictorNames.size() == 1;
        panel.xLabel = single ? r.predictorNames.front() : indexTitle();
        double xLo = HUGE_VAL, xHi = -HUGE_VAL;
        for (const ObservationalPoint& p : r.points) {
            xLo = std::min(xLo, p.x);
            xHi = std::max(xHi, p.x);
            CurvePoint cp;
            cp.model = p.model;
            cp.x = p.x;
            cp.value = p.observed;
            if (!p.train) {
                cp.ciLow = p.ciLow;
                cp.ciHigh = p.ciHigh;
            }
            const Group g = groupOf(p);
            (g == Group::Train ? train : (g == Group::Outside ? outside : inside))
                .points.append(cp);
        }
        FittedCurve fit;
        fit.label = fitName();
        const double pad = 0.05 * (xHi - xLo);
        for (int i = 0; i <= 200; ++i) {
            const double x = xLo - pad + (xHi - xLo + 2 * pad) * i / 200.0;
            const double z = single ? r.fit.intercept + r.fit.weights[0] * x : x;
            fit.points.append(
                QPointF(x, r.fit.floor + (r.fit.ceiling - r.fit.floor) / (1 + std::exp(-z))));
        }
        panel.fits = {fit};
        for (Curve* c : {&train, &inside, &outside})
            if (!c->points.isEmpty()) {
                c->sortPoints();
                curves << *c;
            }
    }
    // All three named, present or not, so each keeps its colour and marker from fit to fit.
    const QStringList names = {train.key.family, outside.key.family, inside.key.family};
    const render::ChartBuilder builder(m_style, FamilyStyles(names, m_style));
    render::ChartOptions options;
    options.unitsPerPt = render::ChartBuilder::screenUnitsPerPt();
    render::BuiltChart built = builder.build(curves, panel, options, m_chart->reusableChart());
    m_chart->showChart(std::move(built), curves);
}

} // namespace ee::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/LogProbView.h"

#include "browser/BrowserIndex.h"
#include "chart/ScalingPanel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ee::ui {

namespace {

const QString kCorrect = QStringLiteral("log_prob_correct_option");
const QString kBestIncorrect = QStringLiteral("log_prob_best_incorrect_option");
const QString kMargin = QStringLiteral("log_prob_margin");

QString logProbOf(const QStringList& metrics) {
    for (const QString& m : metrics)
        if (LogProbView::isLogProbMetric(m) && !LogProbView::isOptionMetric(m))
            return m;
    return {};
}

/// A task has multiple-choice option scores when it has the gap and the correct option's
/// log-prob (only examples with option log-probs have them).
bool hasChoiceScores(const QStringList& metrics) {
    return metrics.contains(kMargin) && metrics.contains(kCorrect);
}

QString optionsYLabel() {
    return LogProbView::tr("mean log-prob of the option (nats)");
}

QString marginYLabel() {
    return LogProbView::tr("mean gap, correct − best incorrect (nats)");
}

} // namespace

void LogProbView::relabelFigure(FigureSpec& spec, render::FigureCurves&) {
    // Only the option charts have axis titles of the view's own; the others are laid out.
    for (PanelSpec& p : spec.panels) {
        if (p.yLabel.isEmpty() || p.yLabel == p.query.metric) // titled while laid out
            continue;
        if (p.query.metric == optionsMetric())
            p.yLabel = optionsYLabel();
        else if (p.query.metric == kMargin)
            p.yLabel = marginYLabel();
    }
}

bool LogProbView::isLogProbMetric(const QString& metric) {
    static const QRegularExpression re(
        QStringLiteral("(^|_)(ppl|perplexity|nll|log_?prob|logp|log_?likelihood|loglik|bpb|"
                       "bits_per_byte|word_perplexity)($|_)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(metric).hasMatch();
}

bool LogProbView::isTrainingFamily(const QString& family) {
    return family.endsWith(QLatin1String("(training)"), Qt::CaseInsensitive);
}

bool LogProbView::isOptionMetric(const QString& metric) {
    return metric == kCorrect || metric == kBestIncorrect || metric == kMargin ||
           metric == optionsMetric();
}

std::shared_ptr<const ScoreTable>
LogProbView::withOptionSeries(std::shared_ptr<const ScoreTable> table) {
    if (!table)
        return table;
    const QStringList metrics = table->metrics();
    if (!metrics.contains(kCorrect) && !metrics.contains(kBestIncorrect))
        return table;
    auto out = std::make_shared<ScoreTable>(*table);
    for (qsizetype i = 0; i < table->rowCount(); ++i) {
        ScoreRow r = table->row(i);
        if (r.metric != kCorrect && r.metric != kBestIncorrect)
            continue;
        r.family += r.metric == kCorrect ? correctSuffix() : bestIncorrectSuffix();
        r.metric = optionsMetric();
        out->append(r);
    }
    return out;
}

LogProbView::LogProbView(QWidget* parent)
    : QWidget(parent)
    , m_table(std::make_shared<ScoreTable>())
    , m_panel(new ScalingPanel(this))
    , m_note(new QLabel(this))
    , m_training(new QCheckBox(tr("Show training checkpoints"), this)) {
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_training->setToolTip(tr("Also draw the families of training checkpoints (named “… "
                              "(training)”: one model at several training steps)"));
    m_training->setChecked(false);
    m_panel->setMetricBarVisible(false); // this view picks its metrics itself
    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 0);
    top->addWidget(m_note, 1);
    top->addWidget(m_training, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_panel, 1);
    connect(m_training, &QCheckBox::toggled, this, [this] { refresh(); });
}

void LogProbView::setTable(std::shared_ptr<const ScoreTable> table) {
    m_table = withOptionSeries(table ? std::move(table) : std::make_shared<ScoreTable>());
    m_panel->setTable(m_table);
}

QString LogProbView::noteText() const {
    return m_note->text();
}

void LogProbView::setShowTraining(bool show) {
    m_training->setChecked(show);
}

bool LogProbView::showTraining() const {
    return m_training->isChecked();
}

void LogProbView::follow(const ChartSelection& selection) {
    m_followed = selection;
    refresh();
}

void LogProbView::refresh() {
    const ChartSelection& selection = m_followed;
    ChartSelection s = selection;
    s.metric.clear();
    TaskChoices choices = choicesFor(*m_table, s);

    // Training-checkpoint families of the task shown, hidden unless asked for.
    const auto hide = [this](const TaskChoices& c) {
        QStringList hidden;
        if (!m_training->isChecked())
            for (const QString& f : c.families)
                if (isTrainingFamily(f))
                    hidden << f;
        m_training->setEnabled(!hidden.isEmpty() || m_training->isChecked());
        m_panel->setHiddenFamilies(hidden);
        return hidden;
    };

    QStringList mcTasks;
    for (const QString& task : m_table->tasks())
        if (hasChoiceScores(m_table->metrics(task)))
            mcTasks << task;

    if (hasChoiceScores(choices.metrics)) {
        // The accuracy of the same examples when the scorer gave it, else the task's own.
        QStringList acc;
        for (const QString& m : choices.metrics)
            if (!isLogProbMetric(m) && !isOptionMetric(m) && !m.startsWith(QLatin1String("p_")) &&
                m != QLatin1String("brier"))
                acc << m;
        const QString accuracy = acc.contains(QStringLiteral("multiple_choice_grade"))
                                     ? QStringLiteral("multiple_choice_grade")
                                     : BrowserIndex::preferredMetric(acc);
        QStringList shown;
        if (!accuracy.isEmpty())
            shown << accuracy;
        shown << optionsMetric() << kMargin;
        // Option scores may exist for other shots or prompting than the followed selection.
        if (queryCurves(*m_table, s, kMargin).isEmpty()) {
            for (const auto& shots : choices.shots)
                for (const QString& p : choices.promptings) {
                    ChartSelection t = s;
                    t.shotsChosen = true;
                    t.shots = shots;
                    t.prompting = p;
                    if (queryCurves(*m_table, s, kMargin).isEmpty() &&
                        !queryCurves(*m_table, t, kMargin).isEmpty())
                        s = t;
                }
        }
        s.metric = shown.first();
        hide(choices);
        m_panel->setYLabels({{optionsMetric(), optionsYLabel()}, {kMargin, marginYLabel()}});
        m_panel->setSelection(s);
        m_panel->setSideBySide(true, shown);
        m_note->setText(
            tr("<b>Multiple choice, option by option</b> (log-probabilities in nats, as the model "
               "gives them, not renormalised over the options). %1<b>Middle</b>: the mean "
               "log-probability of the correct option and of the most likely wrong option. "
               "<b>Right</b>: <b>log_prob_margin</b>, the mean per-example gap between them. An "
               "example counts as right when its gap is above zero, so accuracy moves in steps "
               "while the log-probabilities and the gap move gradually.")
                .arg(accuracy.isEmpty()
                         ? QString()
                         : tr("<b>Left</b>: %1, the accuracy (the option with the highest "
                              "log-prob is right). ")
                               .arg(accuracy.toHtmlEscaped())));
        return;
    }
    m_panel->setYLabels({});

    QString lp = logProbOf(choices.metrics);
    QString intro;
    if (lp.isEmpty()) {
        // Fall back to the first task that has a log-probability metric (LAMBADA in Pythia).
        for (const QString& task : m_table->tasks()) {
            const QString m = logProbOf(m_table->metrics(task));
            if (!m.isEmpty()) {
                s = ChartSelection{};
                s.task = task;
                s.axis = selection.axis;
                choices = choicesFor(*m_table, s);
                lp = m;
                break;
            }
        }
        intro = tr("%1 has no log-probability metric; showing %2 instead.")
                    .arg(selection.task.toHtmlEscaped(), s.task.toHtmlEscaped());
    }
    // What the selected task lacks for the option-by-option view, and where to find it.
    const QString mcNote =
        mcTasks.isEmpty()
            ? tr("No task in the data has multiple-choice option scores; the correct vs best "
                 "incorrect option view needs per-example data scored with <tt>emergence score "
                 "--metric multiple_choice_grade,log_prob_correct_option,"
                 "log_prob_best_incorrect_option,log_prob_margin</tt>.")
            : tr("%1 has no multiple-choice option scores; tasks that have them: %2.")
                  .arg(selection.task.toHtmlEscaped(),
                       mcTasks.mid(0, 6).join(QStringLiteral(", ")).toHtmlEscaped());
    if (lp.isEmpty()) {
        m_note->setText(tr("No task in the data has a log-probability metric (perplexity, NLL, "
                           "log-likelihood). Open per-example data with target log-probs.") +
                        QLatin1Char(' ') + mcNote);
        hide({});
        m_panel->setSelection({});
        return;
    }
    QStringList others = choices.metrics;
    others.removeAll(lp);
    QStringList acc;
    for (const QString& m : others)
        if (!isLogProbMetric(m) && !isOptionMetric(m))
            acc << m;
    const QString accuracy = BrowserIndex::preferredMetric(acc);
    s.metric = accuracy.isEmpty() ? lp : accuracy;
    const QStringList hidden = hide(choices);
    m_panel->setSelection(s);
    m_panel->setSideBySide(!accuracy.isEmpty(),
                           accuracy.isEmpty() ? QStringList{lp} : QStringList{accuracy, lp});
    QString text =
        (intro.isEmpty() ? QString() : intro + QLatin1Char(' ')) +
        tr("Left: %1 (all-or-nothing). Right: %2, the model's log-probability of the "
           "right answer (for perplexity, lower is better). Compare the shapes: does the "
           "right-hand curve change more gradually than the left-hand one on these data?")
            .arg(accuracy.isEmpty() ? tr("(no accuracy metric)") : accuracy.toHtmlEscaped(),
                 lp.toHtmlEscaped());
    if (!hidden.isEmpty())
        text +=
            QLatin1Char(' ') +
            (hidden.size() == 1 ? tr("1 training-checkpoint family hidden.")
                                : tr("%1 training-checkpoint families hidden.").arg(hidden.size()));
    m_note->setText(text + QStringLiteral("<br><small>") + mcNote + QStringLiteral("</small>"));
}

} // namespace ee::ui

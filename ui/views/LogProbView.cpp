// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/LogProbView.h"

#include "browser/BrowserIndex.h"
#include "chart/ScalingPanel.h"

#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ee::ui {

bool LogProbView::isLogProbMetric(const QString& metric) {
    static const QRegularExpression re(
        QStringLiteral("(^|_)(ppl|perplexity|nll|log_?prob|logp|log_?likelihood|loglik|bpb|"
                       "bits_per_byte|word_perplexity)($|_)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(metric).hasMatch();
}

LogProbView::LogProbView(QWidget* parent)
    : QWidget(parent)
    , m_table(std::make_shared<ScoreTable>())
    , m_panel(new ScalingPanel(this))
    , m_note(new QLabel(this)) {
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_panel, 1);
}

void LogProbView::setTable(std::shared_ptr<const ScoreTable> table) {
    m_table = table ? std::move(table) : std::make_shared<ScoreTable>();
    m_panel->setTable(m_table);
}

void LogProbView::follow(const ChartSelection& selection) {
    ChartSelection s = selection;
    s.metric.clear();
    TaskChoices choices = choicesFor(*m_table, s);
    const auto logProbOf = [](const QStringList& metrics) {
        for (const QString& m : metrics)
            if (isLogProbMetric(m))
                return m;
        return QString();
    };
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
        intro =
            tr("%1 has no log-probability metric; showing %2 instead.").arg(selection.task, s.task);
    }
    if (lp.isEmpty()) {
        m_note->setText(tr("No task in the data has a log-probability metric (perplexity, NLL, "
                           "log-likelihood). Open per-example data with target log-probs."));
        m_panel->setSelection({});
        return;
    }
    QStringList others = choices.metrics;
    others.removeAll(lp);
    QStringList acc;
    for (const QString& m : others)
        if (!isLogProbMetric(m))
            acc << m;
    const QString accuracy = BrowserIndex::preferredMetric(acc);
    s.metric = accuracy.isEmpty() ? lp : accuracy;
    m_panel->setSelection(s);
    m_panel->setSideBySide(!accuracy.isEmpty(),
                           accuracy.isEmpty() ? QStringList{lp} : QStringList{accuracy, lp});
    m_note->setText(
        (intro.isEmpty() ? QString() : intro + QLatin1Char(' ')) +
        tr("Left: %1 (all-or-nothing). Right: %2, the model's log-probability of the right answer "
           "(for perplexity, lower is better), which changes smoothly with scale. The "
           "correct-vs-best-incorrect option gap needs per-example multiple-choice data.")
            .arg(accuracy.isEmpty() ? tr("(no accuracy metric)") : accuracy, lp));
}

} // namespace ee::ui

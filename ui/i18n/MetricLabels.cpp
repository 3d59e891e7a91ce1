// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/MetricLabels.h"

#include <QCoreApplication>

namespace ee::ui {

namespace {

// The metrics of the bundled data and of the scorer, as lupdate input; the source text is the
// identifier, its translation the label.
[[maybe_unused]] const char* const kMetricNames[] = {
    QT_TRANSLATE_NOOP("MetricNames", "exact_match"),
    QT_TRANSLATE_NOOP("MetricNames", "exact_str_match"),
    QT_TRANSLATE_NOOP("MetricNames", "multiple_choice_grade"),
    QT_TRANSLATE_NOOP("MetricNames", "acc"),
    QT_TRANSLATE_NOOP("MetricNames", "acc_norm"),
    QT_TRANSLATE_NOOP("MetricNames", "score"),
    QT_TRANSLATE_NOOP("MetricNames", "perplexity"),
    QT_TRANSLATE_NOOP("MetricNames", "word_perplexity"),
    QT_TRANSLATE_NOOP("MetricNames", "edit_distance"),
    QT_TRANSLATE_NOOP("MetricNames", "calc_steps_reached"),
    QT_TRANSLATE_NOOP("MetricNames", "log_prob_correct_option"),
    QT_TRANSLATE_NOOP("MetricNames", "log_prob_best_incorrect_option"),
    QT_TRANSLATE_NOOP("MetricNames", "log_prob_margin"),
    QT_TRANSLATE_NOOP("MetricNames", "brier_score"),
};

} // namespace

QString metricWithLabel(const QString& metric) {
    const QString label = QCoreApplication::translate("MetricNames", metric.toUtf8().constData());
    return label == metric ? metric : QStringLiteral("%1（%2）").arg(metric, label);
}

} // namespace ee::ui

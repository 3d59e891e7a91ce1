// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/ExampleScorer.h"
#include "metrics/PairedComparison.h"
#include "model/ScoreTable.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace ee {

/// \brief When one example counts as solved under a metric: value ≥ threshold for metrics
/// where higher is better, value ≤ threshold for distances and the Brier score.
struct SolvedRule {
    double threshold = 1.0;
    bool lowerIsBetter = false;

    /// \brief The default for `metric`: its perfect value (exact match and multiple-choice
    /// grade 1, BLEU 100, ROUGE 1, edit distance, Brier and TER 0); log-likelihoods have none and
    /// get a threshold of 0 (the best possible log-probability), which a user will want to change.
    static SolvedRule perfectFor(const QString& metric);
    bool solved(double value) const {
        return lowerIsBetter ? value <= threshold : value >= threshold;
    }
    QString describe(const QString& metric) const; ///< e.g. "exact_str_match ≥ 1"
};

/// \brief Which instances to show (the instance view's filters, `emergence instances --filter`).
enum class InstanceFilter {
    All,
    SolvedByAll,  ///< every model that has the instance solves it
    SolvedByNone, ///< no model solves it
    Gained,       ///< solved by the larger model of the pair, not by the smaller
    Lost,         ///< solved by the smaller model of the pair, not by the larger (inverse scaling)
    Disagree,     ///< wrong under the metric but near-perfect under the second metric, some model
};
std::optional<InstanceFilter> instanceFilterFromName(const QString& name);
QString instanceFilterName(InstanceFilter f);
QStringList instanceFilterNames();

/// \brief What to build an instance table from.
struct InstanceTableOptions {
    QString task;
    std::optional<QString> subtask; ///< nullopt: every subtask of the task (ids keep their subtask)
    QStringList families;           ///< empty: every family
    std::optional<QString> prompting; ///< nullopt: every prompting style (each its own column)
    QString metric = QStringLiteral("exact_str_match");
    std::optional<SolvedRule> solvedRule; ///< nullopt: SolvedRule::perfectFor(metric)
    QString secondMetric;                 ///< "" = none; for the Disagree filter and a 2nd value
    std::optional<SolvedRule> secondNearPerfect; ///< nullopt: within 10 % of the metric's perfect
    ScoringOptions scoring; ///< tokenizer, post-processing, extraction rule (metrics are set here)
};

/// \brief One model (a column): a group key without subtask, ordered by scale.
struct InstanceModel {
    QString family;
    QString model;
    ModelScale scale;
    std::optional<int> shots;
    QString prompting;
    /// "Llama-2-7b-hf", plus " (5-shot chain-of-thought)" only for what differs between the
    /// table's models (set by InstanceTable::build; fullLabel() until then).
    QString label() const { return displayLabel.isEmpty() ? fullLabel() : displayLabel; }
    QString fullLabel() const; ///< the model with its shots and prompting, always
    QString displayLabel;
};

/// \brief Every instance of one task across models ordered by scale: the per-example view of a
/// scaling curve. Rows are instances (subtask, id), columns are models (smallest first, unknown
/// scales last); each cell is one model's example for that instance, scored under the metric.
///
/// The aggregate accuracy at model c is the share of rows solved at c. Sorting rows by the
/// model at which each is first solved, that accuracy is the cumulative count of first solves
/// exactly when no instance is lost again at a larger model; lostAgainCount() says how far from
/// that the data are, so the histogram is never read as more than it is.
class InstanceTable {
public:
    /// \brief Scores the task's examples (on worker threads, ScoringOptions::threads) and lays
    /// them out. Problems (unknown metric, duplicate ids within one model, no examples) go to
    /// diagnostics(); a duplicate id keeps its first example and names the line of the other.
    static InstanceTable build(const ExampleSet& set, const InstanceTableOptions& options);

    const InstanceTableOptions& options() const { return m_options; }
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    const QList<InstanceModel>& models() const { return m_models; }
    qsizetype rowCount() const { return m_rows.size(); }
    qsizetype modelCount() const { return m_models.size(); }

    QString subtask(qsizetype row) const { return m_rows[row].subtask; }
    QString id(qsizetype row) const { return m_rows[row].id; }
    /// \brief The example of `row` for model `col`; nullptr when that model lacks the instance.
    const Example* example(qsizetype row, qsizetype col) const;
    /// \brief The file the example of `row` for `col` came from.
    QString source(qsizetype row, qsizetype col) const;
    /// \brief The metric's value (nullopt: missing instance or not scorable by the metric).
    std::optional<double> value(qsizetype row, qsizetype col) const;
    std::optional<double> secondValue(qsizetype row, qsizetype col) const;
    std::optional<bool> solved(qsizetype row, qsizetype col) const;
    /// \brief The first model (column) that solves `row`, or -1.
    qsizetype firstSolved(qsizetype row) const { return m_rows[row].firstSolved; }
    /// \brief True when some model solves `row` and a model of strictly larger scale fails it
    /// (another prompting method of the same size does not count).
    bool lostAgain(qsizetype row) const { return m_rows[row].lostAgain; }

    /// \brief Rows passing `filter` (Gained/Lost compare columns `smaller` and `larger`; -1 =
    /// the first and the last model), in table order.
    QList<qsizetype> rows(InstanceFilter filter, qsizetype smaller = -1,
                          qsizetype larger = -1) const;
    /// \brief Rows sorted by first-solving model (never-solved last), ties in table order.
    QList<qsizetype> sortedByFirstSolved(const QList<qsizetype>& rows) const;

    /// \brief How many instances each model solves first ([col]), and how many none solves.
    QList<qsizetype> firstSolvedHistogram() const;
    qsizetype neverSolvedCount() const;
    qsizetype lostAgainCount() const;
    /// \brief Share of the instances model `col` has that it solves (nullopt if it has none).
    std::optional<double> accuracy(qsizetype col) const;
    /// \brief Models `a` and `b` on the instances both have a value for: exact McNemar test
    /// (0/1 metrics) and the paired-bootstrap interval of mean(a) − mean(b), what `emergence
    /// compare` prints for two files.
    PairedComparison comparePair(qsizetype a, qsizetype b,
                                 const BootstrapOptions& bootstrap = {}) const;
    /// \brief The scorer's aggregates behind the table (one per group: model × subtask), for
    /// saving as scores; `source` of each row is the metric's definition string.
    ScoreTable aggregateScores() const;

private:
    struct Cell {
        qsizetype group = -1; ///< index into m_groups
        qsizetype example = -1;
    };
    struct Row {
        QString subtask;
        QString id;
        QList<Cell> cells; ///< one per model
        qsizetype firstSolved = -1;
        bool lostAgain = false;
    };

    InstanceTableOptions m_options;
    SolvedRule m_rule;
    SolvedRule m_secondRule;
    Diagnostics m_diagnostics;
    QList<InstanceModel> m_models;
    QList<ExampleGroup> m_groups; ///< the task's groups (implicitly shared with the set)
    QList<GroupScores> m_scores;  ///< per group, per example (metric, then second metric)
    QList<Row> m_rows;
};

} // namespace ee

// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/InstanceTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ee {

namespace {

// Lower is better and 0 is perfect (TER counts edits per reference word, ×100).
bool isDistance(const QString& metric) {
    return metric.endsWith(QLatin1String("edit_distance")) || metric == QLatin1String("brier") ||
           metric == QLatin1String("ter");
}

/// Metrics on sacreBLEU's 0-100 scale.
// Scored 0–100 (ROUGE too: rouge_score's F × 100, docs/metrics.md).
bool isHundredScale(const QString& metric) {
    return metric == QLatin1String("bleu") || metric.startsWith(QLatin1String("chrf")) ||
           metric.startsWith(QLatin1String("rouge"));
}

/// Near-perfect under a second metric, for the Disagree filter: BLEU, chrF and ROUGE ≥ 90, TER
/// ≤ 10, at most one token or two characters of edit distance; any other metric: its perfect
/// value.
SolvedRule nearPerfectFor(const QString& metric) {
    if (isHundredScale(metric))
        return {90.0, false};
    if (metric == QLatin1String("ter"))
        return {10.0, true};
    if (metric == QLatin1String("token_edit_distance"))
        return {1.0, true};
    if (metric == QLatin1String("char_edit_distance"))
        return {2.0, true};
    return SolvedRule::perfectFor(metric);
}

/// Columns are models without subtask: the same model on several subtasks is one column.
QString modelKey(const ExampleGroupKey& k) {
    return k.family + QChar(0x1f) + k.model + QChar(0x1f) +
           (k.shots ? QString::number(*k.shots) : QString()) + QChar(0x1f) + k.prompting;
}

} // namespace

SolvedRule SolvedRule::perfectFor(const QString& metric) {
    if (isHundredScale(metric))
        return {100.0, false};
    if (isDistance(metric))
        return {0.0, true};
    // Lower is better: a perplexity of 1 and 0 bits (or −ln pass@k of 0) are perfect.
    if (metric.endsWith(QLatin1String("perplexity")))
        return {1.0, true};
    if (metric == QLatin1String("bits_per_byte") || metric.startsWith(QLatin1String("neg_log_")))
        return {0.0, true};
    if (metric.startsWith(QLatin1String("log_likelihood")) ||
        metric.startsWith(QLatin1String("log_prob")))
        return {0.0, false};
    return {1.0, false};
}

QString SolvedRule::describe(const QString& metric) const {
    return QStringLiteral("%1 %2 %3")
        .arg(metric, lowerIsBetter ? QStringLiteral("≤") : QStringLiteral("≥"))
        .arg(threshold);
}

namespace {
struct FilterName {
    InstanceFilter filter;
    const char* name;
};
constexpr FilterName kFilterNames[] = {
    {InstanceFilter::All, "all"},
    {InstanceFilter::SolvedByAll, "solved-by-all"},
    {InstanceFilter::SolvedByNone, "solved-by-none"},
    {InstanceFilter::Gained, "gained"},
    {InstanceFilter::Lost, "inverse"},
    {InstanceFilter::Disagree, "disagree"},
};
} // namespace

std::optional<InstanceFilter> instanceFilterFromName(const QString& name) {
    for (const FilterName& f : kFilterNames)
        if (name == QLatin1String(f.name))
            return f.filter;
    return std::nullopt;
}

QString instanceFilterName(InstanceFilter filter) {
    for (const FilterName& f : kFilterNames)
        if (f.filter == filter)
            return QLatin1String(f.name);
    return {};
}

QStringList instanceFilterNames() {
    QStringList names;
    for (const FilterName& f : kFilterNames)
        names << QLatin1String(f.name);
    return names;
}

QString InstanceModel::fullLabel() const {
    QString text = model.isEmpty() ? family : model;
    QStringList extra;
    if (shots)
        extra << QStringLiteral("%1-shot").arg(*shots);
    if (!prompting.isEmpty())
        extra << prompting;
    return extra.isEmpty()
               ? text
               : text + QStringLiteral(" (") + extra.join(QLatin1Char(' ')) + QLatin1Char(')');
}

InstanceTable InstanceTable::build(const ExampleSet& set, const InstanceTableOptions& options) {
    InstanceTable t;
    t.m_options = options;
    t.m_rule = options.solvedRule.value_or(SolvedRule::perfectFor(options.metric));
    if (!options.secondMetric.isEmpty())
        t.m_secondRule = options.secondNearPerfect.value_or(nearPerfectFor(options.secondMetric));
    for (const QString& m : {options.metric, options.secondMetric})
        if (!m.isEmpty() && !isKnownMetric(m)) {
            t.m_diagnostics.error(
                QString(), 0,
                QCoreApplication::translate("InstanceTable", "unknown metric '%1'").arg(m));
            return t;
        }

    // The task's groups, and the models they belong to.
    ExampleSet selected;
    QHash<QString, qsizetype> modelIndex;
    QList<qsizetype> groupModel;
    for (const ExampleGroup& g : set.groups()) {
        if (g.key.task != options.task || (options.subtask && g.key.subtask != *options.subtask) ||
            (options.prompting && g.key.prompting != *options.prompting) ||
            (!options.families.isEmpty() && !options.families.contains(g.key.family)))
            continue;
        t.m_groups.append(g);
        const QString key = modelKey(g.key);
        auto it = modelIndex.find(key);
        if (it == modelIndex.end()) {
            it = modelIndex.insert(key, t.m_models.size());
            t.m_models.append(
                {g.key.family, g.key.model, g.key.scale, g.key.shots, g.key.prompting, {}});
        } else if (t.m_models[*it].scale.params != g.key.scale.params) {
            t.m_diagnostics.warn(g.source, 0,
                                 QCoreApplication::translate("InstanceTable",
                                                             "%1 has another size in another "
                                                             "file; the first one is used for "
                                                             "ordering")
                                     .arg(g.key.model));
        }
        groupModel.append(*it);
    }
    if (t.m_groups.isEmpty()) {
        t.m_diagnostics.error(
            QString(), 0,
            (options.subtask
                 ? QCoreApplication::translate("InstanceTable",
                                               "no per-example records of task '%1', subtask '%2'")
                       .arg(options.task, *options.subtask)
                 : QCoreApplication::translate("InstanceTable",
                                               "no per-example records of task '%1'")
                       .arg(options.task)));
        return t;
    }

    // Order models by scale (unknown last, then by name): the instance view reads left to right
    // as the scaling curve does.
    QList<qsizetype> order(t.m_models.size());
    std::iota(order.begin(), order.end(), 0);
    const auto scaleOf = [&](qsizetype i) {
        return t.m_models[i].scale.params.value_or(std::numeric_limits<double>::infinity());
    };
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (scaleOf(a) != scaleOf(b))
            return scaleOf(a) < scaleOf(b);
        return t.m_models[a].fullLabel() < t.m_models[b].fullLabel();
    });
    QList<qsizetype> columnOf(order.size());
    QList<InstanceModel> sorted;
    for (qsizetype c = 0; c < order.size(); ++c) {
        columnOf[order[c]] = c;
        sorted.append(t.m_models[order[c]]);
    }
    t.m_models = sorted;
    // Short labels: name the shots and prompting only where the models differ in them.
    QSet<QString> shotsSeen, promptingSeen, labels;
    for (const InstanceModel& m : t.m_models) {
        shotsSeen.insert(m.shots ? QString::number(*m.shots) : QString());
        promptingSeen.insert(m.prompting);
    }
    for (InstanceModel& m : t.m_models) {
        InstanceModel shown = m;
        if (shotsSeen.size() < 2)
            shown.shots.reset();
        if (promptingSeen.size() < 2)
            shown.prompting.clear();
        m.displayLabel = shown.fullLabel();
        labels.insert(m.displayLabel);
    }
    if (labels.size() < t.m_models.size()) // two columns would look the same: say everything
        for (InstanceModel& m : t.m_models)
            m.displayLabel = m.fullLabel();

    // Score every example of the task: the metric, then the second metric.
    // The group is found once, not per example (finding it builds and hashes its key).
    for (const ExampleGroup& g : t.m_groups) {
        const qsizetype into = selected.groupIndex(g.key, g.source);
        for (const Example& e : g.examples)
            selected.addTo(into, e);
    }
    ScoringOptions so = options.scoring;
    so.metrics = {options.metric};
    if (!options.secondMetric.isEmpty() && options.secondMetric != options.metric)
        so.metrics << options.secondMetric;
    so.perExample = true;
    so.bootstrap.resamples = 0;
    ScoreResult scored = scoreExamples(selected, so);
    t.m_diagnostics.append(scored.diagnostics);
    // scoreExamples keeps group order; selected merged nothing (keys were already distinct).
    t.m_scores = scored.groups;

    // Rows: (subtask, id), first seen order. Ids are looked up among their subtask's (a group
    // has one subtask), so no key string is built per example.
    QHash<QString, QHash<QString, qsizetype>> rowIndex;
    const qsizetype nModels = t.m_models.size();
    for (qsizetype gi = 0; gi < t.m_groups.size(); ++gi) {
        const ExampleGroup& g = t.m_groups[gi];
        const qsizetype col = columnOf[groupModel[gi]];
        QHash<QString, qsizetype>& ids = rowIndex[g.key.subtask];
        ids.reserve(g.examples.size());
        for (qsizetype ei = 0; ei < g.examples.size(); ++ei) {
            const Example& e = g.examples[ei];
            const QString id = e.id.isEmpty() ? QStringLiteral("#%1").arg(ei + 1) : e.id;
            auto it = ids.find(id);
            if (it == ids.end()) {
                it = ids.insert(id, t.m_rows.size());
                Row r;
                r.subtask = g.key.subtask;
                r.id = id;
                r.cells.resize(nModels);
                t.m_rows.append(r);
            }
            Cell& cell = t.m_rows[*it].cells[col];
            if (cell.group >= 0) {
                const Example& first = t.m_groups[cell.group].examples[cell.example];
                t.m_diagnostics.warn(g.source, e.line,
                                     QCoreApplication::translate("InstanceTable",
                                                                 "instance '%1' of %2 appears "
                                                                 "again (first at line %3); the "
                                                                 "instance table uses the first")
                                         .arg(id, t.m_models[col].label())
                                         .arg(first.line));
                continue;
            }
            cell = {gi, ei};
        }
    }
    // "Lost again" needs a strictly larger model: two prompting methods of one size (GSM8K's
    // 6B finetuned and verified) are not a scale step. Unknown sizes sort last and count as
    // larger than every known one.
    const auto larger = [&](qsizetype a, qsizetype b) { // is column a larger than column b?
        const auto pa = t.m_models[a].scale.params, pb = t.m_models[b].scale.params;
        if (pa && pb)
            return *pa > *pb;
        return a > b && !(pa && !pb);
    };
    for (qsizetype ri = 0; ri < t.m_rows.size(); ++ri) {
        Row& r = t.m_rows[ri];
        QList<qsizetype> solvedAt;
        for (qsizetype c = 0; c < nModels; ++c) {
            const auto s = t.solved(ri, c);
            if (!s)
                continue;
            if (*s) {
                if (r.firstSolved < 0)
                    r.firstSolved = c;
                solvedAt << c;
            } else if (!r.lostAgain) {
                for (const qsizetype earlier : solvedAt)
                    r.lostAgain = r.lostAgain || larger(c, earlier);
            }
        }
    }
    return t;
}

const Example* InstanceTable::example(qsizetype row, qsizetype col) const {
    const Cell& c = m_rows[row].cells[col];
    return c.group < 0 ? nullptr : &m_groups[c.group].examples[c.example];
}

QString InstanceTable::source(qsizetype row, qsizetype col) const {
    const Cell& c = m_rows[row].cells[col];
    return c.group < 0 ? QString() : m_groups[c.group].source;
}

std::optional<double> InstanceTable::value(qsizetype row, qsizetype col) const {
    const Cell& c = m_rows[row].cells[col];
    if (c.group < 0 || m_scores[c.group].perExample.isEmpty())
        return std::nullopt;
    const auto v = m_scores[c.group].perExample[0][c.example];
    return v && std::isfinite(*v) ? v : std::nullopt;
}

std::optional<double> InstanceTable::secondValue(qsizetype row, qsizetype col) const {
    if (m_options.secondMetric.isEmpty())
        return std::nullopt;
    if (m_options.secondMetric == m_options.metric)
        return value(row, col);
    const Cell& c = m_rows[row].cells[col];
    if (c.group < 0 || m_scores[c.group].perExample.size() < 2)
        return std::nullopt;
    const auto v = m_scores[c.group].perExample[1][c.example];
    return v && std::isfinite(*v) ? v : std::nullopt;
}

std::optional<bool> InstanceTable::solved(qsizetype row, qsizetype col) const {
    const auto v = value(row, col);
    if (!v)
        return std::nullopt;
    return m_rule.solved(*v);
}

QList<qsizetype> InstanceTable::rows(InstanceFilter filter, qsizetype smaller,
                                     qsizetype larger) const {
    const qsizetype n = m_models.size();
    if (smaller < 0 || smaller >= n)
        smaller = 0;
    if (larger < 0 || larger >= n)
        larger = n - 1;
    QList<qsizetype> out;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        bool keep = true;
        switch (filter) {
        case InstanceFilter::All:
            break;
        case InstanceFilter::SolvedByAll:
        case InstanceFilter::SolvedByNone: {
            bool any = false, all = true, scored = false;
            for (qsizetype c = 0; c < n; ++c)
                if (const auto s = solved(r, c)) {
                    scored = true;
                    any = any || *s;
                    all = all && *s;
                }
            keep = scored && (filter == InstanceFilter::SolvedByAll ? all : !any);
            break;
        }
        case InstanceFilter::Gained:
        case InstanceFilter::Lost: {
            const auto a = solved(r, smaller);
            const auto b = solved(r, larger);
            keep = a && b && (filter == InstanceFilter::Gained ? (!*a && *b) : (*a && !*b));
            break;
        }
        case InstanceFilter::Disagree: {
            keep = false;
            for (qsizetype c = 0; c < n && !keep; ++c) {
                const auto s = solved(r, c);
                const auto v2 = secondValue(r, c);
                keep = s && !*s && v2 && m_secondRule.solved(*v2);
            }
            break;
        }
        }
        if (keep)
            out.append(r);
    }
    return out;
}

QList<qsizetype> InstanceTable::sortedByFirstSolved(const QList<qsizetype>& rows) const {
    QList<qsizetype> out = rows;
    const auto key = [&](qsizetype r) {
        return m_rows[r].firstSolved < 0 ? m_models.size() : m_rows[r].firstSolved;
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](qsizetype a, qsizetype b) { return key(a) < key(b); });
    return out;
}

QList<qsizetype> InstanceTable::firstSolvedHistogram() const {
    QList<qsizetype> h(m_models.size(), 0);
    for (const Row& r : m_rows)
        if (r.firstSolved >= 0)
            ++h[r.firstSolved];
    return h;
}

qsizetype InstanceTable::neverSolvedCount() const {
    return std::count_if(m_rows.begin(), m_rows.end(),
                         [](const Row& r) { return r.firstSolved < 0; });
}

qsizetype InstanceTable::lostAgainCount() const {
    return std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.lostAgain; });
}

std::optional<double> InstanceTable::accuracy(qsizetype col) const {
    qsizetype n = 0, k = 0;
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        if (const auto s = solved(r, col)) {
            ++n;
            k += *s ? 1 : 0;
        }
    if (n == 0)
        return std::nullopt;
    return static_cast<double>(k) / static_cast<double>(n);
}

PairedComparison InstanceTable::comparePair(qsizetype a, qsizetype b,
                                            const BootstrapOptions& bootstrap) const {
    std::vector<double> va, vb;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const std::optional<double> x = value(r, a), y = value(r, b);
        if (x && y) {
            va.push_back(*x);
            vb.push_back(*y);
        }
    }
    return comparePaired(va, vb, bootstrap);
}

ScoreTable InstanceTable::aggregateScores() const {
    ScoreTable table;
    ScoreResult result;
    result.groups = m_scores;
    // Each row's source is its metric's definition: the reference and every option that
    // changes the numbers (the sacreBLEU signature, post-processing, …).
    appendScoreRows(result, table, QString());
    return table;
}

} // namespace ee

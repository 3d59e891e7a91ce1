// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ScoreTable.h"

#include "platform/ParallelJobs.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace ee {

namespace {

QStringList sortedUnique(QSet<QString> set) {
    QStringList list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

bool CurveFilter::matches(const CurveKey& key) const {
    if (!task.isEmpty() && key.task != task)
        return false;
    if (subtask && key.subtask != *subtask)
        return false;
    if (!metric.isEmpty() && key.metric != metric)
        return false;
    if (!families.isEmpty() && !families.contains(key.family))
        return false;
    if (shots && key.shots != shots)
        return false;
    if (!prompting.isEmpty() && key.prompting != prompting)
        return false;
    if (!source.isEmpty() && key.source != source)
        return false;
    return true;
}

ScoreTable::ScoreTable() = default;

void ScoreTable::reserve(qsizetype rows) {
    const auto n = static_cast<std::size_t>(rows);
    for (auto* column : {&m_source, &m_input, &m_task, &m_subtask, &m_family, &m_modelEntry,
                         &m_prompting, &m_metric})
        column->reserve(n);
    m_shots.reserve(n);
    m_value.reserve(n);
    for (auto* column : {&m_stderr, &m_ciLow, &m_ciHigh, &m_low, &m_high})
        column->reserve(n);
    m_n.reserve(n);
}

void ScoreTable::clearKeepingMemory() {
    m_curveIndex.invalidate();
    m_strings = StringPool();
    m_models.clear();
    m_modelIds.clear();
    m_lastModel.reset();
    for (auto* column : {&m_source, &m_input, &m_task, &m_subtask, &m_family, &m_modelEntry,
                         &m_prompting, &m_metric})
        column->clear();
    m_shots.clear();
    m_value.clear();
    for (auto* column : {&m_stderr, &m_ciLow, &m_ciHigh, &m_low, &m_high})
        column->clear();
    m_n.clear();
}

ScoreTable::Id ScoreTable::modelEntryFor(Id family, Id model, const ModelScale& scale) {
    if (m_lastModel && m_lastModel->family == family && m_lastModel->model == model &&
        m_lastModel->scale == scale)
        return m_lastModel->entry;
    const ModelKey key{family,       model,      scale.params, scale.nonEmbeddingParams,
                       scale.tokens, scale.flops};
    const auto it = m_modelIds.constFind(key);
    Id id;
    if (it != m_modelIds.constEnd()) {
        id = it.value();
    } else {
        id = static_cast<Id>(m_models.size());
        m_models.push_back({family, model, scale});
        m_modelIds.insert(key, id);
    }
    m_lastModel = LastModel{family, model, id, scale};
    return id;
}

void ScoreTable::append(const ScoreRow& r) {
    InternedRow ir;
    ir.source = m_strings.intern(r.source);
    ir.input = m_strings.intern(r.input);
    ir.task = m_strings.intern(r.task);
    ir.subtask = m_strings.intern(r.subtask);
    ir.family = m_strings.intern(r.family);
    ir.model = m_strings.intern(r.model);
    ir.prompting = m_strings.intern(r.prompting);
    ir.metric = m_strings.intern(r.metric);
    ir.scale = r.scale;
    ir.shots = r.shots;
    ir.value = r.value;
    ir.stderr_ = r.stderr_;
    ir.ciLow = r.ciLow;
    ir.ciHigh = r.ciHigh;
    ir.n = r.n;
    ir.low = r.low;
    ir.high = r.high;
    append(ir);
}

// Flattened: importers call this once per row, and left to itself the compiler kept a call per
// column (nine vector pushes, six optional columns), a third of the cost of loading a row.
[[gnu::flatten]] void ScoreTable::append(const InternedRow& r) {
    m_curveIndex.invalidate();
    const std::size_t i = m_value.size();
    const std::size_t count = i + 1;
    const KeyIds key{r.input,
                     r.task,
                     r.subtask,
                     r.metric,
                     r.family,
                     r.prompting,
                     r.shots ? static_cast<std::int16_t>(*r.shots) : kUnknownShots};
    m_source.push_back(r.source);
    m_input.push_back(key.input);
    m_task.push_back(key.task);
    m_subtask.push_back(key.subtask);
    m_family.push_back(key.family);
    m_modelEntry.push_back(r.modelEntry ? *r.modelEntry
                                        : modelEntryFor(key.family, r.model, r.scale));
    m_prompting.push_back(key.prompting);
    m_metric.push_back(key.metric);
    m_shots.push_back(key.shots);
    m_value.push_back(r.value);
    m_stderr.append(count, r.stderr_);
    m_ciLow.append(count, r.ciLow);
    m_ciHigh.append(count, r.ciHigh);
    m_low.append(count, r.low);
    m_high.append(count, r.high);
    m_n.append(count, r.n);
}

const CurveIndex& ScoreTable::index() const {
    return m_curveIndex.get([this] {
        return CurveIndex::build(
            {m_input, m_task, m_subtask, m_metric, m_family, m_prompting, m_shots, m_source});
    });
}

ScoreRow ScoreTable::row(qsizetype index) const {
    const auto i = static_cast<std::size_t>(index);
    const ModelEntry& m = m_models[m_modelEntry[i]];
    ScoreRow r;
    r.source = m_strings.at(m_source[i]);
    r.input = m_strings.at(m_input[i]);
    r.task = m_strings.at(m_task[i]);
    r.subtask = m_strings.at(m_subtask[i]);
    r.family = m_strings.at(m_family[i]);
    r.model = m_strings.at(m.model);
    r.scale = m.scale;
    if (m_shots[i] != kUnknownShots)
        r.shots = m_shots[i];
    r.prompting = m_strings.at(m_prompting[i]);
    r.metric = m_strings.at(m_metric[i]);
    r.value = m_value[i];
    r.stderr_ = m_stderr.get(i);
    r.ciLow = m_ciLow.get(i);
    r.ciHigh = m_ciHigh.get(i);
    r.n = m_n.get(i);
    r.low = m_low.get(i);
    r.high = m_high.get(i);
    return r;
}

QStringList ScoreTable::sources() const {
    QSet<Id> ids(m_source.begin(), m_source.end());
    QSet<QString> names;
    for (Id id : ids)
        names.insert(m_strings.at(id));
    return sortedUnique(names);
}

QStringList ScoreTable::inputs() const {
    QSet<QString> names;
    for (Id id : index().inputs())
        names.insert(m_strings.at(id));
    return sortedUnique(names);
}

void ScoreTable::setInput(qsizetype fromRow, const QString& input) {
    const auto from = static_cast<std::size_t>(std::max<qsizetype>(fromRow, 0));
    if (from >= m_input.size())
        return;
    m_curveIndex.invalidate();
    const Id id = m_strings.intern(input);
    std::fill(m_input.begin() + std::ptrdiff_t(from), m_input.end(), id);
}

QStringList ScoreTable::tasks() const {
    QSet<Id> ids;
    for (const KeyIds& k : index().keys())
        ids.insert(k.task);
    QSet<QString> names;
    for (Id id : ids)
        names.insert(m_strings.at(id));
    return sortedUnique(names);
}

QStringList ScoreTable::subtasks(const QString& task) const {
    const auto taskId = m_strings.find(task);
    QSet<QString> names;
    if (!taskId)
        return {};
    for (const KeyIds& k : index().keys())
        if (k.task == *taskId)
            names.insert(m_strings.at(k.subtask));
    return sortedUnique(names);
}

QStringList ScoreTable::namesOf(const QString& task, Id CurveKeyIds::*field) const {
    const auto taskId = m_strings.find(task);
    if (!task.isEmpty() && !taskId)
        return {};
    QSet<Id> ids;
    for (const KeyIds& k : index().keys())
        if (task.isEmpty() || k.task == *taskId)
            ids.insert(k.*field);
    QSet<QString> names;
    for (Id id : ids)
        names.insert(m_strings.at(id));
    return sortedUnique(names);
}

QStringList ScoreTable::metrics(const QString& task) const {
    return namesOf(task, &CurveKeyIds::metric);
}

QStringList ScoreTable::families(const QString& task) const {
    return namesOf(task, &CurveKeyIds::family);
}

QStringList ScoreTable::promptings(const QString& task) const {
    return namesOf(task, &CurveKeyIds::prompting);
}

QList<ScoreTable::FamilyScoresOnChart> ScoreTable::familyScoresByChart() const {
    const CurveIndex& curves = index();
    // A chart is a curve key without its family.
    QList<CurveKeyIds> charts;
    QList<QHash<Id, qsizetype>> ids;
    QHash<QByteArray, qsizetype> chartOf;
    for (std::size_t c = 0; c < curves.curveCount(); ++c) {
        CurveKeyIds noFamily = curves.key(c);
        noFamily.family = 0;
        QByteArray key;
        for (const auto id :
             {qint64(noFamily.input), qint64(noFamily.task), qint64(noFamily.subtask),
              qint64(noFamily.metric), qint64(noFamily.prompting), qint64(noFamily.shots)})
            key += QByteArray::number(id) + '/';
        auto it = chartOf.constFind(key);
        if (it == chartOf.cend()) {
            it = chartOf.insert(key, charts.size());
            charts.append(noFamily);
            ids.emplaceBack();
        }
        const auto [begin, end] = curves.rows(c);
        ids[*it][curves.key(c).family] += end - begin;
    }
    QList<FamilyScoresOnChart> out;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        FamilyScoresOnChart chart;
        chart.task = m_strings.at(charts[i].task);
        for (auto f = ids[i].cbegin(); f != ids[i].cend(); ++f)
            chart.families.insert(m_strings.at(f.key()), *f);
        out.append(std::move(chart));
    }
    return out;
}

qsizetype ScoreTable::modelCount() const {
    QSet<QPair<Id, Id>> pairs;
    for (const ModelEntry& m : m_models)
        pairs.insert({m.family, m.model});
    return pairs.size();
}

qsizetype ScoreTable::subtaskCount() const {
    QSet<QPair<Id, Id>> pairs;
    for (const KeyIds& k : index().keys())
        if (k.subtask != 0)
            pairs.insert({k.task, k.subtask});
    return pairs.size();
}

QList<QList<qsizetype>> ScoreTable::duplicateKeys(int threads) const {
    // Within one curve, rows of the same source and model share the full key. Sorting
    // (source, model, row) triples finds them without a hash per row (loading calls this on
    // every table, so it must stay cheap for hundreds of thousands of rows).
    // One sequential pass packs (source, model) per row, so the per-curve loop below reads
    // one array at scattered rows instead of three.
    Column<std::uint64_t> sourceModel(m_value.size());
    for (std::size_t i = 0; i < sourceModel.size(); ++i)
        sourceModel[i] = (std::uint64_t(m_source[i]) << 32) | m_models[m_modelEntry[i]].model;
    const CurveIndex& curves = index();
    // Curves are independent: each thread takes a contiguous range of them.
    const std::size_t parts =
        std::clamp<std::size_t>(std::size_t(std::max(threads, 1)), 1, curves.curveCount() + 1);
    std::vector<QList<QList<qsizetype>>> found(parts);
    auto scan = [&](std::size_t part) {
        std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
        const std::size_t from = curves.curveCount() * part / parts;
        const std::size_t to = curves.curveCount() * (part + 1) / parts;
        for (std::size_t c = from; c < to; ++c) {
            const auto [begin, end] = curves.rows(c);
            if (end - begin < 2)
                continue;
            // A curve's rows are in row order, and loaders intern a file's name when they
            // reach it, so along a curve the (source, model) keys usually rise, or rise from
            // where a chunk of files began in the middle of a folder and then once more from
            // its start. Either way they are all different (the two rising runs do not
            // overlap when the last key is below the first), and no sort is needed; the sort
            // was most of this check's time.
            std::size_t falls = 0;
            for (const std::uint32_t* row = begin + 1; row != end && falls < 2; ++row)
                falls += sourceModel[*row] <= sourceModel[*(row - 1)] ? 1 : 0;
            if (falls == 0 || (falls == 1 && sourceModel[*(end - 1)] < sourceModel[*begin]))
                continue;
            keyed.clear();
            for (const std::uint32_t* row = begin; row != end; ++row)
                keyed.emplace_back(sourceModel[*row], *row);
            std::sort(keyed.begin(), keyed.end());
            for (std::size_t a = 0; a < keyed.size();) {
                std::size_t b = a + 1;
                while (b < keyed.size() && keyed[b].first == keyed[a].first)
                    ++b;
                if (b - a >= 2) {
                    const double first = m_value[keyed[a].second];
                    bool differ = false;
                    for (std::size_t k = a + 1; k < b; ++k)
                        differ = differ || m_value[keyed[k].second] != first;
                    if (differ) {
                        QList<qsizetype> group;
                        for (std::size_t k = a; k < b; ++k)
                            group.append(static_cast<qsizetype>(keyed[k].second));
                        found[part].append(group);
                    }
                }
                a = b;
            }
        }
    };
    runOnThreads(int(parts), [&scan](int part) { scan(std::size_t(part)); });
    QList<QList<qsizetype>> groups;
    for (const auto& f : found)
        groups.append(f);
    std::sort(groups.begin(), groups.end(),
              [](const auto& a, const auto& b) { return a.first() < b.first(); });
    return groups;
}

qsizetype ScoreTable::memoryBytes() const {
    std::size_t bytes = 0;
    for (const auto* column : {&m_source, &m_input, &m_task, &m_subtask, &m_family, &m_modelEntry,
                               &m_prompting, &m_metric})
        bytes += column->capacity() * sizeof(Id);
    bytes += m_shots.capacity() * sizeof(std::int16_t) + m_value.capacity() * sizeof(double);
    for (const auto* column : {&m_stderr, &m_ciLow, &m_ciHigh, &m_low, &m_high})
        bytes += column->memoryBytes();
    bytes += m_n.memoryBytes();
    bytes += index().memoryBytes();
    bytes += m_models.capacity() * sizeof(ModelEntry);
    return static_cast<qsizetype>(bytes);
}

} // namespace ee

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Curve.h"
#include "model/CurveIndex.h"
#include "model/OptionalColumn.h"
#include "model/ScoreRow.h"
#include "model/StringPool.h"

#include <QHash>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace ee {

/// \brief A partial curve selection: empty / unset members match anything.
struct CurveFilter {
    QString task;
    std::optional<QString> subtask; ///< set to "" to ask for the task-level rows only
    QString metric;
    QStringList families; ///< empty = all
    std::optional<int> shots;
    QString prompting;
    QString source; ///< one input (CurveKey::source); empty = every input
    /// When set, curves of different inputs with the same task, subtask, metric, family, shots
    /// and prompting are pooled into one (its key's source is empty); otherwise never.
    bool poolSources = false;

    bool matches(const CurveKey& key) const;
};

/// \brief All scores of a session in a compact column store.
///
/// Strings are interned (rows hold 32-bit ids), a model's scale is stored once per
/// (family, model, scale), optional columns take no memory until some row has a value, and an
/// index from curve key to rows makes curve queries lookups rather than scans. Rows keep the
/// order in which they were appended. The curve index is built on the first query after rows
/// were added (see CurveIndex), so bulk loading only appends to columns.
class ScoreTable {
public:
    ScoreTable();

    /// \brief Appends one score. Duplicated keys are kept (see duplicateKeys()).
    void append(const ScoreRow& row);
    /// \brief Appends every row of `other`, in order. Strings and models are mapped once per
    /// distinct value of `other`, not once per row, so merging many per-file tables is cheap.
    void append(const ScoreTable& other);
    /// \brief Builds the curve index now; queries otherwise build it on first use. A loader
    /// calls it on each part's worker thread so that OrderedTableMerge only merges indexes.
    void buildIndex() const { index(); }

    /// \brief A row whose strings are ids from intern() on this same table (bulk importers).
    struct InternedRow {
        StringPool::Id source = 0, input = 0, task = 0, subtask = 0, family = 0, model = 0,
                       prompting = 0, metric = 0;
        ModelScale scale;
        std::optional<int> shots; ///< unknown when empty; must fit in 0..32767
        double value = 0.0;
        std::optional<double> stderr_, ciLow, ciHigh;
        std::optional<qint64> n;
        std::optional<double> low, high;
        /// \brief When set, modelEntry(family, model, scale) of this row, looked up once by an
        /// importer whose rows all share one model (it is not checked against the fields).
        std::optional<StringPool::Id> modelEntry;
    };
    /// \brief The id of `s` in this table's string pool, for InternedRow. An importer that
    /// appends many rows interns each distinct name once instead of hashing it on every row.
    StringPool::Id intern(const QString& s) { return m_strings.intern(s); }
    /// \brief intern() of the text whose UTF-8 bytes are `utf8` (see StringPool).
    StringPool::Id intern(std::string_view utf8) { return m_strings.intern(utf8); }
    /// \brief The table's entry for a model (added when new), for InternedRow::modelEntry.
    StringPool::Id modelEntry(StringPool::Id family, StringPool::Id model,
                              const ModelScale& scale) {
        return modelEntryFor(family, model, scale);
    }
    /// \brief Same as append(const ScoreRow&) for a row given by interned ids.
    void append(const InternedRow& row);
    /// \brief Room for `rows` rows in every column in use, so appends do not regrow them.
    void reserve(qsizetype rows);

    qsizetype rowCount() const { return static_cast<qsizetype>(m_value.size()); }
    bool isEmpty() const { return m_value.empty(); }
    /// \brief Row `i` as a value (0 ≤ i < rowCount()).
    ScoreRow row(qsizetype i) const;

    /// \brief Where the rows were published (ScoreRow::source), sorted.
    QStringList sources() const;
    /// \brief The inputs the rows were loaded from (ScoreRow::input): the curves' sources.
    QStringList inputs() const;
    /// \brief Names rows `fromRow`… (to the end) as loaded from `input` (DataLoader, after
    /// reading one file of that input).
    void setInput(qsizetype fromRow, const QString& input);
    QStringList tasks() const;
    /// \brief Subtasks of `task` (the empty string, when present, stands for the task itself).
    QStringList subtasks(const QString& task) const;
    /// \brief Metrics, of one task when `task` is given.
    QStringList metrics(const QString& task = {}) const;
    /// \brief Families, of one task when `task` is given.
    QStringList families(const QString& task = {}) const;
    /// \brief Prompting styles, of one task when `task` is given.
    QStringList promptings(const QString& task = {}) const;
    /// \brief One chart's families: those with scores for one task, subtask, metric, number of
    /// shots and prompting style, and how many scores each has there.
    struct FamilyScoresOnChart {
        QString task;
        QHash<QString, qsizetype> families;
    };
    /// \brief Every chart the data can draw (one pass over the curve index): how much data a
    /// family brings, and which families are drawn together.
    QList<FamilyScoresOnChart> familyScoresByChart() const;
    /// \brief Distinct (family, model) pairs.
    qsizetype modelCount() const;
    /// \brief Distinct (task, subtask) pairs with a non-empty subtask.
    qsizetype subtaskCount() const;

    /// \brief Every curve key present, in a stable order (task, subtask, metric, family, …).
    QList<CurveKey> curveKeys(const CurveFilter& filter = {}) const;
    /// \brief The curve for `key` against `axis`; empty points if the key is absent. A key
    /// without a source stands for every source: their curves pooled (with one source, its
    /// curve), as pooledCurve().
    Curve curve(const CurveKey& key, ScaleAxis axis) const;
    /// \brief The points of every input's curve with `key`'s other fields, as one curve whose
    /// source is empty (the "pool sources" option; chance levels kept when all agree).
    Curve pooledCurve(const CurveKey& key, ScaleAxis axis) const;
    /// \brief All curves matching `filter`.
    QList<Curve> curves(const CurveFilter& filter, ScaleAxis axis) const;

    /// \brief Groups of rows sharing a full key (source … metric, same model) with differing
    /// values. Each group lists row indices in append order; groups are ordered by their first
    /// row. `threads` > 1 splits the curves between that many threads (same result).
    QList<QList<qsizetype>> duplicateKeys(int threads = 1) const;

    /// \brief Approximate heap bytes used by the rows and index (for the compactness benchmark).
    qsizetype memoryBytes() const;

private:
    friend class OrderedTableMerge;
    using Id = StringPool::Id;
    static constexpr std::int16_t kUnknownShots = INT16_MIN;

    /// Every row, string and model removed, the columns' memory kept for refilling.
    void clearKeepingMemory();
    std::size_t rowCapacity() const { return m_value.capacity(); }

    struct ModelEntry {
        Id family;
        Id model;
        ModelScale scale;
    };
    using KeyIds = CurveKeyIds;
    struct ModelKey {
        Id family, model;
        std::optional<double> p, ne, t, f;
        bool operator==(const ModelKey&) const = default;
    };
    friend size_t qHash(const ModelKey& k, size_t seed) noexcept {
        return qHashMulti(seed, k.family, k.model, k.p.value_or(-1), k.ne.value_or(-1),
                          k.t.value_or(-1), k.f.value_or(-1));
    }

    Id modelEntryFor(Id family, Id model, const ModelScale& scale);
    /// The ids of `other`'s strings and model entries in this table, adding those missing.
    struct IdMaps {
        std::vector<Id> strings, models;
    };
    IdMaps mapIdsOf(const ScoreTable& other);
    /// append(other), returning how other's ids map into this table.
    IdMaps appendMapped(const ScoreTable& other);
    CurveKey keyFromIds(const KeyIds& ids) const;
    /// Every key matching `filter`, sources kept, in curveKeys() order.
    QList<CurveKey> matchingKeys(const CurveFilter& filter) const;
    /// Whether two keys are equal but for their source.
    static bool samePooledKey(const CurveKey& a, const CurveKey& b);
    /// The curve of exactly `key`, its source included (an empty source is a source too).
    Curve curveOf(const CurveKey& key, ScaleAxis axis) const;
    /// One curve of the points of `parts` (keys equal but for their source).
    Curve pool(const QList<CurveKey>& parts, ScaleAxis axis) const;
    std::optional<KeyIds> idsFromKey(const CurveKey& key) const;
    std::vector<KeyIds> sortedKeys() const;
    /// Distinct names in one key field of the curves (of `task` when given), sorted.
    QStringList namesOf(const QString& task, Id CurveKeyIds::*field) const;
    const CurveIndex& index() const;

    StringPool m_strings;
    std::vector<ModelEntry> m_models;
    QHash<ModelKey, Id> m_modelIds;
    /// Rows come in runs of one model: the last model's entry skips building and hashing a key.
    struct LastModel {
        Id family, model, entry;
        ModelScale scale;
    };
    std::optional<LastModel> m_lastModel;

    Column<Id> m_source, m_input, m_task, m_subtask, m_family, m_modelEntry, m_prompting, m_metric;
    Column<std::int16_t> m_shots;
    Column<double> m_value;
    OptionalColumn<double> m_stderr, m_ciLow, m_ciHigh, m_low, m_high;
    OptionalColumn<qint64> m_n;

    LazyCurveIndex m_curveIndex;
};

} // namespace ee

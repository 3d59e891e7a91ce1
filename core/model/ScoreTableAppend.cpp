// SPDX-License-Identifier: GPL-3.0-or-later
// Appending one table to another: the string and model maps between them, then the columns.
#include "model/ScoreTable.h"

namespace ee {

ScoreTable::IdMaps ScoreTable::mapIdsOf(const ScoreTable& other) {
    // Each distinct string and model of `other` is mapped once; rows then copy ids through
    // the maps.
    IdMaps maps;
    maps.strings.resize(static_cast<std::size_t>(other.m_strings.size()));
    for (qsizetype s = 0; s < other.m_strings.size(); ++s)
        maps.strings[static_cast<std::size_t>(s)] = m_strings.intern(other.m_strings.at(Id(s)));
    maps.models.resize(other.m_models.size());
    for (std::size_t m = 0; m < other.m_models.size(); ++m) {
        const ModelEntry& e = other.m_models[m];
        maps.models[m] = modelEntryFor(maps.strings[e.family], maps.strings[e.model], e.scale);
    }
    return maps;
}

void ScoreTable::append(const ScoreTable& other) {
    if (!other.isEmpty())
        appendMapped(other);
}

ScoreTable::IdMaps ScoreTable::appendMapped(const ScoreTable& other) {
    m_curveIndex.invalidate();
    IdMaps maps = mapIdsOf(other);
    const std::vector<Id>& strings = maps.strings;
    const std::vector<Id>& models = maps.models;
    const std::size_t base = m_value.size();
    const std::size_t n = other.m_value.size();
    auto mapInto = [n](Column<Id>& to, const Column<Id>& from, const std::vector<Id>& map) {
        const std::size_t at = to.size();
        to.resize(at + n);
        Id* out = to.data() + at;
        for (std::size_t i = 0; i < n; ++i)
            out[i] = map[from[i]];
    };
    auto copyIds = [&](Column<Id>& to, const Column<Id>& from) { mapInto(to, from, strings); };
    copyIds(m_source, other.m_source);
    copyIds(m_input, other.m_input);
    copyIds(m_task, other.m_task);
    copyIds(m_subtask, other.m_subtask);
    copyIds(m_family, other.m_family);
    copyIds(m_prompting, other.m_prompting);
    copyIds(m_metric, other.m_metric);
    mapInto(m_modelEntry, other.m_modelEntry, models);
    m_shots.insert(m_shots.end(), other.m_shots.begin(), other.m_shots.end());
    m_value.insert(m_value.end(), other.m_value.begin(), other.m_value.end());
    m_stderr.appendColumn(other.m_stderr, base, n);
    m_ciLow.appendColumn(other.m_ciLow, base, n);
    m_ciHigh.appendColumn(other.m_ciHigh, base, n);
    m_low.appendColumn(other.m_low, base, n);
    m_high.appendColumn(other.m_high, base, n);
    m_n.appendColumn(other.m_n, base, n);
    return maps;
}

} // namespace ee

// SPDX-License-Identifier: GPL-3.0-or-later
// Merging tables: the string and model maps between two tables, and concatenating many
// per-thread tables (with their curve indexes) into one.
#include "model/ScoreTable.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>

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

ScoreTable ScoreTable::concatenate(const std::vector<ScoreTable>& parts, int threads) {
    ScoreTable out;
    std::vector<IdMaps> maps;
    std::vector<std::size_t> offsets;
    std::size_t total = 0;
    for (const ScoreTable& part : parts) {
        maps.push_back(out.mapIdsOf(part));
        offsets.push_back(total);
        total += part.m_value.size();
    }
    // Every job fills one whole column, so no two threads ever write the same vector (the
    // optional columns' presence bits share words between neighbouring rows).
    auto idColumn = [&](Column<Id> ScoreTable::*column, bool models) {
        return [&, column, models] {
            Column<Id>& to = out.*column;
            to.resize(total);
            for (std::size_t p = 0; p < parts.size(); ++p) {
                const std::vector<Id>& map = models ? maps[p].models : maps[p].strings;
                const Column<Id>& from = parts[p].*column;
                Id* dst = to.data() + offsets[p];
                for (std::size_t i = 0; i < from.size(); ++i)
                    dst[i] = map[from[i]];
            }
        };
    };
    auto plainColumn = [&](auto ScoreTable::*column) {
        return [&, column] {
            auto& to = out.*column;
            to.reserve(total);
            for (const ScoreTable& part : parts)
                to.insert(to.end(), (part.*column).begin(), (part.*column).end());
        };
    };
    auto optionalColumn = [&](auto ScoreTable::*column) {
        return [&, column] {
            std::size_t count = 0;
            for (const ScoreTable& part : parts) {
                (out.*column).appendColumn(part.*column, count, part.m_value.size());
                count += part.m_value.size();
            }
        };
    };
    // The curve index merge reads only the parts' indexes and maps, so it runs as one more
    // job beside the column copies instead of after them (it was a fifth of the merge time).
    CurveIndex mergedIndex;
    auto indexJob = [&] {
        std::vector<CurveIndex::Part> indexes;
        for (std::size_t p = 0; p < parts.size(); ++p)
            indexes.push_back({parts[p].index(), maps[p].strings, std::uint32_t(offsets[p])});
        mergedIndex = CurveIndex::merge(indexes);
    };
    const std::vector<std::function<void()>> jobs = {indexJob,
                                                     idColumn(&ScoreTable::m_source, false),
                                                     idColumn(&ScoreTable::m_task, false),
                                                     idColumn(&ScoreTable::m_subtask, false),
                                                     idColumn(&ScoreTable::m_family, false),
                                                     idColumn(&ScoreTable::m_prompting, false),
                                                     idColumn(&ScoreTable::m_metric, false),
                                                     idColumn(&ScoreTable::m_modelEntry, true),
                                                     plainColumn(&ScoreTable::m_shots),
                                                     plainColumn(&ScoreTable::m_value),
                                                     optionalColumn(&ScoreTable::m_stderr),
                                                     optionalColumn(&ScoreTable::m_ciLow),
                                                     optionalColumn(&ScoreTable::m_ciHigh),
                                                     optionalColumn(&ScoreTable::m_low),
                                                     optionalColumn(&ScoreTable::m_high),
                                                     optionalColumn(&ScoreTable::m_n)};
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t j; (j = next.fetch_add(1)) < jobs.size();)
            jobs[j]();
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::min<int>(threads, int(jobs.size())); ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
    out.m_curveIndex.set(std::move(mergedIndex));
    return out;
}

} // namespace ee

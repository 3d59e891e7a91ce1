// SPDX-License-Identifier: GPL-3.0-or-later
// Curve queries on the table: keys by name, one input's curve, curves pooled over inputs.
#include "model/ScoreTable.h"

#include <algorithm>
#include <tuple>

namespace ee {

CurveKey ScoreTable::keyFromIds(const KeyIds& ids) const {
    CurveKey key;
    key.source = m_strings.at(ids.input);
    key.task = m_strings.at(ids.task);
    key.subtask = m_strings.at(ids.subtask);
    key.metric = m_strings.at(ids.metric);
    key.family = m_strings.at(ids.family);
    if (ids.shots != kUnknownShots)
        key.shots = ids.shots;
    key.prompting = m_strings.at(ids.prompting);
    return key;
}

std::optional<ScoreTable::KeyIds> ScoreTable::idsFromKey(const CurveKey& key) const {
    const auto input = m_strings.find(key.source);
    const auto task = m_strings.find(key.task);
    const auto subtask = m_strings.find(key.subtask);
    const auto metric = m_strings.find(key.metric);
    const auto family = m_strings.find(key.family);
    const auto prompting = m_strings.find(key.prompting);
    if (!input || !task || !subtask || !metric || !family || !prompting)
        return std::nullopt;
    if (key.shots && (*key.shots < 0 || *key.shots > INT16_MAX))
        return std::nullopt;
    return KeyIds{*input,
                  *task,
                  *subtask,
                  *metric,
                  *family,
                  *prompting,
                  key.shots ? static_cast<std::int16_t>(*key.shots) : kUnknownShots};
}

std::vector<ScoreTable::KeyIds> ScoreTable::sortedKeys() const {
    std::vector<KeyIds> keys = index().keys();
    const auto& s = m_strings;
    std::sort(keys.begin(), keys.end(), [&s](const KeyIds& a, const KeyIds& b) {
        auto tie = [&s](const KeyIds& k) {
            return std::make_tuple(std::cref(s.at(k.task)), std::cref(s.at(k.subtask)),
                                   std::cref(s.at(k.metric)), std::cref(s.at(k.family)), k.shots,
                                   std::cref(s.at(k.prompting)), std::cref(s.at(k.input)));
        };
        return tie(a) < tie(b);
    });
    return keys;
}

QList<CurveKey> ScoreTable::curveKeys(const CurveFilter& filter) const {
    QList<CurveKey> out;
    for (const CurveKey& key : matchingKeys(filter)) {
        if (filter.poolSources && !out.isEmpty() && samePooledKey(out.constLast(), key))
            continue;
        out.append(key);
        if (filter.poolSources)
            out.last().source.clear();
    }
    return out;
}

QList<CurveKey> ScoreTable::matchingKeys(const CurveFilter& filter) const {
    QList<CurveKey> out;
    for (const KeyIds& ids : sortedKeys()) {
        CurveKey key = keyFromIds(ids);
        if (filter.matches(key))
            out.append(std::move(key));
    }
    return out;
}

bool ScoreTable::samePooledKey(const CurveKey& a, const CurveKey& b) {
    CurveKey x = a, y = b;
    x.source.clear();
    y.source.clear();
    return x == y;
}

Curve ScoreTable::curve(const CurveKey& key, ScaleAxis axis) const {
    return key.source.isEmpty() ? pooledCurve(key, axis) : curveOf(key, axis);
}

Curve ScoreTable::curveOf(const CurveKey& key, ScaleAxis axis) const {
    Curve c;
    c.key = key;
    c.axis = axis;
    const auto ids = idsFromKey(key);
    if (!ids)
        return c;
    const CurveIndex& curves = index();
    const auto found = curves.find(*ids);
    if (!found)
        return c;
    bool lowAgrees = true, highAgrees = true;
    bool first = true;
    const auto [begin, end] = curves.rows(*found);
    for (const std::uint32_t* row = begin; row != end; ++row) {
        const std::uint32_t i = *row;
        const ModelEntry& m = m_models[m_modelEntry[i]];
        CurvePoint p;
        p.model = m_strings.at(m.model);
        p.source = m_strings.at(m_source[i]);
        p.x = m.scale.on(axis);
        p.value = m_value[i];
        p.stderr_ = m_stderr.get(i);
        p.ciLow = m_ciLow.get(i);
        p.ciHigh = m_ciHigh.get(i);
        p.n = m_n.get(i);
        c.points.append(std::move(p));
        const auto low = m_low.get(i), high = m_high.get(i);
        if (first) {
            c.low = low;
            c.high = high;
            first = false;
        } else {
            lowAgrees = lowAgrees && low == c.low;
            highAgrees = highAgrees && high == c.high;
        }
    }
    if (!lowAgrees)
        c.low.reset();
    if (!highAgrees)
        c.high.reset();
    c.sortPoints();
    return c;
}

Curve ScoreTable::pooledCurve(const CurveKey& key, ScaleAxis axis) const {
    QList<CurveKey> parts;
    for (const QString& input : inputs()) {
        parts.append(key);
        parts.last().source = input;
    }
    Curve pooled = pool(parts, axis);
    pooled.key = key; // also when no source has it
    pooled.key.source.clear();
    return pooled;
}

Curve ScoreTable::pool(const QList<CurveKey>& parts, ScaleAxis axis) const {
    Curve pooled;
    pooled.axis = axis;
    bool first = true;
    for (const CurveKey& part : parts) {
        const Curve c = curveOf(part, axis);
        if (first)
            pooled.key = part;
        if (c.points.isEmpty())
            continue;
        pooled.points.append(c.points);
        // Each part's level is empty unless its rows agree; the pool's, unless all parts do.
        if (first) {
            pooled.low = c.low;
            pooled.high = c.high;
            first = false;
        } else {
            if (pooled.low != c.low)
                pooled.low.reset();
            if (pooled.high != c.high)
                pooled.high.reset();
        }
    }
    pooled.key.source.clear();
    pooled.sortPoints();
    return pooled;
}

QList<Curve> ScoreTable::curves(const CurveFilter& filter, ScaleAxis axis) const {
    QList<Curve> out;
    if (!filter.poolSources) {
        for (const CurveKey& key : curveKeys(filter))
            out.append(curveOf(key, axis));
        return out;
    }
    // Keys that differ only in their source sort next to each other (source is compared last).
    const QList<CurveKey> keys = matchingKeys(filter);
    for (qsizetype a = 0; a < keys.size();) {
        qsizetype b = a + 1;
        while (b < keys.size() && samePooledKey(keys[a], keys[b]))
            ++b;
        out.append(pool(keys.mid(a, b - a), axis));
        a = b;
    }
    return out;
}

} // namespace ee

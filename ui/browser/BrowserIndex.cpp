// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/BrowserIndex.h"

#include "analysis/CurveAnalysis.h"

#include <QMap>
#include <QSet>
#include <cmath>

namespace ee::ui::BrowserIndex {

QString preferredMetric(const QStringList& metrics) {
    static const QStringList preferred = {
        QStringLiteral("exact_match"), QStringLiteral("exact_str_match"),
        QStringLiteral("em"),          QStringLiteral("acc"),
        QStringLiteral("accuracy"),    QStringLiteral("multiple_choice_grade"),
    };
    for (const QString& want : preferred)
        for (const QString& m : metrics)
            if (m.compare(want, Qt::CaseInsensitive) == 0)
                return m;
    for (const QString& m : metrics)
        if (m.contains(QLatin1String("exact"), Qt::CaseInsensitive) ||
            m.startsWith(QLatin1String("acc"), Qt::CaseInsensitive))
            return m;
    return metrics.value(0);
}

namespace {

QString flagName(const CurveFlags& f) {
    if (f.flat)
        return QStringLiteral("flat");
    if (f.inverseScaling)
        return QStringLiteral("inverse");
    if (f.uShaped)
        return QStringLiteral("U-shaped");
    if (f.emergent)
        return QStringLiteral("emergent");
    if (f.smooth)
        return QStringLiteral("smooth");
    return {};
}

/// Distinct scales among `points` (sorted by scale, as usablePoints() returns them).
qsizetype distinctScales(const QList<CurvePoint>& points) {
    qsizetype n = 0;
    for (qsizetype i = 0; i < points.size(); ++i)
        if (i == 0 || *points[i].x != *points[i - 1].x)
            ++n;
    return n;
}

/// The curve of `candidates` on `metric` (of `family`, or any when empty) with the most
/// distinct usable sizes, then the most points; nullptr when none.
const Curve* curveWithMostSizes(const QList<const Curve*>& candidates, const QString& metric,
                                const QString& family, qsizetype* pointsOut, qsizetype* sizesOut) {
    const Curve* best = nullptr;
    qsizetype bestPoints = -1, bestScales = -1;
    for (const Curve* c : candidates) {
        if (c->key.metric != metric || (!family.isNull() && c->key.family != family))
            continue;
        const QList<CurvePoint> points = c->usablePoints();
        const qsizetype n = points.size(), scales = distinctScales(points);
        if (scales > bestScales || (scales == bestScales && n > bestPoints)) {
            best = c;
            bestPoints = n;
            bestScales = scales;
        }
    }
    if (pointsOut)
        *pointsOut = bestPoints;
    if (sizesOut)
        *sizesOut = bestScales;
    return best;
}

AnalysisOptions optionsFor(bool withFits, const FlagThresholds& thresholds) {
    AnalysisOptions options;
    options.fit.bootstrapSamples = 0;
    options.fits = withFits;
    options.flags = thresholds;
    return options;
}

/// Each family's own flag: its curve with the most sizes on the row's metric. Families with
/// too few sizes are listed unflagged (not analysed: no fit is wasted on them).
void flagFamilies(const QList<const Curve*>& candidates, BrowserRow& row,
                  const AnalysisOptions& options) {
    for (const QString& family : std::as_const(row.families)) {
        qsizetype sizes = 0;
        const Curve* c = curveWithMostSizes(candidates, row.metric, family, nullptr, &sizes);
        if (!c)
            continue;
        FamilyFlag f{family, QString(), sizes};
        if (sizes >= kMinSizesForFlag) {
            const CurveStats stats = analyzeCurve(*c, options);
            f.flag = flagName(stats.flags);
            f.jumpTested = stats.fit && stats.fit->deltaAicc.has_value();
        }
        row.familyFlags.append(f);
    }
    row.flagSummary = summariseFamilyFlags(row.familyFlags);
}

/// The numbers for one browser row: the representative curve is the family with the most
/// distinct usable scales on the primary metric (then the most points), on parameters
/// (non-embedding parameters when that axis has more, as for BIG-bench). Counting scales, not
/// points, keeps a family of training checkpoints (one size, a hundred steps) from being
/// picked: against parameters it is a vertical line, with no scaling to describe.
/// `candidates` are the row's curves on both axes.
void describe(const QList<const Curve*>& candidates, BrowserRow& row,
              const AnalysisOptions& options) {
    qsizetype bestPoints = 0;
    const Curve* best = curveWithMostSizes(candidates, row.metric, QString(), &bestPoints, nullptr);
    if (!best)
        return;
    row.repFamily = best->key.family;
    row.repAxis = best->axis;
    row.repPoints = bestPoints;
    for (const CurvePoint& p : best->usablePoints())
        row.sparkline.append(QPointF(std::log10(*p.x), p.value));

    const CurveStats stats = analyzeCurve(*best, options);
    row.breakthroughness = stats.breakthroughness.value;
    row.linearity = stats.linearity.value;
    row.flag = flagName(stats.flags);
    QStringList notes;
    if (!stats.breakthroughness.note.isEmpty())
        notes << stats.breakthroughness.note;
    notes << stats.notes;
    row.note = notes.join(QLatin1Char(' '));
    flagFamilies(candidates, row, options);
}

} // namespace

QList<BrowserRow> build(const ScoreTable& table, const std::atomic<bool>* cancel, bool withFits,
                        const FlagThresholds& thresholds, bool poolSources) {
    const AnalysisOptions options = optionsFor(withFits, thresholds);
    QList<BrowserRow> rows;
    // A source level only when there is a choice to make: with one source (or all pooled)
    // the browser lists tasks under one group, as it always did.
    const QStringList inputs = table.inputs();
    const bool bySources = inputs.size() > 1 && !poolSources;
    for (const QString& source : bySources ? inputs : QStringList{QString()}) {
        CurveFilter bySource;
        bySource.source = source;
        bySource.poolSources = !bySources && inputs.size() > 1;
        // One query per source and axis (each query sorts the table's keys), grouped here.
        const QList<Curve> params = table.curves(bySource, ScaleAxis::Params);
        const QList<Curve> nonEmbedding = table.curves(bySource, ScaleAxis::NonEmbeddingParams);
        QMap<QPair<QString, QString>, QList<const Curve*>> groups;
        for (const QList<Curve>* list : {&params, &nonEmbedding})
            for (const Curve& c : *list)
                groups[{c.key.task, c.key.subtask}].append(&c);
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            if (cancel && cancel->load())
                return rows;
            BrowserRow row;
            row.source = source;
            row.task = it.key().first;
            row.subtask = it.key().second;
            QSet<QString> seenMetric, seenFamily;
            for (const Curve* c : it.value()) {
                if (!seenMetric.contains(c->key.metric)) {
                    seenMetric.insert(c->key.metric);
                    row.metrics.append(c->key.metric);
                }
                if (!seenFamily.contains(c->key.family)) {
                    seenFamily.insert(c->key.family);
                    row.families.append(c->key.family);
                }
            }
            row.metric = preferredMetric(row.metrics);
            row.thresholds = thresholds;
            describe(it.value(), row, options);
            rows.append(std::move(row));
        }
    }
    return rows;
}

} // namespace ee::ui::BrowserIndex

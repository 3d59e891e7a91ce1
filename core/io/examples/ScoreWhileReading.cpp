// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/examples/ScoreWhileReading.h"

#include "metrics/CorpusMetric.h"
#include "metrics/MetricNames.h"
#include "platform/ParallelJobs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <deque>

namespace ee {

namespace {

// How a metric's per-example result is kept: a value to average, or corpus statistics.
enum class Kind : quint8 { Value, Bleu, Chrf };

// One metric's per-example results, in example order (one of the three is used).
struct Column {
    std::vector<std::optional<double>> values;
    std::vector<std::optional<BleuStats>> bleu;
    std::vector<std::optional<ChrfStats>> chrf;
};

// The numbers scoreExamples() reads from a sequence of examples: per metric a column, each
// example's number of targets and, with perExample, its id.
struct Scored {
    std::vector<Column> columns;
    std::vector<qsizetype> targetCounts;
    QStringList ids;

    explicit Scored(std::size_t metrics = 0)
        : columns(metrics) {}
    std::size_t size() const { return targetCounts.size(); }
    void clear() {
        for (Column& c : columns) {
            c.values.clear();
            c.bleu.clear();
            c.chrf.clear();
        }
        targetCounts.clear();
        ids.clear();
    }
    void appendOne(const Scored& from, std::size_t i) {
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const Column& f = from.columns[k];
            Column& c = columns[k];
            if (!f.values.empty())
                c.values.push_back(f.values[i]);
            else if (!f.bleu.empty())
                c.bleu.push_back(f.bleu[i]);
            else if (!f.chrf.empty())
                c.chrf.push_back(f.chrf[i]);
        }
        targetCounts.push_back(from.targetCounts[i]);
        if (!from.ids.isEmpty())
            ids.append(from.ids[static_cast<qsizetype>(i)]);
    }
    void appendAll(const Scored& from) {
        for (std::size_t i = 0; i < from.size(); ++i)
            appendOne(from, i);
    }
};

// What is computed for each example: the metrics, their kinds and options.
struct Plan {
    const ScoringOptions& o;
    std::vector<Kind> kinds;
    BleuOptions bleu;
    std::vector<ChrfOptions> chrf; // per metric (unused for the others)

    explicit Plan(const ScoringOptions& opts)
        : o(opts)
        , bleu(bleuOptionsFor(opts)) {
        for (const QString& m : o.metrics) {
            const bool corpus = isCorpusMetric(m, o);
            kinds.push_back(!corpus                      ? Kind::Value
                            : m == QLatin1String("bleu") ? Kind::Bleu
                                                         : Kind::Chrf);
            chrf.push_back(isChrf(m) ? chrfOptionsFor(m, o) : ChrfOptions{});
        }
    }
    void score(const Example& e, Scored& into) const {
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            Column& c = into.columns[k];
            switch (kinds[k]) {
            case Kind::Value:
                c.values.push_back(exampleMetricValue(o.metrics[static_cast<qsizetype>(k)], e, o));
                break;
            case Kind::Bleu:
                c.bleu.push_back(bleuExampleStats(e, bleu));
                break;
            case Kind::Chrf:
                c.chrf.push_back(chrfExampleStats(e, chrf[k]));
                break;
            }
        }
        into.targetCounts.push_back(e.targets.size());
        if (o.perExample)
            into.ids.append(e.id);
    }
};

// A worker thread's examples scored but not yet placed in their groups.
struct Pending {
    Scored scored;
    std::size_t next = 0; // the first not yet placed
};

// One file read with every example scored on its worker thread; `groups[i]` holds the numbers
// of the file set's group i in file order (groups with skipped records only may be missing).
ExampleSet readScored(const QString& path, const ExampleReadOptions& ro, const Plan& plan,
                      std::vector<Scored>& groups) {
    const std::size_t metrics = plan.kinds.size();
    std::deque<Pending> pending; // one per worker; a deque keeps their addresses
    const ExampleSinkFactory sinks = [&](std::size_t) {
        Pending& p = pending.emplace_back(Pending{Scored(metrics), 0});
        ExampleSink sink;
        sink.take = [&plan, &p](Example&& e) { plan.score(e, p.scored); };
        sink.placed = [&groups, &p, metrics](qsizetype group) {
            const auto g = static_cast<std::size_t>(group);
            while (groups.size() <= g)
                groups.emplace_back(metrics);
            groups[g].appendOne(p.scored, p.next++);
            if (p.next == p.scored.size()) { // a log is replayed whole: start afresh
                p.scored.clear();            // keeping the capacity for the next block
                p.next = 0;
            }
        };
        return sink;
    };
    ExampleSet set = readExampleJsonl(path, ro, sinks);
    // readExamples()'s note on an empty file, with the examples counted here.
    std::size_t examples = 0;
    for (const Scored& g : groups)
        examples += g.size();
    if (examples == 0 && set.skippedCount() == 0 && set.diagnostics.items.isEmpty())
        set.warn(path, 0,
                 QCoreApplication::translate("ScoreWhileReading",
                                             "no data rows: the file holds no records"));
    return set;
}

// scoreExamples()'s scores of one group from its examples' numbers.
GroupScores scoreGroup(const ExampleGroup& g, const Scored& s, const Plan& plan) {
    const ScoringOptions& o = plan.o;
    GroupScores gs;
    gs.key = g.key;
    gs.source = g.source;
    gs.n = static_cast<qint64>(s.size());
    gs.skipped = g.skipped;
    gs.ids = s.ids;
    for (std::size_t k = 0; k < plan.kinds.size(); ++k) {
        const QString& m = o.metrics[static_cast<qsizetype>(k)];
        const Column& c = s.columns[k];
        std::vector<std::optional<double>> values;
        if (plan.kinds[k] == Kind::Value) {
            values = c.values;
            gs.metrics.append(meanMetricValue(m, o, values, s.targetCounts));
        } else {
            CorpusMetricScores cs =
                plan.kinds[k] == Kind::Bleu
                    ? bleuCorpusFromStats(m, o, o.perExample, c.bleu, s.targetCounts)
                    : chrfCorpusFromStats(m, o, o.perExample, c.chrf, s.targetCounts);
            gs.metrics.append(std::move(cs.value));
            values = std::move(cs.perExample);
        }
        if (o.perExample)
            gs.perExample.append(QList<std::optional<double>>(values.begin(), values.end()));
    }
    return gs;
}

} // namespace

bool canScoreWhileReading(const QStringList& inputs, const ScoringOptions& opts) {
    if (opts.wholeText || opts.metrics.isEmpty())
        return false;
    for (const QString& m : opts.metrics) {
        if (!stringMetricNames().contains(m))
            return false;
        // The plan keeps corpus statistics for BLEU and chrF only; TER is read, then scored.
        if (isCorpusMetric(m, opts) && m != QLatin1String("bleu") && !isChrf(m))
            return false;
    }
    for (const QString& path : inputs)
        if (!QFileInfo(path).isFile() || detectExampleFormat(path) != ExampleFormat::ExampleJsonl)
            return false;
    return true;
}

ReadAndScored scoreWhileReading(const QStringList& inputs, const ExampleReadOptions& readOpts,
                                const ScoringOptions& opts) {
    const Plan plan(opts);
    ReadAndScored out;
    std::vector<Scored> all; // per group of out.set
    for (const QString& path : inputs) {
        std::vector<Scored> groups;
        ExampleSet file = readScored(path, readOpts, plan, groups);
        QList<ExampleGroupKey> keys;
        for (const ExampleGroup& g : file.groups())
            keys.append(g.key);
        // As ExampleSet::append(): groups with equal keys merge, the first file names them.
        out.set.append(std::move(file));
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const auto to =
                static_cast<std::size_t>(out.set.groupIndex(keys[static_cast<qsizetype>(i)]));
            while (all.size() <= to)
                all.emplace_back(plan.kinds.size());
            if (all[to].size() == 0)
                all[to] = std::move(groups[i]);
            else
                all[to].appendAll(groups[i]);
        }
    }
    const auto& groups = out.set.groups();
    while (all.size() < static_cast<std::size_t>(groups.size()))
        all.emplace_back(plan.kinds.size());
    out.result.groups.resize(groups.size());
    // Only the bootstrap costs anything here; groups run in parallel as in scoreExamples().
    parallelForEach(static_cast<std::size_t>(groups.size()), opts.threads, [&](std::size_t gi) {
        const auto i = static_cast<qsizetype>(gi);
        out.result.groups[i] = scoreGroup(groups[i], all[gi], plan);
    });
    return out;
}

} // namespace ee

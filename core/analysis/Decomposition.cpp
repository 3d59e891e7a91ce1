// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Decomposition.h"

#include "analysis/PreparedCurve.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace ee {

std::optional<CompositionRule> CompositionRule::parse(const QString& text, QString* error) {
    CompositionRule r;
    const QString t = text.trimmed().toLower();
    const auto fail = [&](const QString& why) -> std::optional<CompositionRule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (t == QLatin1String("all"))
        r.kind = Kind::All;
    else if (t == QLatin1String("any"))
        r.kind = Kind::Any;
    else if (t == QLatin1String("mean"))
        r.kind = Kind::Mean;
    else if (t.startsWith(QLatin1String("k-of-n:")) || t.startsWith(QLatin1String("chain:"))) {
        bool ok = false;
        const int v = t.section(QLatin1Char(':'), 1).toInt(&ok);
        if (!ok || v < 1)
            return fail(
                QStringLiteral("'%1': the number after ':' must be a whole number ≥ 1").arg(text));
        if (t.startsWith(QLatin1String("chain:"))) {
            r.kind = Kind::Chain;
            r.length = v;
        } else {
            r.kind = Kind::KOfN;
            r.k = v;
        }
    } else {
        return fail(
            QStringLiteral("unknown rule '%1' (all, any, k-of-n:K, chain:L or mean)").arg(text));
    }
    return r;
}

QString CompositionRule::name() const {
    switch (kind) {
    case Kind::All:
        return QStringLiteral("all");
    case Kind::Any:
        return QStringLiteral("any");
    case Kind::KOfN:
        return QStringLiteral("k-of-n:%1").arg(k);
    case Kind::Chain:
        return QStringLiteral("chain:%1").arg(length);
    case Kind::Mean:
        return QStringLiteral("mean");
    }
    return {};
}

QString CompositionRule::formula() const {
    switch (kind) {
    case Kind::All:
        return QStringLiteral("Π s_j");
    case Kind::Any:
        return QStringLiteral("1 − Π (1 − s_j)");
    case Kind::KOfN:
        return QStringLiteral("P(at least %1 of n succeed), Poisson-binomial").arg(k);
    case Kind::Chain:
        return QStringLiteral("s^%1").arg(length);
    case Kind::Mean:
        return QStringLiteral("mean of 100·(s_j − low)/(high − low)");
    }
    return {};
}

double poissonBinomialAtLeast(std::span<const double> p, int k) {
    if (k <= 0)
        return 1.0;
    const std::size_t n = p.size();
    if (static_cast<std::size_t>(k) > n)
        return 0.0;
    // dist[j] = P(exactly j successes among the parts seen so far).
    std::vector<double> dist(n + 1, 0.0);
    dist[0] = 1.0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j > 0; --j)
            dist[j] = dist[j] * (1.0 - p[i]) + dist[j - 1] * p[i];
        dist[0] *= 1.0 - p[i];
    }
    double s = 0.0;
    for (std::size_t j = static_cast<std::size_t>(k); j <= n; ++j)
        s += dist[j];
    return s;
}

double combineParts(const CompositionRule& rule, std::span<const double> s) {
    switch (rule.kind) {
    case CompositionRule::Kind::All: {
        double v = 1.0;
        for (double x : s)
            v *= x;
        return v;
    }
    case CompositionRule::Kind::Any: {
        double fail = 1.0;
        for (double x : s)
            fail *= 1.0 - x;
        return 1.0 - fail;
    }
    case CompositionRule::Kind::KOfN:
        return poissonBinomialAtLeast(s, rule.k);
    case CompositionRule::Kind::Chain:
        return s.empty() ? 0.0 : std::pow(s[0], rule.length);
    case CompositionRule::Kind::Mean: {
        double v = 0.0;
        for (double x : s)
            v += x;
        return s.empty() ? 0.0 : v / static_cast<double>(s.size());
    }
    }
    return 0.0;
}

namespace {

struct Aligned {
    QString label;
    QHash<QString, std::pair<double, double>> byModel; // model → (x, value on rule scale)
};

// Values on the rule's scale: probabilities in 0–1, or BIG-bench normalised 0–100 for `mean`.
Aligned toRuleScale(const Curve& c, const QString& label, bool mean, QStringList& notes) {
    Aligned a;
    a.label = label;
    const PreparedCurve p = prepareCurve(c);
    for (const QString& n : p.notes)
        notes << label + QStringLiteral(": ") + n;
    const std::optional<MetricRange> range = p.range;
    const bool percent = range
                             ? range->max > 1.0
                             : std::any_of(p.y.begin(), p.y.end(), [](double v) { return v > 1; });
    double shift = 0.0, factor = 1.0;
    if (mean) {
        if (c.low && c.high && *c.high != *c.low) {
            shift = *c.low;
            factor = 100.0 / (*c.high - *c.low);
        } else {
            factor = percent ? 1.0 : 100.0;
            notes << QStringLiteral("%1: low/high scores unknown, taken as 0 and %2")
                         .arg(label)
                         .arg(percent ? 100 : 1);
        }
    } else if (percent) {
        factor = 0.01;
        notes << QStringLiteral("%1: values on a 0–100 scale divided by 100").arg(label);
    }
    int outside = 0;
    for (std::size_t i = 0; i < p.y.size(); ++i) {
        const double v = (p.y[i] - shift) * factor;
        if (!mean && (v < 0 || v > 1))
            ++outside;
        a.byModel.insert(p.models.at(static_cast<qsizetype>(i)), {p.x[i], v});
    }
    if (outside)
        notes << QStringLiteral("%1: %2 value(s) outside 0–1 are not probabilities; the "
                                "prediction for them is not meaningful")
                     .arg(label)
                     .arg(outside);
    return a;
}

PartShape shapeOf(const QString& name, const std::vector<double>& y) {
    return {name, linearityUnconfirmed(y), breakthroughness(y)};
}

} // namespace

DecompositionResult decompose(const QList<Curve>& curves, const CompositionRule& rule,
                              const Curve* observed, const QStringList& names) {
    DecompositionResult r;
    r.rule = rule;
    const bool mean = rule.kind == CompositionRule::Kind::Mean;
    r.valueScale =
        mean ? QStringLiteral("normalised score (0–100)") : QStringLiteral("probability (0–1)");
    if (curves.isEmpty()) {
        r.notes << QStringLiteral("no subtask curves given");
        return r;
    }
    if (rule.kind == CompositionRule::Kind::Chain && curves.size() != 1) {
        r.notes << QStringLiteral("chain:L takes exactly one subtask (the repeated step); %1 given")
                       .arg(curves.size());
        return r;
    }
    if (rule.kind == CompositionRule::Kind::KOfN && rule.k > curves.size()) {
        r.notes << QStringLiteral("k-of-n:%1 needs at least %1 subtasks; %2 given")
                       .arg(rule.k)
                       .arg(curves.size());
        return r;
    }
    std::vector<Aligned> parts;
    for (qsizetype i = 0; i < curves.size(); ++i) {
        const QString label = i < names.size()                     ? names.at(i)
                              : curves.at(i).key.subtask.isEmpty() ? curves.at(i).key.task
                                                                   : curves.at(i).key.subtask;
        parts.push_back(toRuleScale(curves.at(i), label, mean, r.notes));
    }
    // Models in every part; the rest are counted and listed.
    QStringList all;
    for (const Aligned& a : parts)
        for (auto it = a.byModel.cbegin(); it != a.byModel.cend(); ++it)
            if (!all.contains(it.key()))
                all << it.key();
    for (const QString& m : all) {
        const bool everywhere = std::all_of(
            parts.begin(), parts.end(), [&](const Aligned& a) { return a.byModel.contains(m); });
        if (!everywhere) {
            r.leftOutModels << m;
            continue;
        }
        DecompositionRow row;
        row.model = m;
        row.x = parts.front().byModel.value(m).first;
        for (const Aligned& a : parts)
            row.parts.push_back(a.byModel.value(m).second);
        row.predicted = combineParts(rule, row.parts);
        r.rows.push_back(row);
    }
    std::sort(r.rows.begin(), r.rows.end(),
              [](const DecompositionRow& a, const DecompositionRow& b) {
                  return a.x != b.x ? a.x < b.x : a.model < b.model;
              });
    r.leftOutModels.sort();
    if (!r.leftOutModels.isEmpty())
        r.notes << QStringLiteral("%1 model(s) missing at least one subtask left out: %2")
                       .arg(r.leftOutModels.size())
                       .arg(r.leftOutModels.join(QStringLiteral(", ")));
    if (observed) {
        const Aligned obs =
            toRuleScale(*observed, QStringLiteral("observed composite"), mean, r.notes);
        double ss = 0.0;
        int count = 0;
        std::vector<double> oy;
        for (DecompositionRow& row : r.rows) {
            if (!obs.byModel.contains(row.model))
                continue;
            row.observed = obs.byModel.value(row.model).second;
            row.residual = *row.observed - row.predicted;
            ss += *row.residual * *row.residual;
            oy.push_back(*row.observed);
            ++count;
        }
        if (count) {
            r.rmsResidual = std::sqrt(ss / count);
            r.observed = shapeOf(QStringLiteral("observed composite"), oy);
        }
        if (count < static_cast<int>(r.rows.size()))
            r.notes << QStringLiteral("%1 model(s) have no observed composite")
                           .arg(static_cast<int>(r.rows.size()) - count);
    }
    for (std::size_t j = 0; j < parts.size(); ++j) {
        std::vector<double> y;
        for (const DecompositionRow& row : r.rows)
            y.push_back(row.parts[j]);
        r.parts.push_back(shapeOf(parts[j].label, y));
    }
    std::vector<double> py;
    for (const DecompositionRow& row : r.rows)
        py.push_back(row.predicted);
    r.predicted = shapeOf(QStringLiteral("predicted composite"), py);
    r.ok = !r.rows.empty();
    if (!r.ok)
        r.notes << QStringLiteral("no model has every subtask");
    return r;
}

} // namespace ee

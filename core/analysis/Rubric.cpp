// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Rubric.h"

#include "metrics/Bleu.h"
#include "metrics/EditDistance.h"
#include "metrics/ExactMatch.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ee {

namespace {

// The sentences' translation context (QtCore only: the app installs a translator, the
// command line never does, so its output stays English).
struct RubricText {
    Q_DECLARE_TR_FUNCTIONS(Rubric)
};

QSet<QString> wordsOf(const QString& text, const QStringList& ignore) {
    static const QRegularExpression word(QStringLiteral("\\w+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> out;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        if (!ignore.contains(w))
            out.insert(w);
    }
    return out;
}

} // namespace

bool RubricStage::passes(const QString& output, const QStringList& targets) const {
    switch (kind) {
    case Kind::Regex:
        return pattern.match(output).hasMatch();
    case Kind::ContainsTargetWord: {
        const QSet<QString> have = wordsOf(output, ignore);
        QSet<QString> want;
        for (const QString& t : words.isEmpty() ? targets : words)
            want.unite(wordsOf(t, ignore));
        return have.intersects(want);
    }
    case Kind::BleuAtLeast:
        return ee::hasValidReference(targets) &&
               ee::sentenceBleu(output, targets).score >= threshold;
    case Kind::TokenEditDistanceAtMost: {
        const qint64 d = ee::minEditDistance(output, targets, true);
        return d >= 0 && static_cast<double>(d) <= threshold;
    }
    case Kind::ExactMatch:
        return ee::exactStrMatch(output, targets) > 0;
    }
    return false;
}

int Rubric::stagesPassed(const QString& output, const QStringList& targets) const {
    int n = 0;
    for (const RubricStage& s : stages) {
        if (!s.passes(output, targets))
            break;
        ++n;
    }
    return n;
}

std::optional<Rubric> rubricFromJson(const QByteArray& json, QString* error) {
    const auto fail = [&](const QString& why) -> std::optional<Rubric> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(RubricText::tr("byte %1: %2").arg(pe.offset).arg(pe.errorString()));
    const QJsonObject o = doc.object();
    Rubric r;
    r.name = o.value(QStringLiteral("name")).toString();
    r.description = o.value(QStringLiteral("description")).toString();
    if (r.name.isEmpty())
        return fail(RubricText::tr("the rubric needs a \"name\""));
    const QJsonArray stages = o.value(QStringLiteral("stages")).toArray();
    if (stages.isEmpty())
        return fail(RubricText::tr("the rubric needs a non-empty \"stages\" list"));
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QJsonObject so = stages.at(i).toObject();
        RubricStage s;
        s.name = so.value(QStringLiteral("name")).toString();
        const QString where = QStringLiteral("stages[%1]").arg(i);
        if (s.name.isEmpty())
            return fail(where + RubricText::tr(": a stage needs a \"name\""));
        const QString type = so.value(QStringLiteral("type")).toString();
        const auto strings = [&](const char* key) {
            QStringList out;
            for (const QJsonValue& v : so.value(QLatin1String(key)).toArray())
                out << v.toString().toLower();
            return out;
        };
        if (type == QLatin1String("regex")) {
            s.kind = RubricStage::Kind::Regex;
            QRegularExpression::PatternOptions opts =
                QRegularExpression::UseUnicodePropertiesOption;
            if (so.value(QStringLiteral("case_insensitive")).toBool())
                opts |= QRegularExpression::CaseInsensitiveOption;
            s.pattern = QRegularExpression(so.value(QStringLiteral("pattern")).toString(), opts);
            if (!s.pattern.isValid() || s.pattern.pattern().isEmpty())
                return fail(where + QStringLiteral(": invalid \"pattern\": ") +
                            s.pattern.errorString());
        } else if (type == QLatin1String("contains_target_word")) {
            s.kind = RubricStage::Kind::ContainsTargetWord;
            s.words = strings("words");
            s.ignore = strings("ignore");
        } else if (type == QLatin1String("bleu_at_least") ||
                   type == QLatin1String("token_edit_distance_at_most")) {
            s.kind = type == QLatin1String("bleu_at_least")
                         ? RubricStage::Kind::BleuAtLeast
                         : RubricStage::Kind::TokenEditDistanceAtMost;
            if (!so.value(QStringLiteral("threshold")).isDouble())
                return fail(where + RubricText::tr(": \"threshold\" must be a number"));
            s.threshold = so.value(QStringLiteral("threshold")).toDouble();
        } else if (type == QLatin1String("exact_match")) {
            s.kind = RubricStage::Kind::ExactMatch;
        } else {
            return fail(where + QStringLiteral(": unknown \"type\" '%1' (regex, "
                                               "contains_target_word, bleu_at_least, "
                                               "token_edit_distance_at_most, exact_match)")
                                    .arg(type));
        }
        r.stages << s;
    }
    return r;
}

std::optional<Rubric> loadRubric(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + f.errorString();
        return std::nullopt;
    }
    QString why;
    auto r = rubricFromJson(f.readAll(), &why);
    if (!r && error)
        *error = path + QStringLiteral(": ") + why;
    return r;
}

QList<RubricGroupResult> applyRubric(const Rubric& rubric, const ee::ExampleSet& set) {
    QList<RubricGroupResult> out;
    const std::size_t k = static_cast<std::size_t>(rubric.stages.size());
    for (const ee::ExampleGroup& g : set.groups()) {
        RubricGroupResult r;
        r.key = g.key;
        r.reached.assign(k, 0);
        for (const ee::Example& e : g.examples) {
            if (!e.isGenerative())
                continue;
            ++r.examples;
            const int passed = rubric.stagesPassed(*e.output, e.targets);
            for (int j = 0; j < passed; ++j)
                ++r.reached[static_cast<std::size_t>(j)];
        }
        for (qsizetype n : r.reached)
            r.rate.push_back(r.examples ? static_cast<double>(n) / r.examples : 0.0);
        if (r.examples)
            out << r;
    }
    return out;
}

QList<Curve> rubricCurves(const Rubric& rubric, const QList<RubricGroupResult>& results,
                          ScaleAxis axis) {
    QList<Curve> curves;
    for (const RubricGroupResult& r : results) {
        for (qsizetype j = 0; j < rubric.stages.size(); ++j) {
            CurveKey key{r.key.task,
                         r.key.subtask,
                         QStringLiteral("rubric:%1/%2").arg(rubric.name, rubric.stages.at(j).name),
                         r.key.family,
                         r.key.shots,
                         r.key.prompting};
            auto it = std::find_if(curves.begin(), curves.end(),
                                   [&](const Curve& c) { return c.key == key; });
            if (it == curves.end()) {
                Curve c;
                c.key = key;
                c.axis = axis;
                c.low = 0.0;
                c.high = 1.0;
                curves << c;
                it = curves.end() - 1;
            }
            CurvePoint p;
            p.model = r.key.model;
            p.x = r.key.scale.on(axis);
            p.value = r.rate[static_cast<std::size_t>(j)];
            p.n = r.examples;
            it->points << p;
        }
    }
    for (Curve& c : curves)
        c.sortPoints();
    return curves;
}

} // namespace ee

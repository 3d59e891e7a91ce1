// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/ExampleSet.h"

#include <QCoreApplication>
#include <cmath>

namespace ee {

QString ExampleGroupKey::label() const {
    QString s = task;
    if (!subtask.isEmpty())
        s += QLatin1Char(':') + subtask;
    s += QStringLiteral(" / ") + (family.isEmpty() ? model : family + QLatin1Char(' ') + model);
    if (shots)
        s += QStringLiteral(" / %1-shot").arg(*shots);
    if (!prompting.isEmpty())
        s += QLatin1Char(' ') + prompting;
    return s;
}

namespace {
QString serialise(const ExampleGroupKey& k) {
    auto num = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'g', 17) : QString();
    };
    const QChar sep(0x1F);
    return QStringList{k.task,
                       k.subtask,
                       k.family,
                       k.model,
                       num(k.scale.params),
                       num(k.scale.nonEmbeddingParams),
                       num(k.scale.tokens),
                       num(k.scale.flops),
                       k.shots ? QString::number(*k.shots) : QString(),
                       k.prompting}
        .join(sep);
}
} // namespace

qsizetype ExampleSet::groupIndex(const ExampleGroupKey& key, const QString& source) {
    const QString s = serialise(key);
    auto it = m_index.constFind(s);
    if (it != m_index.constEnd())
        return *it;
    m_index.insert(s, m_groups.size());
    m_groups.append(ExampleGroup{key, source, {}, 0});
    return m_groups.size() - 1;
}

ExampleGroup& ExampleSet::groupFor(const ExampleGroupKey& key, const QString& source) {
    return m_groups[groupIndex(key, source)];
}

void ExampleSet::add(const ExampleGroupKey& key, Example e, const QString& source) {
    groupFor(key, source).examples.append(std::move(e));
}

void ExampleSet::countSkipped(const ExampleGroupKey& key, const QString& source) {
    ++groupFor(key, source).skipped;
    ++m_skipped;
}

void ExampleSet::append(const ExampleSet& other) {
    for (const ExampleGroup& g : other.m_groups) {
        ExampleGroup& mine = groupFor(g.key, g.source);
        mine.examples.append(g.examples);
        mine.skipped += g.skipped;
    }
    m_skipped += other.m_skipped;
    diagnostics.append(other.diagnostics);
}

void ExampleSet::append(ExampleSet&& other) {
    // Copying 100,000 examples (every string's reference count) was most of what
    // `emergence score` did besides reading them.
    for (ExampleGroup& g : other.m_groups) {
        ExampleGroup& mine = groupFor(g.key, g.source);
        if (mine.examples.isEmpty())
            mine.examples = std::move(g.examples);
        else
            mine.examples.append(std::move(g.examples));
        mine.skipped += g.skipped;
    }
    m_skipped += other.m_skipped;
    diagnostics.append(other.diagnostics);
}

std::optional<double> ExampleSet::checkedSize(const QString& file, qint64 line,
                                              const QString& field, std::optional<double> value) {
    if (!value || (std::isfinite(*value) && *value > 0))
        return value;
    const QString shown = QString::number(*value, 'g', 17);
    const QString key = file + QChar(0x1F) + field + QChar(0x1F) + shown;
    if (!m_badSizesReported.contains(key)) {
        m_badSizesReported.insert(key);
        warn(file, line,
             QCoreApplication::translate(
                 "ExampleSet",
                 "%1 is not a positive, finite size; the model's scale is left unknown (later "
                 "records with this value are not reported again)")
                 .arg(shown),
             field);
    }
    return std::nullopt;
}

std::optional<int> ExampleSet::checkedShots(const QString& file, qint64 line,
                                            std::optional<double> value) {
    // The range check comes before the cast: converting a double outside int's range is
    // undefined behaviour (found by fuzz_example_readers).
    if (!value)
        return std::nullopt;
    if (*value >= 0 && *value <= 10000 && *value == std::floor(*value))
        return static_cast<int>(*value);
    warn(file, line,
         QCoreApplication::translate(
             "ExampleSet", "%1 is not a whole number of shots from 0 to 10000; the shot count is "
                           "ignored")
             .arg(QString::number(*value, 'g', 17)),
         QStringLiteral("shots"));
    return std::nullopt;
}

qsizetype ExampleSet::exampleCount() const {
    qsizetype n = 0;
    for (const auto& g : m_groups)
        n += g.examples.size();
    return n;
}

void ExampleSet::renameFolder(const QString& from, const QString& to) {
    const QString prefix = from + QLatin1Char('/');
    const QString renamed = to + QLatin1Char('/');
    for (ExampleGroup& g : m_groups)
        if (g.source.startsWith(prefix))
            g.source.replace(0, prefix.size(), renamed);
    for (Diagnostic& d : diagnostics.items) {
        if (d.file == from)
            d.file = to;
        else if (d.file.startsWith(prefix))
            d.file.replace(0, prefix.size(), renamed);
        d.message.replace(prefix, renamed); // "size from <results file>", "a copy of <file>"
        d.place.replace(prefix, renamed);
    }
}

} // namespace ee

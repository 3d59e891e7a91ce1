// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/ExampleSet.h"

namespace ee::metrics {

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

ExampleGroup& ExampleSet::groupFor(const ExampleGroupKey& key, const QString& source) {
    const QString s = serialise(key);
    auto it = m_index.constFind(s);
    if (it != m_index.constEnd())
        return m_groups[*it];
    m_index.insert(s, m_groups.size());
    m_groups.append(ExampleGroup{key, source, {}, 0});
    return m_groups.last();
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

qsizetype ExampleSet::exampleCount() const {
    qsizetype n = 0;
    for (const auto& g : m_groups)
        n += g.examples.size();
    return n;
}

} // namespace ee::metrics

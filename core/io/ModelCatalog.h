// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ModelScale.h"

#include <QHash>
#include <QString>

namespace ee {

class ScoreTable;

/// \brief What is known about a model apart from its scores.
struct ModelInfo {
    QString name;
    QString family;
    ModelScale scale;
};

/// \brief Model metadata gathered from metadata tables, looked up by model name.
/// Look-ups ignore case and accept the last path component ("huggyllama/llama-7b" and
/// "llama-7b" find the same entry when that is unambiguous).
class ModelCatalog {
public:
    /// \brief Adds or replaces the entry for `info.name`.
    void add(const ModelInfo& info);
    /// \brief Merges every entry of `other` (other wins on conflicts).
    void merge(const ModelCatalog& other);
    const ModelInfo* find(const QString& name) const;
    bool isEmpty() const { return m_byName.isEmpty(); }
    qsizetype size() const { return m_byName.size(); }

private:
    QHash<QString, ModelInfo> m_byName;
    QHash<QString, QString> m_byShortName; ///< short name → full key; empty when ambiguous
};

/// \brief Every model of `table` with a known parameter count, with its family and scale (the
/// first row of a model wins). The bundled datasets make the app's default model catalogue, so
/// per-example files that name a well-known model get its size without a metadata table.
ModelCatalog catalogFromTable(const ScoreTable& table);

} // namespace ee

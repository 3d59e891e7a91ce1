// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ModelScale.h"

#include <QCoreApplication>

namespace ee {

QString scaleAxisName(ScaleAxis axis) {
    switch (axis) {
    case ScaleAxis::Params:
        return QStringLiteral("params");
    case ScaleAxis::NonEmbeddingParams:
        return QStringLiteral("nonembedding_params");
    case ScaleAxis::Tokens:
        return QStringLiteral("tokens");
    case ScaleAxis::Flops:
        return QStringLiteral("flops");
    }
    return {};
}

// Translated: the label titles axes and tooltips in the app (the command line installs no
// translator, so its output stays English).
QString scaleAxisLabel(ScaleAxis axis) {
    switch (axis) {
    case ScaleAxis::Params:
        return QCoreApplication::translate("ModelScale", "parameters");
    case ScaleAxis::NonEmbeddingParams:
        return QCoreApplication::translate("ModelScale", "non-embedding parameters");
    case ScaleAxis::Tokens:
        return QCoreApplication::translate("ModelScale", "training tokens");
    case ScaleAxis::Flops:
        return QCoreApplication::translate("ModelScale", "training FLOPs");
    }
    return {};
}

std::optional<ScaleAxis> scaleAxisFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("params") || n == QLatin1String("parameters"))
        return ScaleAxis::Params;
    if (n == QLatin1String("nonembedding_params") || n == QLatin1String("nonembedding") ||
        n == QLatin1String("non_embedding_params"))
        return ScaleAxis::NonEmbeddingParams;
    if (n == QLatin1String("tokens"))
        return ScaleAxis::Tokens;
    if (n == QLatin1String("flops"))
        return ScaleAxis::Flops;
    return std::nullopt;
}

} // namespace ee

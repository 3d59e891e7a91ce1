// SPDX-License-Identifier: GPL-3.0-or-later
#include "tour/Tour.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

// The resources are compiled into the static ee_ui library: register them explicitly, since
// a static library's initialiser is not pulled in by the linker on its own.
static void initResources() {
    Q_INIT_RESOURCE(resources);
}

namespace ee::ui {

std::optional<Tour> Tour::load(const QString& path, QString* error) {
    initResources();
    const auto fail = [&](const QString& why) -> std::optional<Tour> {
        if (error)
            *error = path + QStringLiteral(": ") + why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject())
        return fail(parse.error != QJsonParseError::NoError
                        ? QCoreApplication::translate("Tour", "offset %1: %2")
                              .arg(parse.offset)
                              .arg(parse.errorString())
                        : QCoreApplication::translate("Tour", "not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("emergence-tour"))
        return fail(QCoreApplication::translate("Tour", "\"format\" is not \"emergence-tour\""));
    Tour tour;
    tour.title = root.value(QStringLiteral("title")).toString();
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps[i].toObject();
        TourStep step;
        step.title = s.value(QStringLiteral("title")).toString();
        step.caption = s.value(QStringLiteral("caption")).toString();
        step.notice = s.value(QStringLiteral("notice")).toString();
        step.claim = s.value(QStringLiteral("claim")).toString();
        if (step.title.isEmpty())
            return fail(
                QCoreApplication::translate("Tour", "steps[%1]: a step needs a \"title\"").arg(i));
        QJsonObject view = s.value(QStringLiteral("view")).toObject();
        view.insert(QStringLiteral("format"), QStringLiteral("emergence-session"));
        step.view = *ViewState::fromJson(view);
        tour.steps.append(step);
    }
    if (tour.steps.isEmpty())
        return fail(QCoreApplication::translate("Tour", "no steps"));
    return tour;
}

} // namespace ee::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ViewState.h"

#include "io/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ee::ui {

namespace {

const QString kFormat = QStringLiteral("emergence-session");
constexpr int kVersion = 1;

QJsonArray toArray(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        out << e.toString();
    return out;
}

} // namespace

QJsonObject ViewState::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), kVersion);
    o.insert(QStringLiteral("data"), toArray(dataPaths));
    o.insert(QStringLiteral("view"), view);
    o.insert(QStringLiteral("chart"), chart.toJson());
    if (families)
        o.insert(QStringLiteral("families"), families->toJson());
    if (poolSources)
        o.insert(QStringLiteral("pool_sources"), *poolSources);
    o.insert(QStringLiteral("side_by_side"), sideBySide);
    o.insert(QStringLiteral("side_metrics"), toArray(sideMetrics));
    if (xRange)
        o.insert(QStringLiteral("x_range_log10"), QJsonArray{xRange->first, xRange->second});
    o.insert(QStringLiteral("draw_fits"), drawFits);
    o.insert(QStringLiteral("search"), search);
    if (sortColumn >= 0) {
        o.insert(QStringLiteral("sort_column"), sortColumn);
        o.insert(QStringLiteral("sort_descending"), sortDescending);
    }
    QJsonObject d;
    d.insert(QStringLiteral("source"), decomposition.source);
    d.insert(QStringLiteral("task"), decomposition.task);
    d.insert(QStringLiteral("subtasks"), toArray(decomposition.subtasks));
    d.insert(QStringLiteral("rule"), decomposition.rule);
    d.insert(QStringLiteral("metric"), decomposition.metric);
    o.insert(QStringLiteral("decomposition"), d);
    QJsonObject t;
    t.insert(QStringLiteral("c"), toy.c);
    t.insert(QStringLiteral("alpha"), toy.alpha);
    t.insert(QStringLiteral("length"), toy.length);
    t.insert(QStringLiteral("test_size"), toy.testSize);
    o.insert(QStringLiteral("toy_model"), t);
    if (forecast) {
        QJsonObject f;
        f.insert(QStringLiteral("target"), forecast->target);
        f.insert(QStringLiteral("predictors"), forecast->predictors);
        f.insert(QStringLiteral("without_gsm8k"), forecast->withoutGsm8k);
        if (forecast->cutoffFlops)
            f.insert(QStringLiteral("cutoff_flops"), *forecast->cutoffFlops);
        o.insert(QStringLiteral("forecast"), f);
    }
    if (instances)
        o.insert(QStringLiteral("instances"), instances->toJson());
    if (!windowState.isEmpty())
        o.insert(QStringLiteral("window_state"), QString::fromLatin1(windowState.toBase64()));
    if (!geometry.isEmpty())
        o.insert(QStringLiteral("geometry"), QString::fromLatin1(geometry.toBase64()));
    return o;
}

std::optional<ViewState> ViewState::fromJson(const QJsonObject& o, QString* error) {
    if (o.value(QStringLiteral("format")).toString() != kFormat) {
        if (error)
            *error = QStringLiteral("not an Emergence Explorer session (\"format\" is not \"%1\")")
                         .arg(kFormat);
        return std::nullopt;
    }
    ViewState s;
    s.dataPaths = toList(o.value(QStringLiteral("data")));
    s.view = o.value(QStringLiteral("view")).toString(s.view);
    s.chart = ChartSelection::fromJson(o.value(QStringLiteral("chart")).toObject());
    if (o.contains(QStringLiteral("families")))
        s.families = FamilyFilter::fromJson(o.value(QStringLiteral("families")).toObject());
    if (o.value(QStringLiteral("pool_sources")).isBool())
        s.poolSources = o.value(QStringLiteral("pool_sources")).toBool();
    s.sideBySide = o.value(QStringLiteral("side_by_side")).toBool();
    s.sideMetrics = toList(o.value(QStringLiteral("side_metrics")));
    const QJsonArray range = o.value(QStringLiteral("x_range_log10")).toArray();
    if (range.size() == 2 && range[0].isDouble() && range[1].isDouble())
        s.xRange = std::make_pair(range[0].toDouble(), range[1].toDouble());
    s.drawFits = o.value(QStringLiteral("draw_fits")).toBool();
    s.search = o.value(QStringLiteral("search")).toString();
    s.sortColumn = o.value(QStringLiteral("sort_column")).toInt(-1);
    s.sortDescending = o.value(QStringLiteral("sort_descending")).toBool();
    const QJsonObject d = o.value(QStringLiteral("decomposition")).toObject();
    s.decomposition.source = d.value(QStringLiteral("source")).toString();
    s.decomposition.task = d.value(QStringLiteral("task")).toString();
    s.decomposition.subtasks = toList(d.value(QStringLiteral("subtasks")));
    s.decomposition.rule = d.value(QStringLiteral("rule")).toString(s.decomposition.rule);
    s.decomposition.metric = d.value(QStringLiteral("metric")).toString();
    const QJsonObject t = o.value(QStringLiteral("toy_model")).toObject();
    s.toy.c = t.value(QStringLiteral("c")).toDouble(s.toy.c);
    s.toy.alpha = t.value(QStringLiteral("alpha")).toDouble(s.toy.alpha);
    s.toy.length = t.value(QStringLiteral("length")).toInt(s.toy.length);
    s.toy.testSize = t.value(QStringLiteral("test_size")).toInt(s.toy.testSize);
    if (const QJsonValue v = o.value(QStringLiteral("forecast")); v.isObject()) {
        const QJsonObject f = v.toObject();
        ForecastState fs;
        fs.target = f.value(QStringLiteral("target")).toString();
        fs.predictors = f.value(QStringLiteral("predictors")).toString(fs.predictors);
        fs.withoutGsm8k = f.value(QStringLiteral("without_gsm8k")).toBool();
        if (const QJsonValue c = f.value(QStringLiteral("cutoff_flops")); c.isDouble())
            fs.cutoffFlops = c.toDouble();
        s.forecast = fs;
    }
    if (const QJsonValue v = o.value(QStringLiteral("instances")); v.isObject())
        s.instances = InstancesState::fromJson(v.toObject());
    s.windowState =
        QByteArray::fromBase64(o.value(QStringLiteral("window_state")).toString().toLatin1());
    s.geometry = QByteArray::fromBase64(o.value(QStringLiteral("geometry")).toString().toLatin1());
    return s;
}

bool saveSession(const ViewState& state, const QString& path, QString* error) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeFileAtomically(path, QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented),
                               error);
}

std::optional<ViewState> loadSession(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: offset %2: %3")
                         .arg(path)
                         .arg(parse.offset)
                         .arg(parse.error == QJsonParseError::NoError
                                  ? QStringLiteral("not a JSON object")
                                  : parse.errorString());
        return std::nullopt;
    }
    QString why;
    auto state = ViewState::fromJson(doc.object(), &why);
    if (!state && error)
        *error = path + QStringLiteral(": ") + why;
    return state;
}

QString lastSessionPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("last-session.json"));
}

} // namespace ee::ui

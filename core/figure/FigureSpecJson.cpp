// SPDX-License-Identifier: GPL-3.0-or-later
// FigureSpec as JSON: toJson(), fromJson() and load(). The key names are the file format
// (docs/figures.md); reading is strict about types and names the first bad key.
#include "figure/FigureSpec.h"
#include "figure/SpecJsonReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ee {

using namespace figureNames;

namespace {

QJsonArray toArray(const QStringList& list) {
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QJsonObject panelToJson(const PanelSpec& p) {
    QJsonObject o;
    o[QLatin1String("task")] = p.query.task;
    if (p.query.subtask)
        o[QLatin1String("subtask")] = *p.query.subtask;
    o[QLatin1String("metric")] = p.query.metric;
    o[QLatin1String("families")] = toArray(p.query.families);
    if (p.query.shots)
        o[QLatin1String("shots")] = *p.query.shots;
    if (!p.query.prompting.isEmpty())
        o[QLatin1String("prompting")] = p.query.prompting;
    o[QLatin1String("axis")] = scaleAxisName(p.query.axis);
    o[QLatin1String("title")] = p.title;
    o[QLatin1String("xLabel")] = p.xLabel;
    o[QLatin1String("yLabel")] = p.yLabel;
    o[QLatin1String("logX")] = p.logX;
    o[QLatin1String("chance")] = p.showChance;
    o[QLatin1String("perfect")] = p.showPerfect;
    o[QLatin1String("ci")] = ciStyleName(p.ci);
    if (p.yAxis != YAxisMode::Fit)
        o[QLatin1String("yAxis")] = yAxisModeName(p.yAxis);
    if (p.yMin)
        o[QLatin1String("yMin")] = *p.yMin;
    if (p.yMax)
        o[QLatin1String("yMax")] = *p.yMax;
    if (!p.fits.isEmpty()) {
        QJsonArray fits;
        for (const FittedCurve& f : p.fits) {
            QJsonArray points;
            for (const QPointF& pt : f.points)
                points.append(QJsonArray{pt.x(), pt.y()});
            fits.append(QJsonObject{{QLatin1String("label"), f.label},
                                    {QLatin1String("family"), f.family},
                                    {QLatin1String("points"), points}});
        }
        o[QLatin1String("fits")] = fits;
    }
    return o;
}

PanelSpec panelFromJson(const QJsonObject& o, const QString& path, SpecJsonReader& r) {
    PanelSpec p;
    r.string(o, "task", p.query.task, path);
    if (o.contains(QLatin1String("subtask"))) {
        QString s;
        r.string(o, "subtask", s, path);
        p.query.subtask = s;
    }
    r.string(o, "metric", p.query.metric, path);
    r.strings(o, "families", p.query.families, path);
    if (o.contains(QLatin1String("shots")) && !o.value(QLatin1String("shots")).isNull()) {
        int shots = 0;
        r.integer(o, "shots", shots, path);
        p.query.shots = shots;
    }
    r.string(o, "prompting", p.query.prompting, path);
    QString axis;
    r.string(o, "axis", axis, path);
    if (!axis.isEmpty()) {
        if (const auto a = scaleAxisFromName(axis))
            p.query.axis = *a;
        else
            r.fail(path + QLatin1String("axis"),
                   QStringLiteral("unknown scale axis '%1' (expected params, "
                                  "nonembedding_params, tokens or flops)")
                       .arg(axis));
    }
    r.string(o, "title", p.title, path);
    r.string(o, "xLabel", p.xLabel, path);
    r.string(o, "yLabel", p.yLabel, path);
    r.boolean(o, "logX", p.logX, path);
    r.boolean(o, "chance", p.showChance, path);
    r.boolean(o, "perfect", p.showPerfect, path);
    r.named(o, "ci", kCiStyles, p.ci, path);
    r.named(o, "yAxis", kYAxisModes, p.yAxis, path);
    r.optNumber(o, "yMin", p.yMin, path);
    r.optNumber(o, "yMax", p.yMax, path);
    const QJsonValue fits = o.value(QLatin1String("fits"));
    if (!fits.isUndefined() && !fits.isArray())
        r.fail(path + QLatin1String("fits"), QStringLiteral("expected a list"));
    const QJsonArray fitArray = fits.toArray();
    for (qsizetype i = 0; i < fitArray.size(); ++i) {
        const QString fp = path + QStringLiteral("fits[%1].").arg(i);
        const QJsonObject fo = fitArray.at(i).toObject();
        FittedCurve f;
        r.string(fo, "label", f.label, fp);
        r.string(fo, "family", f.family, fp);
        for (const QJsonValue& pv : fo.value(QLatin1String("points")).toArray()) {
            const QJsonArray pair = pv.toArray();
            if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble()) {
                r.fail(fp + QLatin1String("points"), QStringLiteral("expected [x, y] pairs"));
                break;
            }
            f.points.append(QPointF(pair.at(0).toDouble(), pair.at(1).toDouble()));
        }
        p.fits.append(f);
    }
    return p;
}

} // namespace

QJsonObject FigureSpec::toJson() const {
    QJsonObject styleJson{{QLatin1String("fontFamily"), style.fontFamily},
                          {QLatin1String("titlePt"), style.titlePt},
                          {QLatin1String("labelPt"), style.labelPt},
                          {QLatin1String("tickPt"), style.tickPt},
                          {QLatin1String("legendPt"), style.legendPt},
                          {QLatin1String("lineWidthPt"), style.lineWidthPt},
                          {QLatin1String("markerSizePt"), style.markerSizePt},
                          {QLatin1String("referenceLineWidthPt"), style.referenceLineWidthPt},
                          {QLatin1String("palette"), toArray(style.palette)},
                          {QLatin1String("varyMarkers"), style.varyMarkers},
                          {QLatin1String("varyDashes"), style.varyDashes},
                          {QLatin1String("background"), backgroundName(style.background)}};
    QJsonArray panelArray;
    for (const PanelSpec& p : panels)
        panelArray.append(panelToJson(p));
    return QJsonObject{
        {QLatin1String("version"), 1},
        {QLatin1String("title"), title},
        {QLatin1String("grid"), QJsonObject{{QLatin1String("rows"), rows},
                                            {QLatin1String("cols"), cols},
                                            {QLatin1String("shareX"), shareX},
                                            {QLatin1String("shareY"), shareY}}},
        {QLatin1String("size"), QJsonObject{{QLatin1String("width"), size.width},
                                            {QLatin1String("height"), size.height},
                                            {QLatin1String("unit"), size.unit == LengthUnit::Inches
                                                                        ? QStringLiteral("in")
                                                                        : QStringLiteral("mm")}}},
        {QLatin1String("dpi"), dpi},
        {QLatin1String("legend"), legendPlacementName(legend)},
        {QLatin1String("style"), styleJson},
        {QLatin1String("panels"), panelArray}};
}

std::optional<FigureSpec> FigureSpec::fromJson(const QJsonObject& json, QString* error) {
    FigureSpec s;
    s.style.palette = FigureStyle::okabeIto();
    SpecJsonReader r;
    const QString top;
    int version = 1;
    r.integer(json, "version", version, top);
    if (r.ok() && version != 1)
        r.fail(QStringLiteral("version"), QStringLiteral("this program reads version 1 only"));
    r.string(json, "title", s.title, top);
    const QJsonObject grid = json.value(QLatin1String("grid")).toObject();
    r.integer(grid, "rows", s.rows, QStringLiteral("grid."));
    r.integer(grid, "cols", s.cols, QStringLiteral("grid."));
    r.boolean(grid, "shareX", s.shareX, QStringLiteral("grid."));
    r.boolean(grid, "shareY", s.shareY, QStringLiteral("grid."));
    const QJsonObject size = json.value(QLatin1String("size")).toObject();
    r.number(size, "width", s.size.width, QStringLiteral("size."));
    r.number(size, "height", s.size.height, QStringLiteral("size."));
    QString unit;
    r.string(size, "unit", unit, QStringLiteral("size."));
    if (unit == QLatin1String("mm"))
        s.size.unit = LengthUnit::Millimetres;
    else if (unit == QLatin1String("in"))
        s.size.unit = LengthUnit::Inches;
    else if (!unit.isEmpty())
        r.fail(QStringLiteral("size.unit"), QStringLiteral("expected \"mm\" or \"in\""));
    r.integer(json, "dpi", s.dpi, top);
    r.named(json, "legend", kLegends, s.legend, top);
    const QJsonObject st = json.value(QLatin1String("style")).toObject();
    const QString sp = QStringLiteral("style.");
    r.string(st, "fontFamily", s.style.fontFamily, sp);
    r.number(st, "titlePt", s.style.titlePt, sp);
    r.number(st, "labelPt", s.style.labelPt, sp);
    r.number(st, "tickPt", s.style.tickPt, sp);
    r.number(st, "legendPt", s.style.legendPt, sp);
    r.number(st, "lineWidthPt", s.style.lineWidthPt, sp);
    r.number(st, "markerSizePt", s.style.markerSizePt, sp);
    r.number(st, "referenceLineWidthPt", s.style.referenceLineWidthPt, sp);
    r.strings(st, "palette", s.style.palette, sp);
    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    for (const QString& c : std::as_const(s.style.palette))
        if (!colour.match(c).hasMatch())
            r.fail(QStringLiteral("style.palette"),
                   QStringLiteral("'%1' is not a #rrggbb colour").arg(c));
    r.boolean(st, "varyMarkers", s.style.varyMarkers, sp);
    r.boolean(st, "varyDashes", s.style.varyDashes, sp);
    r.named(st, "background", kBackgrounds, s.style.background, sp);
    const QJsonArray panels = json.value(QLatin1String("panels")).toArray();
    for (qsizetype i = 0; i < panels.size(); ++i) {
        if (!panels.at(i).isObject()) {
            r.fail(QStringLiteral("panels[%1]").arg(i), QStringLiteral("expected an object"));
            break;
        }
        s.panels.append(
            panelFromJson(panels.at(i).toObject(), QStringLiteral("panels[%1].").arg(i), r));
    }
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    if (s.style.palette.isEmpty())
        s.style.palette = FigureStyle::okabeIto();
    return s;
}

std::optional<FigureSpec> FigureSpec::load(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error == QJsonParseError::NoError && !doc.isObject()) {
        // Valid JSON of the wrong shape: Qt's errorString() would say "no error occurred".
        if (error)
            *error = QStringLiteral("%1: not a figure spec: expected a JSON object").arg(path);
        return std::nullopt;
    }
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("%1: byte %2: not a JSON object: %3")
                         .arg(path)
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    QString why;
    auto spec = fromJson(doc.object(), &why);
    if (!spec && error)
        *error = path + QLatin1String(": ") + why;
    return spec;
}

} // namespace ee

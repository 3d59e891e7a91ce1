// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/FigureSpec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace ee {

namespace {

template <typename E> struct NamedValue {
    E value;
    const char* name;
};

constexpr NamedValue<Background> kBackgrounds[] = {{Background::White, "white"},
                                                   {Background::Transparent, "transparent"},
                                                   {Background::Dark, "dark"}};
constexpr NamedValue<LegendPlacement> kLegends[] = {{LegendPlacement::None, "none"},
                                                    {LegendPlacement::Top, "top"},
                                                    {LegendPlacement::Bottom, "bottom"},
                                                    {LegendPlacement::Right, "right"},
                                                    {LegendPlacement::Inside, "inside"}};
constexpr NamedValue<CiStyle> kCiStyles[] = {
    {CiStyle::None, "none"}, {CiStyle::Band, "band"}, {CiStyle::ErrorBars, "error_bars"}};

template <typename E, std::size_t N> QString nameOf(const NamedValue<E> (&table)[N], E value) {
    for (const auto& entry : table)
        if (entry.value == value)
            return QLatin1String(entry.name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const NamedValue<E> (&table)[N], const QString& name) {
    for (const auto& entry : table)
        if (name == QLatin1String(entry.name))
            return entry.value;
    return std::nullopt;
}

/// Reads the JSON, remembering the first problem as a sentence naming the key.
class Reader {
public:
    QString error;

    bool ok() const { return error.isEmpty(); }
    void fail(const QString& key, const QString& what) {
        if (error.isEmpty())
            error = QStringLiteral("\"%1\": %2").arg(key, what);
    }
    void number(const QJsonObject& o, const char* key, double& out, const QString& path) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(path + QLatin1String(key), QStringLiteral("expected a number"));
        out = v.toDouble();
    }
    void optNumber(const QJsonObject& o, const char* key, std::optional<double>& out,
                   const QString& path) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        double d = 0;
        number(o, key, d, path);
        out = d;
    }
    void integer(const QJsonObject& o, const char* key, int& out, const QString& path) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1.5);
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9)
            return fail(path + QLatin1String(key), QStringLiteral("expected a whole number"));
        out = static_cast<int>(d);
    }
    void boolean(const QJsonObject& o, const char* key, bool& out, const QString& path) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return fail(path + QLatin1String(key), QStringLiteral("expected true or false"));
        out = v.toBool();
    }
    void string(const QJsonObject& o, const char* key, QString& out, const QString& path) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(path + QLatin1String(key), QStringLiteral("expected a string"));
        out = v.toString();
    }
    void strings(const QJsonObject& o, const char* key, QStringList& out, const QString& path) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return fail(path + QLatin1String(key), QStringLiteral("expected a list of strings"));
        out.clear();
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                return fail(path + QLatin1String(key),
                            QStringLiteral("expected a list of strings"));
            out << item.toString();
        }
    }
    template <typename E, std::size_t N>
    void named(const QJsonObject& o, const char* key, const NamedValue<E> (&table)[N], E& out,
               const QString& path) {
        QString name;
        string(o, key, name, path);
        if (name.isEmpty())
            return;
        const auto v = valueOf(table, name);
        if (!v) {
            QStringList names;
            for (const auto& entry : table)
                names << QLatin1String(entry.name);
            return fail(path + QLatin1String(key),
                        QStringLiteral("unknown value '%1' (expected %2)")
                            .arg(name, names.join(QLatin1String(", "))));
        }
        out = *v;
    }
};

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

PanelSpec panelFromJson(const QJsonObject& o, const QString& path, Reader& r) {
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

QString backgroundName(Background b) {
    return nameOf(kBackgrounds, b);
}
QString legendPlacementName(LegendPlacement p) {
    return nameOf(kLegends, p);
}
QString ciStyleName(CiStyle s) {
    return nameOf(kCiStyles, s);
}

QString PageSize::toString() const {
    return QStringLiteral("%1x%2%3").arg(QString::number(width), QString::number(height),
                                         unit == LengthUnit::Inches ? QStringLiteral("in")
                                                                    : QStringLiteral("mm"));
}

std::optional<PageSize> PageSize::parse(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([0-9]*\.?[0-9]+)\s*[xX×]\s*([0-9]*\.?[0-9]+)\s*(mm|in)\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    PageSize s;
    s.width = m.captured(1).toDouble();
    s.height = m.captured(2).toDouble();
    s.unit = m.captured(3) == QLatin1String("in") ? LengthUnit::Inches : LengthUnit::Millimetres;
    return s;
}

CurveFilter PanelQuery::filter() const {
    CurveFilter f;
    f.task = task;
    f.subtask = subtask;
    f.metric = metric;
    f.families = families;
    f.shots = shots;
    f.prompting = prompting;
    return f;
}

QString PanelSpec::effectiveTitle() const {
    if (!title.isEmpty())
        return title;
    if (query.subtask && !query.subtask->isEmpty())
        return query.task + QLatin1Char('/') + *query.subtask;
    return query.task;
}

QString PanelSpec::effectiveXLabel() const {
    return xLabel.isEmpty() ? scaleAxisLabel(query.axis) : xLabel;
}

QString PanelSpec::effectiveYLabel() const {
    return yLabel.isEmpty() ? query.metric : yLabel;
}

QStringList FigureStyle::okabeIto() {
    // Okabe & Ito, "Color Universal Design" (2008). Black is kept out of the cycle (it is the
    // reference-line colour) and yellow goes last because it is faint on white paper.
    return {QStringLiteral("#0072B2"), QStringLiteral("#D55E00"), QStringLiteral("#009E73"),
            QStringLiteral("#CC79A7"), QStringLiteral("#E69F00"), QStringLiteral("#56B4E9"),
            QStringLiteral("#F0E442")};
}

FigureSpec FigureSpec::preset(Preset preset) {
    FigureSpec s;
    s.style.palette = FigureStyle::okabeIto();
    switch (preset) {
    case Preset::SingleColumn:
        s.size = {3.25, 2.4, LengthUnit::Inches};
        break;
    case Preset::DoubleColumn:
        s.size = {6.75, 3.0, LengthUnit::Inches};
        break;
    case Preset::Slide:
        s.size = {10.0, 5.625, LengthUnit::Inches};
        s.dpi = 192;
        s.style.titlePt = 18;
        s.style.labelPt = 16;
        s.style.tickPt = 14;
        s.style.legendPt = 14;
        s.style.lineWidthPt = 2.0;
        s.style.markerSizePt = 9;
        s.style.referenceLineWidthPt = 1.2;
        break;
    case Preset::Poster:
        s.size = {12.0, 9.0, LengthUnit::Inches};
        s.style.titlePt = 28;
        s.style.labelPt = 24;
        s.style.tickPt = 20;
        s.style.legendPt = 20;
        s.style.lineWidthPt = 3.0;
        s.style.markerSizePt = 12;
        s.style.referenceLineWidthPt = 1.5;
        break;
    }
    return s;
}

void FigureSpec::applyTheme(Theme theme) {
    switch (theme) {
    case Theme::Paper:
        style.background = Background::White;
        break;
    case Theme::Dark:
        style.background = Background::Dark;
        break;
    case Theme::Slide: {
        const FigureSpec slide = preset(Preset::Slide);
        size = slide.size;
        QStringList palette = style.palette;
        style = slide.style;
        if (!palette.isEmpty())
            style.palette = palette;
        break;
    }
    }
}

std::optional<FigureSpec::Theme> FigureSpec::themeFromName(const QString& name) {
    if (name == QLatin1String("paper"))
        return Theme::Paper;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    if (name == QLatin1String("slide"))
        return Theme::Slide;
    return std::nullopt;
}

std::optional<FigureSpec::Preset> FigureSpec::presetFromName(const QString& name) {
    if (name == QLatin1String("single-column"))
        return Preset::SingleColumn;
    if (name == QLatin1String("double-column"))
        return Preset::DoubleColumn;
    if (name == QLatin1String("slide"))
        return Preset::Slide;
    if (name == QLatin1String("poster"))
        return Preset::Poster;
    return std::nullopt;
}

QStringList FigureSpec::validate() const {
    using namespace figureLimits;
    QStringList problems;
    const auto side = [&](double mm, const char* which) {
        if (!std::isfinite(mm) || mm < minSideMm || mm > maxSideMm)
            problems << QStringLiteral("page %1 %2 mm is outside %3–%4 mm")
                            .arg(QLatin1String(which), QString::number(mm),
                                 QString::number(minSideMm), QString::number(maxSideMm));
    };
    side(size.widthMm(), "width");
    side(size.heightMm(), "height");
    if (dpi < minDpi || dpi > maxDpi)
        problems << QStringLiteral("DPI %1 is outside %2–%3").arg(dpi).arg(minDpi).arg(maxDpi);
    else if (size.widthIn() * dpi * size.heightIn() * dpi > maxPixels)
        problems << QStringLiteral("%1 at %2 DPI would be over %3 million pixels")
                        .arg(size.toString())
                        .arg(dpi)
                        .arg(maxPixels / 1e6);
    if (rows < 1 || cols < 1 || rows > 12 || cols > 12)
        problems << QStringLiteral("grid %1x%2 is outside 1x1–12x12").arg(rows).arg(cols);
    if (panels.isEmpty())
        problems << QStringLiteral("the figure has no panels");
    if (panels.size() > qsizetype(rows) * cols)
        problems << QStringLiteral("%1 panels do not fit a %2x%3 grid")
                        .arg(panels.size())
                        .arg(rows)
                        .arg(cols);
    for (qsizetype i = 0; i < panels.size(); ++i)
        if (panels[i].query.task.isEmpty())
            problems << QStringLiteral("panel %1 names no task").arg(i + 1);
    const double sizes[] = {style.titlePt,  style.labelPt,     style.tickPt,
                            style.legendPt, style.lineWidthPt, style.markerSizePt};
    for (double v : sizes)
        if (!std::isfinite(v) || v <= 0 || v > 200) {
            problems << QStringLiteral("font, line and marker sizes must be in (0, 200] pt");
            break;
        }
    return problems;
}

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
    Reader r;
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

// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence export`: a publication figure from a spec file or from a task query, headless.
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"

#include "figure/FigureSpec.h"
#include "i18n/Language.h"
#include "platform/DataPaths.h"
#include "render/FigureRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

namespace ee::cli {

namespace {

/// A spec path as given, unless it is a bare name that is no file here but one of the shipped
/// specs (installed copies have no source tree to point --spec into).
QString resolveSpecPath(const QString& given) {
    if (QFileInfo::exists(given) || given.contains(QLatin1Char('/')))
        return given;
    const QDir shipped(figureSpecsDir());
    for (const QString& name : {given, given + QStringLiteral(".json")})
        if (shipped.exists(name))
            return shipped.filePath(name);
    return given;
}

const QString kUsage = QStringLiteral(
    "emergence export [PATH...] (--spec FIG.json | --task T [--subtask S] [--metric M[,M...]] "
    "[--family F...] [--shots K] [--prompting P] [--x AXIS]) --out FILE.svg|.pdf|.png "
    "[--size WxH(mm|in)] [--preset single-column|double-column|slide|poster] [--dpi N] "
    "[--theme paper|dark|slide] [--grid RxC] [--title TEXT] [--legend "
    "top|bottom|right|inside|none] "
    "[--lang en|zh_CN] [--print-spec]");

void addOptions(QCommandLineParser& p) {
    addLoadOptions(p);
    const auto opt = [&](const char* name, const char* help, const char* value = nullptr) {
        addOption(p, name, help, value);
    };
    opt("spec",
        "A figure spec (JSON, as --print-spec writes it). A bare name that is not a file here, "
        "such as emergent-2x4, names one of the shipped specs.",
        "FIG.json");
    opt("task", "Task to plot (instead of --spec).", "T");
    opt("subtask", "Subtask ('' = the task itself); default: one panel per subtask.", "S");
    opt("metric", "Metric(s), comma-separated: one panel each, side by side; default: all.", "M");
    opt("family", "Model family (repeatable); default: all.", "F");
    opt("shots", "Number of shots.", "K");
    opt("prompting", "Prompting style.", "P");
    opt("x", "Scale axis: params, nonembedding_params, tokens or flops.", "AXIS");
    opt("out", "Output file; the suffix (.svg, .pdf, .png) picks the format.", "FILE");
    opt("size", "Page size, e.g. 89x60mm or 6.75x3in.", "WxH");
    opt("preset", "single-column (3.25 in), double-column (6.75 in), slide (16:9) or poster.",
        "NAME");
    opt("dpi", "Raster resolution for PNG (10-10000).", "N");
    opt("theme", "paper (white), dark or slide (16:9, large type).", "THEME");
    opt("grid", "Panel grid, e.g. 2x4 (rows x columns).", "RxC");
    opt("title", "Figure title.", "TEXT");
    opt("legend", "Legend placement: top, bottom, right, inside or none.", "WHERE");
    opt("lang",
        "Language of the figure's own texts (axis titles, chance labels): en (default) or "
        "zh_CN. Titles and names from the data stay as they are.",
        "CODE");
    opt("print-spec", "Print the figure spec (JSON) that would be rendered, and stop.");
    addPathsArgument(p, QStringLiteral("Data files or folders (default: bundled datasets)."));
}

/// Splits "2x4" into rows and columns.
bool parseGrid(const QString& text, int& rows, int& cols) {
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,2})\s*[xX×]\s*(\d{1,2})\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    rows = m.captured(1).toInt();
    cols = m.captured(2).toInt();
    return true;
}

/// One panel per (subtask, metric) of the task query.
QList<PanelSpec> panelsFromQuery(const QCommandLineParser& p, const ScoreTable& table,
                                 ScaleAxis axis, std::optional<int> shots) {
    const QString task = p.value(QStringLiteral("task"));
    QStringList subtasks;
    if (p.isSet(QStringLiteral("subtask")))
        subtasks << p.value(QStringLiteral("subtask"));
    else
        subtasks = table.subtasks(task);
    if (subtasks.isEmpty())
        subtasks << QString();
    QStringList metrics;
    for (const QString& m : p.values(QStringLiteral("metric")))
        metrics << m.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<PanelSpec> panels;
    for (const QString& subtask : std::as_const(subtasks)) {
        QStringList ms = metrics;
        if (ms.isEmpty()) {
            CurveFilter f;
            f.task = task;
            f.subtask = subtask;
            for (const CurveKey& k : table.curveKeys(f))
                if (!ms.contains(k.metric))
                    ms << k.metric;
        }
        for (const QString& metric : std::as_const(ms)) {
            PanelSpec panel;
            panel.query.task = task;
            panel.query.subtask = subtask;
            panel.query.metric = metric;
            panel.query.families = p.values(QStringLiteral("family"));
            panel.query.shots = shots;
            panel.query.prompting = p.value(QStringLiteral("prompting"));
            panel.query.axis = axis;
            panels.append(panel);
        }
    }
    return panels;
}

} // namespace

int runExport(const QStringList& args, Io io) {
    QCommandLineParser parser;
    addOptions(parser);
    int code = 0;
    if (!parseArgs(parser, args, io, code, kUsage))
        return code;
    const auto usageError = [&](const QString& message) {
        return cli::usageError(io, QStringLiteral("export"), message, kUsage);
    };
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !ui::installLanguage(lang))
        return usageError(QStringLiteral("unknown --lang '%1' (available: %2)")
                              .arg(lang, ui::availableLanguages().join(QStringLiteral(", "))));
    const bool fromSpec = parser.isSet(QStringLiteral("spec"));
    const bool fromTask = parser.isSet(QStringLiteral("task"));
    const bool printSpec = parser.isSet(QStringLiteral("print-spec"));
    if (fromSpec == fromTask)
        return usageError(QStringLiteral("give either --spec or --task"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() && !printSpec)
        return usageError(QStringLiteral("--out FILE is required"));
    std::optional<render::ExportFormat> format;
    if (!out.isEmpty()) {
        format = render::exportFormatFromPath(out);
        if (!format)
            return usageError(
                QStringLiteral("%1: unknown file type (expected .svg, .pdf or .png)").arg(out));
    }

    // Options that need no data, checked before the (slow) load.
    std::optional<ScaleAxis> axis = ScaleAxis::Params;
    if (parser.isSet(QStringLiteral("x")) &&
        !(axis = parseAxis(parser.value(QStringLiteral("x")), io)))
        return UsageError;
    std::optional<int> shots;
    if (parser.isSet(QStringLiteral("shots"))) {
        bool ok = false;
        shots = parser.value(QStringLiteral("shots")).toInt(&ok);
        if (!ok || *shots < 0)
            return usageError(QStringLiteral("--shots must be a whole number ≥ 0"));
    }
    std::optional<PageSize> size;
    if (parser.isSet(QStringLiteral("size")) &&
        !(size = PageSize::parse(parser.value(QStringLiteral("size")))))
        return usageError(QStringLiteral("--size '%1' is not WxH followed by mm or in "
                                         "(e.g. 89x60mm, 6.75x3in)")
                              .arg(parser.value(QStringLiteral("size"))));
    std::optional<int> dpi;
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok)
            return usageError(QStringLiteral("--dpi must be a whole number"));
    }
    std::optional<FigureSpec::Theme> theme;
    if (parser.isSet(QStringLiteral("theme")) &&
        !(theme = FigureSpec::themeFromName(parser.value(QStringLiteral("theme")))))
        return usageError(QStringLiteral("--theme must be paper, dark or slide"));
    std::optional<FigureSpec::Preset> preset;
    if (parser.isSet(QStringLiteral("preset")) &&
        !(preset = FigureSpec::presetFromName(parser.value(QStringLiteral("preset")))))
        return usageError(
            QStringLiteral("--preset must be single-column, double-column, slide or poster"));
    int rows = 0, cols = 0;
    if (parser.isSet(QStringLiteral("grid")) &&
        !parseGrid(parser.value(QStringLiteral("grid")), rows, cols))
        return usageError(QStringLiteral("--grid must look like 2x4 (rows x columns)"));
    std::optional<LegendPlacement> legend;
    if (parser.isSet(QStringLiteral("legend"))) {
        const QString where = parser.value(QStringLiteral("legend"));
        for (LegendPlacement l :
             {LegendPlacement::None, LegendPlacement::Top, LegendPlacement::Bottom,
              LegendPlacement::Right, LegendPlacement::Inside})
            if (legendPlacementName(l) == where)
                legend = l;
        if (!legend)
            return usageError(
                QStringLiteral("--legend must be top, bottom, right, inside or none"));
    }

    FigureSpec spec;
    if (fromSpec) {
        QString error;
        const auto loaded =
            FigureSpec::load(resolveSpecPath(parser.value(QStringLiteral("spec"))), &error);
        if (!loaded) {
            io.err << "emergence export: " << error << "\n";
            return UsageError;
        }
        spec = *loaded;
        if (preset) {
            const FigureSpec p = FigureSpec::preset(*preset);
            spec.size = p.size;
            spec.style = p.style;
        }
    }

    const auto data = loadData(parser, io);
    if (!data)
        return UsageError;
    const ScoreTable& table = data->table;

    if (fromTask) {
        if (!requireTask(table, parser.value(QStringLiteral("task")), QStringLiteral("export"), io))
            return DataError;
        spec.panels = panelsFromQuery(parser, table, *axis, shots);
        const int n = static_cast<int>(spec.panels.size());
        // Side by side up to four panels, then rows of four.
        spec.cols = std::clamp(n, 1, 4);
        spec.rows = std::max(1, (n + 3) / 4);
        const FigureSpec base = FigureSpec::preset(preset.value_or(
            n > 1 ? FigureSpec::Preset::DoubleColumn : FigureSpec::Preset::SingleColumn));
        spec.size = base.size;
        spec.style = base.style;
        spec.dpi = base.dpi;
        if (!preset && spec.rows > 1) // a grid of rows needs more height than one row
            spec.size.height = std::min(9.0, 1.9 * spec.rows + 0.4);
    }
    if (rows > 0) {
        spec.rows = rows;
        spec.cols = cols;
    }
    if (size)
        spec.size = *size;
    if (dpi)
        spec.dpi = *dpi;
    if (theme)
        spec.applyTheme(*theme);
    if (size) // --size wins over the slide theme's page
        spec.size = *size;
    if (legend)
        spec.legend = *legend;
    if (parser.isSet(QStringLiteral("title")))
        spec.title = parser.value(QStringLiteral("title"));

    const QStringList problems = spec.validate();
    if (!problems.isEmpty())
        return usageError(problems.join(QLatin1String("; ")));

    if (printSpec) {
        printJson(spec.toJson(), io.out);
        if (out.isEmpty())
            return Success;
    }

    // Every panel must show something: a typo in a metric is an error, not an empty plot.
    for (qsizetype i = 0; i < spec.panels.size(); ++i) {
        const PanelSpec& p = spec.panels[i];
        if (!table.tasks().contains(p.query.task)) {
            io.err << "emergence export: panel " << i + 1 << ": no task '" << p.query.task
                   << "' in the data\n";
            return DataError;
        }
        if (table.curveKeys(p.query.filter()).isEmpty()) {
            io.err << "emergence export: panel " << i + 1 << " (" << p.effectiveTitle()
                   << ", metric '" << p.query.metric << "'): no curve matches; metrics of '"
                   << p.query.task << "': " << table.metrics(p.query.task).join(QLatin1String(", "))
                   << "\n";
            return DataError;
        }
    }

    const render::ExportResult result =
        render::FigureRenderer::exportFigure(spec, table, out, format);
    for (const QString& note : result.notes)
        io.err << "note: " << note << "\n";
    if (!result.ok) {
        io.err << "emergence export: " << result.error << "\n";
        return DataError;
    }
    io.out << "wrote " << out << " (" << spec.size.toString() << ", " << spec.panels.size()
           << (spec.panels.size() == 1 ? " panel" : " panels") << ")\n";
    return data->diagnostics.hasErrors() ? DataError : Success;
}

} // namespace ee::cli

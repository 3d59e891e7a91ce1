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

const QString kCommand = QStringLiteral("export");

const QString kUsage = QStringLiteral(
    "emergence export [PATH...] (--spec FIG.json | --task T [--subtask S] [--metric M[,M...]] "
    "[--family F...] [--shots K] [--prompting P] [--x AXIS]) --out FILE.svg|.pdf|.png "
    "[--size WxH(mm|in)] [--preset single-column|double-column|slide|poster] [--dpi N] "
    "[--theme paper|dark|slide] [--grid RxC] [--title TEXT] [--legend "
    "top|bottom|right|inside|none] "
    "[--lang en|zh_CN] [--print-spec]");

void addExportOptions(QCommandLineParser& p) {
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

// No --format (the --out suffix picks it) and no required option: --out may be left out with
// --print-spec, which the command checks itself.
const CommandSyntax kSyntax{kCommand, kUsage, addExportOptions, {}, {}};

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

/// Everything the command line asks of the figure, read before the (slow) data load.
struct ExportRequest {
    bool fromSpec = false;
    bool printSpec = false;
    QString out;  ///< empty with --print-spec alone
    QString lang; ///< --lang, installed once the data are read (their problems stay English)
    std::optional<render::ExportFormat> format;
    ScaleAxis axis = ScaleAxis::Params;
    std::optional<int> shots;
    std::optional<PageSize> size;
    std::optional<int> dpi;
    std::optional<FigureSpec::Theme> theme;
    std::optional<FigureSpec::Preset> preset;
    int rows = 0, cols = 0; ///< --grid, 0 when not given
    std::optional<LegendPlacement> legend;
};

int exportUsageError(Io io, const QString& message) {
    return usageError(io, kCommand, message, kSyntax.usage);
}

/// --lang, --spec/--task, --out and its file type. False after a usage error message.
bool readTarget(const QCommandLineParser& parser, Io io, ExportRequest& r) {
    r.lang = parser.value(QStringLiteral("lang"));
    if (!r.lang.isEmpty() && !ui::availableLanguages().contains(r.lang)) {
        exportUsageError(io, QStringLiteral("unknown --lang '%1' (available: %2)")
                                 .arg(r.lang, ui::availableLanguages().join(QStringLiteral(", "))));
        return false;
    }
    r.fromSpec = parser.isSet(QStringLiteral("spec"));
    r.printSpec = parser.isSet(QStringLiteral("print-spec"));
    if (r.fromSpec == parser.isSet(QStringLiteral("task"))) {
        exportUsageError(io, QStringLiteral("give either --spec or --task"));
        return false;
    }
    r.out = parser.value(QStringLiteral("out"));
    if (r.out.isEmpty() && !r.printSpec) {
        exportUsageError(io, QStringLiteral("--out FILE is required"));
        return false;
    }
    if (!r.out.isEmpty()) {
        r.format = render::exportFormatFromPath(r.out);
        if (!r.format) {
            exportUsageError(
                io,
                QStringLiteral("%1: unknown file type (expected .svg, .pdf or .png)").arg(r.out));
            return false;
        }
    }
    return true;
}

/// --x, --shots, --size and --dpi. False after a usage error message.
bool readQueryAndPage(const QCommandLineParser& parser, Io io, ExportRequest& r) {
    if (parser.isSet(QStringLiteral("x"))) {
        const auto axis = parseAxis(parser.value(QStringLiteral("x")), io);
        if (!axis)
            return false;
        r.axis = *axis;
    }
    if (parser.isSet(QStringLiteral("shots"))) {
        bool ok = false;
        r.shots = parser.value(QStringLiteral("shots")).toInt(&ok);
        if (!ok || *r.shots < 0) {
            exportUsageError(io, QStringLiteral("--shots must be a whole number ≥ 0"));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("size")) &&
        !(r.size = PageSize::parse(parser.value(QStringLiteral("size"))))) {
        exportUsageError(io, QStringLiteral("--size '%1' is not WxH followed by mm or in "
                                            "(e.g. 89x60mm, 6.75x3in)")
                                 .arg(parser.value(QStringLiteral("size"))));
        return false;
    }
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        r.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok) {
            exportUsageError(io, QStringLiteral("--dpi must be a whole number"));
            return false;
        }
    }
    return true;
}

/// --theme, --preset, --grid and --legend. False after a usage error message.
bool readLook(const QCommandLineParser& parser, Io io, ExportRequest& r) {
    if (parser.isSet(QStringLiteral("theme")) &&
        !(r.theme = FigureSpec::themeFromName(parser.value(QStringLiteral("theme"))))) {
        exportUsageError(io, QStringLiteral("--theme must be paper, dark or slide"));
        return false;
    }
    if (parser.isSet(QStringLiteral("preset")) &&
        !(r.preset = FigureSpec::presetFromName(parser.value(QStringLiteral("preset"))))) {
        exportUsageError(
            io, QStringLiteral("--preset must be single-column, double-column, slide or poster"));
        return false;
    }
    if (parser.isSet(QStringLiteral("grid")) &&
        !parseGrid(parser.value(QStringLiteral("grid")), r.rows, r.cols)) {
        exportUsageError(io, QStringLiteral("--grid must look like 2x4 (rows x columns)"));
        return false;
    }
    if (parser.isSet(QStringLiteral("legend"))) {
        const QString where = parser.value(QStringLiteral("legend"));
        for (LegendPlacement l :
             {LegendPlacement::None, LegendPlacement::Top, LegendPlacement::Bottom,
              LegendPlacement::Right, LegendPlacement::Inside})
            if (legendPlacementName(l) == where)
                r.legend = l;
        if (!r.legend) {
            exportUsageError(io,
                             QStringLiteral("--legend must be top, bottom, right, inside or none"));
            return false;
        }
    }
    return true;
}

/// The --spec file, with the --preset's size and style. nullopt after a message.
std::optional<FigureSpec> loadSpecFile(const QCommandLineParser& parser, const ExportRequest& r,
                                       Io io) {
    QString error;
    auto spec = FigureSpec::load(resolveSpecPath(parser.value(QStringLiteral("spec"))), &error);
    if (!spec) {
        io.err << "emergence export: " << error << "\n";
        return std::nullopt;
    }
    if (r.preset) {
        const FigureSpec p = FigureSpec::preset(*r.preset);
        spec->size = p.size;
        spec->style = p.style;
    }
    return spec;
}

/// The panels of the --task query, laid out side by side up to four, then in rows of four, on
/// the preset's page (single column for one panel, double column for more).
void layOutTaskQuery(const QCommandLineParser& parser, const ScoreTable& table,
                     const ExportRequest& r, FigureSpec& spec) {
    spec.panels = panelsFromQuery(parser, table, r.axis, r.shots);
    const int n = static_cast<int>(spec.panels.size());
    spec.cols = std::clamp(n, 1, 4);
    spec.rows = std::max(1, (n + 3) / 4);
    const FigureSpec base = FigureSpec::preset(r.preset.value_or(
        n > 1 ? FigureSpec::Preset::DoubleColumn : FigureSpec::Preset::SingleColumn));
    spec.size = base.size;
    spec.style = base.style;
    spec.dpi = base.dpi;
    if (!r.preset && spec.rows > 1) // a grid of rows needs more height than one row
        spec.size.height = std::min(9.0, 1.9 * spec.rows + 0.4);
}

/// --grid, --size, --dpi, --theme, --legend and --title over what the spec or query gave.
void applyOverrides(const QCommandLineParser& parser, const ExportRequest& r, FigureSpec& spec) {
    if (r.rows > 0) {
        spec.rows = r.rows;
        spec.cols = r.cols;
    }
    if (r.size)
        spec.size = *r.size;
    if (r.dpi)
        spec.dpi = *r.dpi;
    if (r.theme)
        spec.applyTheme(*r.theme);
    if (r.size) // --size wins over the slide theme's page
        spec.size = *r.size;
    if (r.legend)
        spec.legend = *r.legend;
    if (parser.isSet(QStringLiteral("title")))
        spec.title = parser.value(QStringLiteral("title"));
}

/// Every panel must show something: a typo in a metric is an error, not an empty plot.
bool everyPanelHasCurves(const FigureSpec& spec, const ScoreTable& table, Io io) {
    for (qsizetype i = 0; i < spec.panels.size(); ++i) {
        const PanelSpec& p = spec.panels[i];
        if (!table.tasks().contains(p.query.task)) {
            io.err << "emergence export: panel " << i + 1 << ": no task '" << p.query.task
                   << "' in the data\n";
            return false;
        }
        if (table.curveKeys(p.query.filter()).isEmpty()) {
            io.err << "emergence export: panel " << i + 1 << " (" << p.effectiveTitle()
                   << ", metric '" << p.query.metric << "'): no curve matches; metrics of '"
                   << p.query.task << "': " << table.metrics(p.query.task).join(QLatin1String(", "))
                   << "\n";
            return false;
        }
    }
    return true;
}

/// Renders to the --out file and says what was written; DataError when rendering fails.
int renderFigure(const FigureSpec& spec, const ScoreTable& table, const ExportRequest& r, Io io) {
    const render::ExportResult result =
        render::FigureRenderer::exportFigure(spec, table, r.out, r.format);
    for (const QString& note : result.notes)
        io.err << "note: " << note << "\n";
    if (!result.ok) {
        io.err << "emergence export: " << result.error << "\n";
        return DataError;
    }
    io.out << "wrote " << r.out << " (" << spec.size.toString() << ", " << spec.panels.size()
           << (spec.panels.size() == 1 ? " panel" : " panels") << ")\n";
    return Success;
}

int exportMain(const QCommandLineParser& parser, Io io) {
    ExportRequest r;
    if (!readTarget(parser, io, r) || !readQueryAndPage(parser, io, r) || !readLook(parser, io, r))
        return UsageError;
    FigureSpec spec;
    if (r.fromSpec) {
        const auto loaded = loadSpecFile(parser, r, io);
        if (!loaded)
            return UsageError;
        spec = *loaded;
    }
    const auto data = loadData(parser, io);
    if (!data)
        return UsageError;
    // --lang is the figure's language, not the command line's: the readers' problems printed
    // above are English, as everywhere on the command line; the figure's texts made from here on
    // are in --lang.
    if (!r.lang.isEmpty() && !ui::installLanguage(r.lang))
        return exportUsageError(
            io, QStringLiteral("cannot load the translation for --lang '%1'").arg(r.lang));
    const ScoreTable& table = data->table;
    if (!r.fromSpec) {
        if (!requireTask(table, parser.value(QStringLiteral("task")), kCommand, io))
            return DataError;
        layOutTaskQuery(parser, table, r, spec);
    }
    applyOverrides(parser, r, spec);
    const QStringList problems = spec.validate();
    if (!problems.isEmpty())
        return exportUsageError(io, problems.join(QLatin1String("; ")));
    if (r.printSpec) {
        printJson(spec.toJson(), io.out);
        if (r.out.isEmpty())
            return Success;
    }
    if (!everyPanelHasCurves(spec, table, io))
        return DataError;
    const int code = renderFigure(spec, table, r, io);
    if (code != Success)
        return code;
    return data->diagnostics.hasErrors() ? DataError : Success;
}

} // namespace

int runExport(const QStringList& args, Io io) {
    return runCommand(kSyntax, exportMain, args, io);
}

} // namespace ee::cli

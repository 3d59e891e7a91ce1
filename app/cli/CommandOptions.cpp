// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandOptions.h"

#include "cli/CommandOutput.h"

#include <algorithm>

namespace ee::cli {

int runCommand(const CommandSyntax& syntax, CommandBody body, const QStringList& args, Io io) {
    QCommandLineParser parser;
    syntax.addOptions(parser);
    int code = Success;
    if (!parseArgs(parser, args, io, code, syntax.usage))
        return code;
    if (!syntax.formats.isEmpty() && !formatValue(parser, syntax.formats, syntax.name, io))
        return UsageError;
    if (!syntax.required.isEmpty() &&
        !requireOptions(parser, syntax.required, syntax.name, io, syntax.usage))
        return UsageError;
    return body(parser, io);
}

void addOption(QCommandLineParser& parser, const char* name, const char* help, const char* value,
               const char* defaultValue) {
    QCommandLineOption option(QString::fromLatin1(name), QString::fromUtf8(help));
    if (value)
        option.setValueName(QString::fromLatin1(value));
    if (defaultValue)
        option.setDefaultValue(QString::fromLatin1(defaultValue));
    parser.addOption(option);
}

void addPathsArgument(QCommandLineParser& parser, const QString& help) {
    parser.addPositionalArgument(QStringLiteral("PATH"), help, QStringLiteral("[PATH...]"));
}

int usageError(Io io, const QString& command, const QString& message, const QString& usage) {
    io.err << "emergence " << command << ": " << message << "\nusage: " << usage << "\n";
    return UsageError;
}

bool requireOptions(const QCommandLineParser& parser, const QStringList& names,
                    const QString& command, Io io, const QString& usage) {
    if (std::all_of(names.begin(), names.end(),
                    [&](const QString& name) { return parser.isSet(name); }))
        return true;
    QStringList dashed;
    for (const QString& name : names)
        dashed << QStringLiteral("--") + name;
    const QString last = dashed.takeLast();
    const QString list = dashed.isEmpty()
                             ? last + QStringLiteral(" is")
                             : dashed.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last +
                                   QStringLiteral(" are");
    usageError(io, command, list + QStringLiteral(" required"), usage);
    return false;
}

void addSelectionOptions(QCommandLineParser& parser, const char* taskHelp, const char* xHelp) {
    addOption(parser, "task", taskHelp, "T");
    addOption(parser, "subtask", "Subtask ('' = the task itself).", "S");
    addOption(parser, "metric", "Metric name.", "M");
    addOption(parser, "family", "Model family (repeatable).", "F");
    addOption(parser, "shots", "Number of shots.", "K");
    addOption(parser, "prompting", "Prompting style.", "P");
    addOption(parser, "source",
              "Only the curves of this source (an opened file or folder, named as in JSON "
              "output).",
              "NAME");
    addOption(parser, "pool-sources",
              "Pool curves of different sources that share task, subtask, metric, family, shots "
              "and prompting into one (by default they stay apart).");
    addOption(parser, "x",
              xHelp ? xHelp : "Scale axis: params, nonembedding_params, tokens or flops.", "AXIS",
              "params");
}

void addCurveCommandOptions(QCommandLineParser& parser, const char* taskHelp,
                            const QString& pathsHelp, const char* xHelp) {
    addLoadOptions(parser);
    addSelectionOptions(parser, taskHelp, xHelp);
    addOutputOptions(parser, csvOrJson());
    addPathsArgument(parser, pathsHelp);
}

std::optional<Selection> readSelection(const QCommandLineParser& parser, const QString& command,
                                       Io io, bool allowCapabilityPc) {
    const QString x = parser.value(QStringLiteral("x"));
    int pc = 0;
    if (allowCapabilityPc && x.size() == 3 && x.startsWith(QLatin1String("pc")) &&
        x[2] >= QLatin1Char('1') && x[2] <= QLatin1Char('3'))
        pc = x[2].digitValue();
    if (allowCapabilityPc && pc == 0 && !scaleAxisFromName(x)) {
        io.err << "emergence " << command << ": unknown --x '" << x
               << "' (expected params, nonembedding_params, tokens, flops, pc1, pc2 or pc3)\n";
        return std::nullopt;
    }
    // Curves moved onto a PC are still read on the default scale axis; only their x changes.
    const auto axis = pc ? std::optional<ScaleAxis>(ScaleAxis::Params) : parseAxis(x, io);
    if (!axis)
        return std::nullopt;
    Selection s{{}, *axis, pc};
    CurveFilter& filter = s.filter;
    filter.task = parser.value(QStringLiteral("task"));
    if (parser.isSet(QStringLiteral("subtask")))
        filter.subtask = parser.value(QStringLiteral("subtask"));
    filter.metric = parser.value(QStringLiteral("metric"));
    filter.families = parser.values(QStringLiteral("family"));
    filter.prompting = parser.value(QStringLiteral("prompting"));
    filter.source = parser.value(QStringLiteral("source"));
    filter.poolSources = parser.isSet(QStringLiteral("pool-sources"));
    if (parser.isSet(QStringLiteral("shots"))) {
        bool ok = false;
        const int shots = parser.value(QStringLiteral("shots")).toInt(&ok);
        if (!ok || shots < 0) {
            io.err << "emergence " << command << ": --shots must be a whole number ≥ 0\n";
            return std::nullopt;
        }
        filter.shots = shots;
    }
    return s;
}

bool requireTask(const ScoreTable& table, const QString& task, const QString& command, Io io) {
    if (table.tasks().contains(task))
        return true;
    io.err << "emergence " << command << ": no task '" << task << "' in the data\n";
    return false;
}

bool numberOption(const QCommandLineParser& parser, const QString& name, const QString& command,
                  Io io, double& out, double lo, double hi) {
    if (parser.value(name).isEmpty())
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < lo || v > hi) {
        io.err << "emergence " << command << ": --" << name << " must be a number";
        if (std::isfinite(lo) || std::isfinite(hi))
            io.err << " in [" << lo << ", " << hi << "]";
        io.err << "\n";
        return false;
    }
    out = v;
    return true;
}

bool intOption(const QCommandLineParser& parser, const QString& name, const QString& command, Io io,
               int& out, int lo, int hi) {
    if (parser.value(name).isEmpty())
        return true;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < lo || v > hi) {
        io.err << "emergence " << command << ": --" << name << " must be a whole number in [" << lo
               << ", " << hi << "]\n";
        return false;
    }
    out = v;
    return true;
}

} // namespace ee::cli

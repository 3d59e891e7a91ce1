// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence screenshots`: each main view rendered to PNG on the offscreen platform.
#include "cli/CommandOptions.h"
#include "cli/Commands.h"

#include "Screenshots.h"
#include "i18n/Language.h"

#include <QDir>

namespace ee::cli {

namespace {

const QString kCommand = QStringLiteral("screenshots");

void addScreenshotsOptions(QCommandLineParser& parser) {
    // Named "paths" in the help's argument list, as it always was (addPathsArgument says PATH).
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QStringLiteral("Data files or folders (default: the bundled "
                                                "datasets)."),
                                 QStringLiteral("[PATH...]"));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("views"),
                      QStringLiteral("Comma-separated subset of: ") +
                          ui::screenshotViews().join(QStringLiteral(", ")),
                      QStringLiteral("LIST")});
    addOption(parser, "size", "Window size in logical pixels (default 1600x1000).", "WxH");
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Interface language: ") +
                          ui::availableLanguages().join(QStringLiteral(", ")) +
                          QStringLiteral(" (default en)."),
                      QStringLiteral("CODE")});
}

// --out is checked by the command, not as a required option: its message names the argument
// ("--out DIR is required") and has no usage line, as before the command used this template.
const CommandSyntax kSyntax{
    kCommand,
    QStringLiteral(
        "emergence screenshots --out DIR [--views LIST] [--size WxH] [--lang CODE] [PATH...]"),
    addScreenshotsOptions,
    {},
    {}};

/// The --views subset (default: every view); nullopt after naming an unknown one.
std::optional<QStringList> readViews(const QCommandLineParser& parser, Io io) {
    if (!parser.isSet(QStringLiteral("views")))
        return ui::screenshotViews();
    const QStringList views =
        parser.value(QStringLiteral("views")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& v : views)
        if (!ui::screenshotViews().contains(v)) {
            io.err << "emergence screenshots: unknown view '" << v << "'\n";
            return std::nullopt;
        }
    return views;
}

/// --size into `width` and `height` (kept when not given); false after a message.
bool readWindowSize(const QCommandLineParser& parser, Io io, int& width, int& height) {
    if (!parser.isSet(QStringLiteral("size")))
        return true;
    const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    bool okW = false, okH = false;
    width = wh.value(0).toInt(&okW);
    height = wh.value(1).toInt(&okH);
    if (wh.size() != 2 || !okW || !okH || width < 400 || height < 300 || width > 8000 ||
        height > 8000) {
        io.err << "emergence screenshots: --size must be WxH between 400x300 and 8000x8000\n";
        return false;
    }
    return true;
}

int screenshotsMain(const QCommandLineParser& parser, Io io) {
    if (!parser.isSet(QStringLiteral("out"))) {
        io.err << "emergence screenshots: --out DIR is required\n";
        return UsageError;
    }
    const auto views = readViews(parser, io);
    if (!views)
        return UsageError;
    int width = 1600, height = 1000;
    if (!readWindowSize(parser, io, width, height))
        return UsageError;
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !ui::installLanguage(lang)) {
        io.err << "emergence screenshots: unknown language '" << lang
               << "' (available: " << ui::availableLanguages().join(QStringLiteral(", ")) << ")\n";
        return UsageError;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(out)) {
        io.err << "emergence screenshots: cannot create " << out << "\n";
        return DataError;
    }
    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        paths << datasetsDir();
    const int written = ui::writeScreenshots(paths, out, *views, width, height, io.out, io.err);
    return written == views->size() ? Success : DataError;
}

} // namespace

int runScreenshots(const QStringList& args, Io io) {
    return runCommand(kSyntax, screenshotsMain, args, io);
}

} // namespace ee::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "Screenshots.h"
#include "i18n/Language.h"

#include <QDir>

namespace ee::cli {

int runScreenshots(const QStringList& args, Io io) {
    QCommandLineParser parser;
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
    parser.addOption({QStringLiteral("size"),
                      QStringLiteral("Window size in logical pixels (default 1600x1000)."),
                      QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Interface language: ") +
                          ui::availableLanguages().join(QStringLiteral(", ")) +
                          QStringLiteral(" (default en)."),
                      QStringLiteral("CODE")});
    int code = Success;
    if (!parseArgs(parser, args, io, code,
                   QStringLiteral("emergence screenshots --out DIR [--views LIST] [--size WxH] "
                                  "[--lang CODE] [PATH...]")))
        return code;
    if (!parser.isSet(QStringLiteral("out"))) {
        io.err << "emergence screenshots: --out DIR is required\n";
        return UsageError;
    }
    QStringList views = ui::screenshotViews();
    if (parser.isSet(QStringLiteral("views"))) {
        views = parser.value(QStringLiteral("views")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& v : views)
            if (!ui::screenshotViews().contains(v)) {
                io.err << "emergence screenshots: unknown view '" << v << "'\n";
                return UsageError;
            }
    }
    int width = 1600, height = 1000;
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        width = wh.value(0).toInt(&okW);
        height = wh.value(1).toInt(&okH);
        if (wh.size() != 2 || !okW || !okH || width < 400 || height < 300 || width > 8000 ||
            height > 8000) {
            io.err << "emergence screenshots: --size must be WxH between 400x300 and 8000x8000\n";
            return UsageError;
        }
    }
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
    const int written = ui::writeScreenshots(paths, out, views, width, height, io.out, io.err);
    return written == views.size() ? Success : DataError;
}

} // namespace ee::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainWindow.h"

#include <QFile>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>

/// \brief Writes a small long-CSV file for the GUI tests. The numbers are made up for the tests
/// (two families, four sizes, two metrics) so that every expected value is known exactly.
inline QString writeUiFixture(const QTemporaryDir& dir,
                              const QString& name = QStringLiteral("ui.csv")) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("source,task,subtask,family,model,params,nonembedding_params,tokens,flops,shots,"
            "prompting,metric,value,stderr,ci_low,ci_high,n,low,high\n");
    const char* rows[] = {
        "t,add,,Alpha,a-1,1e8,,,,2,standard,exact_match,0.01,,,,100,0,1",
        "t,add,,Alpha,a-2,1e9,,,,2,standard,exact_match,0.02,,,,100,0,1",
        "t,add,,Alpha,a-3,1e10,,,,2,standard,exact_match,0.40,,,,100,0,1",
        "t,add,,Alpha,a-4,1e11,,,,2,standard,exact_match,0.90,,,,100,0,1",
        "t,add,,Beta,b-1,3e8,,,,2,standard,exact_match,0.00,,,,100,0,1",
        "t,add,,Beta,b-2,3e9,,,,2,standard,exact_match,0.05,,,,100,0,1",
        "t,add,,Beta,b-3,3e10,,,,2,standard,exact_match,0.70,,,,100,0,1",
        "t,add,,Alpha,a-1,1e8,,,,2,standard,bleu,10.5,,,,100,,",
        "t,add,,Alpha,a-2,1e9,,,,2,standard,bleu,20.25,,,,100,,",
        "t,add,,Alpha,a-3,1e10,,,,2,standard,bleu,30.0,,,,100,,",
        "t,add,,Alpha,a-4,1e11,,,,2,standard,bleu,41.75,,,,100,,",
        "t,add,,Beta,b-1,3e8,,,,2,standard,bleu,12.0,,,,100,,",
        "t,add,,Beta,b-2,3e9,,,,2,standard,bleu,22.0,,,,100,,",
        "t,add,,Beta,b-3,3e10,,,,2,standard,bleu,33.0,,,,100,,",
        "t,add,,Beta,b-0,0,,,,2,standard,exact_match,0.00,,,,100,0,1",
        "t,copy,,Alpha,a-1,1e8,,,,0,standard,exact_match,0.5,,,,100,,",
        "t,copy,,Alpha,a-2,1e9,,,,0,standard,exact_match,0.6,,,,100,,",
        "t,copy,,Alpha,a-3,1e10,,,,0,standard,exact_match,0.7,,,,100,,",
    };
    for (const char* r : rows) {
        f.write(r);
        f.write("\n");
    }
    return path;
}

/// \brief Opens `paths` in `w` and waits (up to a minute) until the data are shown.
inline bool loadAndWait(ee::ui::MainWindow& w, const QStringList& paths) {
    QSignalSpy shown(&w, &ee::ui::MainWindow::dataShown);
    w.openPaths(paths);
    return shown.wait(60000);
}

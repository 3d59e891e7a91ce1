// SPDX-License-Identifier: GPL-3.0-or-later
// A small, fully known score table for the rendering tests (made up for the tests; it is never
// shown to users as data).
#pragma once

#include "figure/FigureSpec.h"
#include "model/ScoreTable.h"

#include <QProcess>
#include <QStandardPaths>

namespace figtest {

inline ee::ScoreTable table() {
    ee::ScoreTable t;
    const double sizes[] = {1e8, 4e8, 1e9, 7e9, 3e10, 1e11};
    const double a[] = {0.01, 0.02, 0.02, 0.10, 0.55, 0.81};
    const double b[] = {0.00, 0.01, 0.03, 0.04, 0.30, 0.62};
    for (int i = 0; i < 6; ++i) {
        for (int f = 0; f < 2; ++f) {
            ee::ScoreRow r;
            r.source = QStringLiteral("test");
            r.task = QStringLiteral("toy_task");
            r.family = f == 0 ? QStringLiteral("Alpha") : QStringLiteral("Beta");
            r.model = r.family + QString::number(i);
            r.scale.params = sizes[i];
            r.metric = QStringLiteral("exact_match");
            r.value = f == 0 ? a[i] : b[i];
            r.stderr_ = 0.02;
            r.low = 0.0;
            r.high = 1.0;
            t.append(r);
            r.metric = QStringLiteral("bleu");
            r.value *= 100;
            r.stderr_.reset();
            r.low.reset();
            r.high.reset();
            t.append(r);
        }
    }
    // One model with no known size and one at size 0: a log axis cannot show either.
    ee::ScoreRow r;
    r.source = QStringLiteral("test");
    r.task = QStringLiteral("toy_task");
    r.family = QStringLiteral("Alpha");
    r.metric = QStringLiteral("exact_match");
    r.model = QStringLiteral("mystery");
    r.value = 0.3;
    t.append(r);
    r.model = QStringLiteral("zero");
    r.scale.params = 0.0;
    t.append(r);
    return t;
}

inline ee::FigureSpec spec(const QStringList& metrics = {QStringLiteral("exact_match")}) {
    ee::FigureSpec s = ee::FigureSpec::preset(ee::FigureSpec::Preset::SingleColumn);
    s.size = {89, 60, ee::LengthUnit::Millimetres};
    s.cols = int(metrics.size());
    for (const QString& m : metrics) {
        ee::PanelSpec p;
        p.query.task = QStringLiteral("toy_task");
        p.query.metric = m;
        s.panels.append(p);
    }
    return s;
}

/// Runs a poppler tool; empty optional when it is not installed.
inline std::optional<QString> poppler(const QString& tool, const QStringList& args) {
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace figtest

// SPDX-License-Identifier: GPL-3.0-or-later
// Compactness and query speed of ScoreTable at 10 million rows. The baseline for the query is
// a linear scan over the same rows as value structs, measured in the same run.
#include "model/ScoreTable.h"

#include <QElapsedTimer>
#include <QTest>
#include <cmath>

using namespace ee;

class BenchScoreTable : public QObject {
    Q_OBJECT
    static constexpr int kTasks = 2000, kSubtasks = 5, kFamilies = 10, kModels = 10, kShots = 5,
                         kMetrics = 2; // 2000·5·10·10·5·2 = 10,000,000 rows
    ScoreTable m_table;
    std::vector<ScoreRow> m_rows; // the naive representation, for the scan baseline (1/10 size)

    static ScoreRow make(int t, int s, int f, int m, int k, int metric) {
        ScoreRow r;
        r.source = QStringLiteral("bench");
        r.task = QStringLiteral("task%1").arg(t);
        r.subtask = QStringLiteral("sub%1").arg(s);
        r.family = QStringLiteral("family%1").arg(f);
        r.model = QStringLiteral("family%1-m%2").arg(f).arg(m);
        r.scale.params = std::pow(10.0, 7 + m * 0.5);
        r.shots = k;
        r.prompting = QStringLiteral("standard");
        r.metric = metric ? QStringLiteral("bleu") : QStringLiteral("exact_match");
        r.value = (t + s + f + m + k) % 100 / 100.0;
        return r;
    }
private slots:
    void initTestCase() {
        QElapsedTimer timer;
        timer.start();
        m_table.reserve(qsizetype(kTasks) * kSubtasks * kFamilies * kModels * kShots * kMetrics);
        for (int t = 0; t < kTasks; ++t)
            for (int s = 0; s < kSubtasks; ++s)
                for (int f = 0; f < kFamilies; ++f)
                    for (int m = 0; m < kModels; ++m)
                        for (int k = 0; k < kShots; ++k)
                            for (int metric = 0; metric < kMetrics; ++metric) {
                                const ScoreRow r = make(t, s, f, m, k, metric);
                                m_table.append(r);
                                if (t < kTasks / 10)
                                    m_rows.push_back(r);
                            }
        qInfo("built %lld rows in %lld ms; %.1f bytes per row (ids, values and index)",
              static_cast<long long>(m_table.rowCount()), static_cast<long long>(timer.elapsed()),
              double(m_table.memoryBytes()) / double(m_table.rowCount()));
    }
    void curveQueryFromIndex() {
        const CurveKey key{QStringLiteral("task150"),
                           QStringLiteral("sub3"),
                           QStringLiteral("bleu"),
                           QStringLiteral("family7"),
                           2,
                           QStringLiteral("standard")};
        Curve c;
        QBENCHMARK {
            c = m_table.curve(key, ScaleAxis::Params);
        }
        QCOMPARE(c.points.size(), kModels);
    }
    void curveQueryByLinearScanOfOneTenth() {
        // The naive store, 1/10 of the rows: multiply its time by 10 for the full table.
        qsizetype found = 0;
        QBENCHMARK {
            found = 0;
            for (const ScoreRow& r : m_rows)
                if (r.task == QLatin1String("task150") && r.subtask == QLatin1String("sub3") &&
                    r.metric == QLatin1String("bleu") && r.family == QLatin1String("family7") &&
                    r.shots == 2)
                    ++found;
        }
        QCOMPARE(found, kModels);
    }
};

QTEST_APPLESS_MAIN(BenchScoreTable)
#include "bench_ScoreTable.moc"

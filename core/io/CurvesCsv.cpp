// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CurvesCsv.h"

#include "io/SafeCsv.h"
#include "io/TextDecoding.h"

#include <QStringList>

namespace ee {

QString curvesCsv(const QList<Curve>& curves, bool raw, const QString& xAxisName) {
    const auto text = [raw](const QString& s) { return safeCsvTextField(s, raw); };
    const auto number = [](const std::optional<double>& v) {
        return v ? formatNumberExact(*v) : QString();
    };
    QString out = QStringLiteral("task,subtask,metric,family,shots,prompting,x_axis,model,x,"
                                 "value,stderr,ci_low,ci_high,n\n");
    for (const Curve& c : curves) {
        const QString key = QStringList{text(c.key.task),
                                        text(c.key.subtask),
                                        text(c.key.metric),
                                        text(c.key.family),
                                        c.key.shots ? QString::number(*c.key.shots) : QString(),
                                        text(c.key.prompting),
                                        xAxisName.isEmpty() ? scaleAxisName(c.axis) : xAxisName}
                                .join(QLatin1Char(','));
        for (const CurvePoint& p : c.points)
            out += QStringList{key,
                               text(p.model),
                               number(p.x),
                               formatNumberExact(p.value),
                               number(p.stderr_),
                               number(p.ciLow),
                               number(p.ciHigh),
                               p.n ? QString::number(*p.n) : QString()}
                       .join(QLatin1Char(',')) +
                   QLatin1Char('\n');
    }
    return out;
}

} // namespace ee

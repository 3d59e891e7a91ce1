// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/PassAtK.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ee {

double passAtK(qint64 n, qint64 c, qint64 k) {
    if (n - c < k)
        return 1.0; // every k-subset holds a correct sample
    // C(n−c, k)/C(n, k) as a product of c factors, each in [0, 1): no factorials, no overflow.
    double failAll = 1.0;
    for (qint64 i = n - c + 1; i <= n; ++i)
        failAll *= 1.0 - static_cast<double>(k) / static_cast<double>(i);
    return 1.0 - failAll;
}

QString passAtKProblem(qint64 n, qint64 c, qint64 k) {
    if (k < 1)
        return QCoreApplication::translate("PassAtK", "k = %1; pass@k needs k >= 1").arg(k);
    if (n < 0 || c < 0)
        return QCoreApplication::translate("PassAtK", "negative count (%1 samples, %2 correct)")
            .arg(n)
            .arg(c);
    if (c > n)
        return QCoreApplication::translate("PassAtK", "%1 correct of only %2 samples")
            .arg(c)
            .arg(n);
    if (n < k)
        return QCoreApplication::translate("PassAtK",
                                           "%1 sample(s), fewer than k = %2 (pass@k needs n >= k)")
            .arg(n)
            .arg(k);
    return {};
}

std::optional<qint64> passAtKOf(const QString& metric) {
    static const QRegularExpression re(QStringLiteral("^(?:neg_log_)?pass_at_([1-9][0-9]{0,8})$"));
    const auto m = re.match(metric);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong();
}

bool isNegLogPassAtK(const QString& metric) {
    return metric.startsWith(QLatin1String("neg_log_")) && passAtKOf(metric).has_value();
}

} // namespace ee

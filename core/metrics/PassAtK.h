// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace ee {

/// \brief The unbiased pass@k estimator of Chen et al. 2021 ("Evaluating Large Language
/// Models Trained on Code", eq. 1 and its numerically stable form): with n samples of which
/// c are correct, 1 − C(n−c, k) / C(n, k), computed as 1 − Π_{i=n−c+1}^{n} (1 − k/i);
/// exactly 1 when n − c < k. Requires 1 ≤ k ≤ n and 0 ≤ c ≤ n (see passAtKProblem()).
double passAtK(qint64 n, qint64 c, qint64 k);

/// \brief Why (n, c, k) cannot be scored, phrased for the user ("3 samples, fewer than k = 5"),
/// or an empty string when they can.
QString passAtKProblem(qint64 n, qint64 c, qint64 k);

/// \brief k of a metric name `pass_at_<k>` or `neg_log_pass_at_<k>` (k ≥ 1, no leading zero),
/// else nullopt.
std::optional<qint64> passAtKOf(const QString& metric);

/// \brief True for `neg_log_pass_at_<k>`: −ln of the group's pass@k (a smooth companion that
/// stays finite and moves while pass@k is still tiny).
bool isNegLogPassAtK(const QString& metric);

} // namespace ee

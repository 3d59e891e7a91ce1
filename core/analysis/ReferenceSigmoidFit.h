// SPDX-License-Identifier: GPL-3.0-or-later
// The sigmoid fitter as it was before issue 19 (the generic levenbergMarquardt() with a
// std::function model, dynamic Eigen matrices and a stored Jacobian). Kept, unchanged in its
// arithmetic, as the oracle of the fast fitter: tests compare the two on the bundled curves
// and bench/analysis measures both in the same run. The app itself never calls it.
#pragma once

#include "analysis/CurveFits.h"

namespace ee {

/// \brief fitSigmoid() computed with the reference minimiser; same contract and starts.
SigmoidFit fitSigmoidReference(std::span<const double> u, std::span<const double> y,
                               const SigmoidConstraints& constraints,
                               const SigmoidFit* extraStart = nullptr, bool fullGrid = true);

} // namespace ee

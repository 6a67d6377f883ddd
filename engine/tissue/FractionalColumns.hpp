#pragma once
// Where the open columns of an ablative fractional laser are: columns of 120 µm on a jittered grid
// at the session's density (fractional CO2 microbeam width, target co2-depth), regenerated from
// the session's seed rather than stored. Shared by the derived surface (the columns' depth) and
// the healing marks (their crusts).

#include "tissue/Tissue.hpp"

namespace skinsim {

/// Radius of a microthermal column's open wound, µm.
inline constexpr double kColumnRadiusUm = 60.0;

/// How far the point (xUm, yUm) lies inside the nearest open column, 0 (outside or at its rim)
/// .. 1 (its axis): sqrt(1 - (r / radius)²). 0 everywhere once the columns have closed.
double columnProfile(const TissueState& state, double xUm, double yUm);

} // namespace skinsim

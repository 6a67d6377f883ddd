#pragma once
// Writes planned scars into a patch's fields and, once the surface exists, describes each scar as
// built (Scar records with the measured size, the cause and the pigment).

#include "skin/ScarPlacement.hpp"
#include "skin/SkinPatch.hpp"

#include <vector>

namespace skinsim {

/// Writes the scars' causes into deficitUm, tether, fibrosis and scarId, flattens reliefUm on
/// their floors, and adds their pigment to erythema and melanin. Where scars overlap (only when
/// allowed), deficits, tethers and fibrosis take the larger value and pigment effects compound.
void rasterizeScars(SkinPatch& patch, const std::vector<PlannedScar>& scars);

/// Fills patch.scars from the plan and from the finished surface: measured diameter and depth of
/// the depression reliefUm - heightUm (= deficit + sag), its volume, and the tissue cause.
void describeScars(SkinPatch& patch, const std::vector<PlannedScar>& scars);

} // namespace skinsim

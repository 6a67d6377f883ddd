#pragma once
// Normal skin microrelief (DESIGN.md section 3, field `relief`): the polygonal network of primary
// and secondary furrows (20-200 µm deep, evidence.md 1e), pores in two classes (fine and visible)
// and fine roughness, by region and age (ReliefAnatomy.hpp), in µm with
// the plateaus at 0 and furrows and pores negative. Features finer than the grid resolves are
// widened to about two cells with their cross-section kept, so a coarse preview is a blurred
// version of the fine patch rather than an aliased one.

#include "core/Field2D.hpp"
#include "skin/ReliefAnatomy.hpp"

#include <cstdint>

namespace skinsim {

/// Fills `reliefUm` (its grid defines the patch) with the microrelief of a region and age
/// (reliefParams(region, ageYears)).
void generateMicrorelief(FieldF& reliefUm, const ReliefParams& params, std::uint64_t seed);

} // namespace skinsim

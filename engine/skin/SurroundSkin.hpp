#pragma once
// The normal skin around a patch, for the face view: a square tile of the same microrelief and
// pigment the generator gives the patch (same region, age and skin type, no scars), made periodic
// so that the renderer can repeat it over the whole face without a seam. Periodic by blending the
// tile with copies of itself shifted by half a period, each weighted by a tent that vanishes at
// the tile's edges; the blend is divided by the root of the summed squared weights, which keeps
// the variance of independent values (the relief's statistics) where the copies overlap.

#include "core/Field2D.hpp"
#include "skin/PatchSpec.hpp"

#include <cstdint>

namespace skinsim {

struct SurroundSkin {
    FieldF reliefUm; ///< microrelief and pores, µm, periodic
    FieldF melanin;  ///< epidermal melanosome volume fraction, periodic
    FieldF blood;    ///< resting dermal blood volume fraction, periodic
};

/// A tile about `sizeMm` across (the nearest power of two of cells) at the patch's resolution;
/// deterministic in `seed` (use another seed than the patch's, or the face would repeat the
/// patch's pores).
SurroundSkin generateSurroundSkin(const PatchSpec& patch, const PatientSpec& patient,
                                  std::uint64_t seed, double sizeMm = 12.0);

/// Makes a square field periodic (see above), keeping its mean.
FieldF makePeriodic(const FieldF& field);

} // namespace skinsim

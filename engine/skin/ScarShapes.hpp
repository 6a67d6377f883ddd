#pragma once
// One generator per scar type: draws the shape parameters of a scar of given diameter and depth
// (its outline, its profile, its cause in the tissue). Each scar draws from its own random
// sub-stream, so no two scars are identical and a scar does not change when another is added.

#include "core/Rng.hpp"
#include "skin/ScarShape.hpp"
#include "skin/TetherSag.hpp"

namespace skinsim {

struct ShapeContext {
    double pixelUm = 25.0; ///< features narrower than the grid resolves are widened to ~2 cells
    SagParams sag;
};

/// A scar of `type` with the given area-equivalent diameter (mm, at 10 % depth) and depth (mm),
/// centred at the origin (placement sets the centre). Rolling scars are calibrated so that the
/// surface they produce, deficit plus tether sag, has this diameter and depth.
ScarShape makeScarShape(int id, ScarType type, double diameterMm, double depthMm,
                        const ShapeContext& context, const CounterRng& rng);

/// Adjusts a rolling scar's tether gain, atrophy and footprint so that its depression (deficit +
/// sag, solved on a local grid with solveTetherSag) is `depthUm` deep and its 10 %-depth contour
/// has the outline's area. Returns the relative error left (0.01 = 1 %).
double calibrateRollingScar(ScarShape& scar, const SagParams& sag);

} // namespace skinsim

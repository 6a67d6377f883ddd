#pragma once
// The sag of the skin over tethered dermis (MODEL.md "Surface"): fibrous bands anchor the dermis to
// the deep plane and pull the surface down. The skin acts as an elastic sheet on an elastic
// foundation, so the sag p (µm, positive = down) solves the screened Poisson equation
//
//     (1 - L² ∇²) p = P · T
//
// where T in [0, 1] is the tether field, L = sqrt(kappa / k) the length over which the sheet
// spreads a point anchor, and P the sag of a broad, fully tethered area. p is linear in T. Narrow
// anchors give broad, shallow, rounded dips; several anchors give the undulating (M-shaped)
// profile of rolling scars (evidence.md 1a). The tissue model (DESIGN.md section 3) solves the same
// equation whenever T changes (subcision), with the same function, so the surface it derives
// equals the generator's height: surface = relief - deficit - p.
//
// The solve is core/ScreenedPoisson.hpp's discrete cosine transform, i.e. zero-slope (mirror)
// boundaries at the patch border: the skin beyond the patch continues like the skin inside it, and
// nothing wraps around. p varies on the scale of L (~1 mm), so it is solved on a grid of about
// L / 10 per cell and interpolated back with a C1 (Catmull-Rom) kernel; the coarse grid also keeps
// the solve cheap (4096² patches).

#include "core/Field2D.hpp"

namespace skinsim {

struct SagParams {
    /// L = sqrt(kappa / k), mm. MODEL.md gives ~1-2 mm (assumption); 1 mm is chosen so that a
    /// 4 mm rolling scar (the smallest, target geom-rolling) still shows separate tether dips.
    double lengthMm = 1.0;
    /// Sag of a broad area tethered with T = 1, µm: the dermis pulled to the deep plane across the
    /// subcutaneous fat, 2 mm deep at the forehead (Iyengar 2018, evidence.md 1d; assumption that
    /// the same holds elsewhere).
    double fullTetherSagUm = 2000.0;
    /// Target cell size of the coarse solve, as a fraction of lengthMm.
    double coarseCellOfLength = 0.1;
};

/// p for tether field T on its own grid (µm, positive = down). Thread-safe.
FieldF solveTetherSag(const FieldF& tether, const SagParams& params);

/// The coarse solution itself: cell size `factor` times the fine one, each coarse cell the mean of
/// factor x factor fine cells (fewer at the right and bottom border).
struct CoarseSag {
    FieldF sagUm;
    int factor = 1;
    int fineWidth = 0;
    int fineHeight = 0;
};
/// How many fine cells per coarse cell the solve uses for this pixel size.
int sagCoarseFactor(double pixelUm, const SagParams& params);
CoarseSag solveTetherSagCoarse(const FieldF& tether, const SagParams& params);
/// The coarse solution interpolated (Catmull-Rom) at the fine cells of row y into `out`.
void upsampleSagRow(const CoarseSag& sag, int y, std::span<float> out);

} // namespace skinsim

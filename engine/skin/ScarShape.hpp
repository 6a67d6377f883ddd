#pragma once
// One scar as tissue: what it does to the dermis at any point of the patch. A scar is not a dent
// in a picture (DESIGN.md section 3): each type writes its cause into the tissue fields and the
// surface follows as relief - deficit - sag (TetherSag.hpp).
//
//   icepick     a deep, narrow, V-shaped dermal deficit (the tract) whose base lies below the
//               dermis, with fibrotic walls
//   boxcar      a flat-based deficit with near-vertical walls over a fibrotic base
//   chickenpox  a round, boxcar-like pit with a milder fibrotic base, usually hypopigmented
//   rolling     a shallow, sloping dermal atrophy plus tethers (fibrous anchors to the deep
//               plane) whose sag makes the undulating, M-shaped profile
//
// Profiles are written against the outline (the 10 %-depth contour, ScarOutline.hpp): at rho = 1
// the scar is exactly 10 % of its depth, so the nominal diameter is the measured one.

#include "skin/PatchSpec.hpp"
#include "skin/ScarOutline.hpp"

#include <array>

namespace skinsim {

/// A fibrous anchor of a rolling scar: a Gaussian spot of tether, positioned relative to the scar
/// centre in units of the outline radius in its direction.
struct TetherAnchor {
    double rho = 0;      ///< distance from the centre / outline radius in that direction
    double thetaRad = 0; ///< direction from the centre
    double sigmaMm = 0.5;
    double strength = 1;  ///< relative to the other anchors
    double offsetXMm = 0; ///< position from the centre at footprintScale 1 (from rho, thetaRad)
    double offsetYMm = 0;
};

struct ScarShape {
    int id = 0;
    ScarType type = ScarType::Boxcar;
    double centerXMm = 0;
    double centerYMm = 0;
    ScarOutline outline; ///< the 10 %-depth contour at the nominal diameter
    double depthUm = 0;  ///< designed depth below the surrounding skin

    // Icepick: deficit = depth * ((rhoEnd - rho) / (rhoEnd - tipRho))^funnelPower, 1 inside tipRho.
    double tipRho = 0.05;
    double funnelPower = 2.0;
    double funnelEndRho = 1.4;

    // Boxcar and chickenpox: deficit = depth * (1 - baseCurvature rho²) * wall(distance to rim).
    double baseCurvature = 0.03;
    double wallSpanMm = 0.2;     ///< whole wall, from the top of the shoulder to the base
    double wallOutsideMm = 0.05; ///< the part of the span outside the rim

    // Rolling: a flat-topped atrophy (atrophyUm deep inside rho/s = 0.5, 10 % at rho/s = 1) and
    // tether = min(1, tetherGain * (floor + anchors)).
    double atrophyUm = 0;
    double tetherGain = 0;
    double tetherFloor = 0.1; ///< broad low tether under the whole scar, relative to anchors
    double footprintScale = 1.0;
    std::array<TetherAnchor, 4> anchors{};
    int anchorCount = 0;

    double fibrosis = 0; ///< peak fibrosis of the scar tissue, 0..1

    // Pigment (Pigment.hpp): post-inflammatory erythema, hyperpigmentation halo, hypopigmentation.
    double erythema = 0;          ///< 0..1 inside the scar, fading over haloWidthMm outside
    double hyperpigmentation = 0; ///< melanin x (1 + this) inside and on the halo
    double hypopigmentation = 0;  ///< melanin x (1 - this) inside
    double haloWidthMm = 0.8;

    double reliefKept = 1.0; ///< fraction of the normal microrelief left on the scar's floor

    /// Distance from the centre beyond which the scar changes nothing, mm.
    double reachMm() const;
    /// Distance beyond which its depression is negligible, mm; rolling scars add two sag lengths
    /// (TetherSag.hpp) for the sag that spreads beyond their tethers.
    double depressionReachMm(double sagLengthMm) const;
};

/// What a scar does to one point.
struct ScarSample {
    float deficitUm = 0; ///< missing dermis, µm
    float tether = 0;    ///< 0..1
    float fibrosis = 0;  ///< 0..1
    float interior = 0;  ///< 1 well inside the outline, 0 outside (relief, hypopigmentation)
    float halo = 0;      ///< 1 inside, fading outside (erythema, hyperpigmentation)
    float rho = 0;       ///< distance from the centre / outline radius in that direction
};

/// The scar's effect at (xMm, yMm) in patch coordinates.
ScarSample sampleScar(const ScarShape& scar, double xMm, double yMm);

/// Rolling-scar atrophy profile: 1 inside rho = kRollingFlatRho, 0.1 at rho = 1, 0 from
/// kRollingEndRho (a smootherstep between; the end makes it exactly 0.1 at 1).
inline constexpr double kRollingFlatRho = 0.5;
inline constexpr double kRollingEndRho = 1.16365;

} // namespace skinsim

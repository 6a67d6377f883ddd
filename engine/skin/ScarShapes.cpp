#include "skin/ScarShapes.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace skinsim {

namespace {

// Outline irregularity per type (issue 3: "outlines irregular, not perfect circles"); chickenpox
// scars are "round" pits (evidence.md 1c). Values are assumptions.
constexpr OutlineStyle kIcepickOutline{.maxAspect = 1.3, .irregularity = 0.06};
constexpr OutlineStyle kBoxcarOutline{.maxAspect = 1.35, .irregularity = 0.08};
constexpr OutlineStyle kRollingOutline{.maxAspect = 1.5, .irregularity = 0.10};
constexpr OutlineStyle kChickenpoxOutline{.maxAspect = 1.12, .irregularity = 0.03};

// Random-index layout of a scar's sub-stream: [0, 32) outline, [32, 64) profile, [64, 96) tethers.
constexpr std::uint64_t kProfile = 32;
constexpr std::uint64_t kTethers = 64;

double smootherstep(double u) {
    u = std::clamp(u, 0.0, 1.0);
    return u * u * u * (u * (u * 6.0 - 15.0) + 10.0);
}

/// u with smootherstep(u) = value, by bisection (smootherstep is monotonic on [0, 1]).
double inverseSmootherstep(double value) {
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        (smootherstep(mid) < value ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

void shapeIcepick(ScarShape& s, const ShapeContext& ctx, const CounterRng& rng) {
    // V-shaped funnel tapering to the tract (evidence.md 1a: "the opening is wider than the deeper
    // infundibulum, tapering to a point"). A power > 1.6 keeps the width at half depth below 0.6x
    // the surface width (target geom-icepick). The tip is a flat disc of 20 µm radius (an
    // epithelial tract has some width; assumption), at least 0.75 pixel so that a cell centre
    // always falls on it and the sampled depth is the full depth.
    const double tipMm = std::max(0.020, 0.75 * ctx.pixelUm * 1e-3);
    s.tipRho = std::min(0.3, tipMm / s.outline.radiusMm());
    s.funnelPower = rng.uniform(kProfile + 0, 1.7, 2.3);
    const double q = std::pow(0.1, 1.0 / s.funnelPower);
    s.funnelEndRho = (1.0 - s.tipRho * q) / (1.0 - q); // makes the profile 10 % at rho = 1
    // Fibrotic, epithelialised tract walls: the most remodelling-resistant scar tissue; icepick
    // is "resistant to conventional skin-resurfacing" (evidence.md 3b) until TCA CROSS destroys
    // the lining (level: assumption, calibrated with the tissue model's kFibrosisBrake).
    s.fibrosis = rng.uniform(kProfile + 1, 0.92, 1.0);
    s.reliefKept = 0.4;
}

void shapePit(ScarShape& s, const ShapeContext& ctx, const CounterRng& rng, bool chickenpox) {
    // Flat U-shaped base (depth at half radius >= 0.85 x max, target geom-boxcar): a curvature of
    // at most 6 % at the rim. Walls: the whole wall spans 0.12-0.26 mm (boxcar: "sharply
    // demarcated vertical edges", evidence.md 1a; 90 % depth within 0.25 mm of the rim) or
    // 0.18-0.35 mm for the softer-edged chickenpox pits (assumption), and never less than three
    // cells, so that the grid resolves it.
    s.baseCurvature =
        chickenpox ? rng.uniform(kProfile + 0, 0.02, 0.06) : rng.uniform(kProfile + 0, 0.01, 0.05);
    const double span =
        chickenpox ? rng.uniform(kProfile + 1, 0.18, 0.35) : rng.uniform(kProfile + 1, 0.12, 0.26);
    s.wallSpanMm = std::max(span, 3.0 * ctx.pixelUm * 1e-3);
    // At the rim (rho = 1) the profile is (1 - curvature) * wall = 10 %.
    s.wallOutsideMm = s.wallSpanMm * inverseSmootherstep(0.1 / (1.0 - s.baseCurvature));
    // Fibrotic base (DESIGN.md section 3): deep boxcars are more fibrotic (assumption).
    const double deep = s.depthUm >= 500 ? 1.0 : 0.0;
    s.fibrosis = chickenpox ? rng.uniform(kProfile + 2, 0.3, 0.5)
                            : rng.uniform(kProfile + 2, 0.4, 0.6) + 0.15 * deep;
    s.reliefKept = chickenpox ? 0.5 : 0.35;
}

void shapeRolling(ScarShape& s, const ShapeContext& ctx, const CounterRng& rng) {
    // Rolling scars come from "abnormal fibrous anchoring of the dermis to the subcutis" (Jacob
    // 2001 via Fabbrocini 2010 Table 1). Narrow anchors spread on a ring around the centre, at
    // least ~2 sag lengths apart, each pull the surface into its own dip; between them the skin
    // stays higher: the undulating, M-shaped profile. A flat-topped dermal atrophy (20-35 % of the
    // depth) gives the sloping edges. Numbers: assumptions (no rolling-scar depth or tether
    // geometry is published, evidence.md 9).
    const double radius = s.outline.radiusMm();
    const double ring = rng.uniform(kTethers + 0, 0.4, 0.6);
    const double spacing = 2.0 * ctx.sag.lengthMm;
    const int fit = static_cast<int>(2 * std::numbers::pi * ring * radius / spacing);
    s.anchorCount = std::clamp(fit, 2, 4);
    const double start = rng.uniform(kTethers + 1, 0.0, 2 * std::numbers::pi);
    for (int i = 0; i < s.anchorCount; ++i) {
        const auto k = static_cast<std::uint64_t>(kTethers + 2 + 4 * i);
        TetherAnchor& a = s.anchors[static_cast<std::size_t>(i)];
        a.thetaRad = start + 2 * std::numbers::pi * i / s.anchorCount + rng.uniform(k, -0.25, 0.25);
        a.rho = ring * rng.uniform(k + 1, 0.85, 1.15);
        a.sigmaMm = ctx.sag.lengthMm * rng.uniform(k + 2, 0.2, 0.3);
        a.strength = rng.uniform(k + 3, 0.7, 1.0);
        const double r = a.rho * s.outline.edgeMm(a.thetaRad);
        a.offsetXMm = r * std::cos(a.thetaRad);
        a.offsetYMm = r * std::sin(a.thetaRad);
    }
    s.tetherFloor = 0.1;
    const double atrophyShare = rng.uniform(kProfile + 0, 0.2, 0.35);
    s.atrophyUm = atrophyShare * s.depthUm;
    // First guess: narrow anchors sag about a sixth as much as a broad tether would.
    s.tetherGain = (1.0 - atrophyShare) * s.depthUm / (0.15 * ctx.sag.fullTetherSagUm);
    s.fibrosis = 0.2; // the anchors are fibrous bands (Fabbrocini 2010); level: assumption
    s.reliefKept = 0.8;
    calibrateRollingScar(s, ctx.sag);
}

} // namespace

ScarShape makeScarShape(int id, ScarType type, double diameterMm, double depthMm,
                        const ShapeContext& context, const CounterRng& rng) {
    ScarShape s;
    s.id = id;
    s.type = type;
    s.depthUm = depthMm * 1e3;
    const OutlineStyle style = type == ScarType::Icepick   ? kIcepickOutline
                               : type == ScarType::Boxcar  ? kBoxcarOutline
                               : type == ScarType::Rolling ? kRollingOutline
                                                           : kChickenpoxOutline;
    s.outline = ScarOutline(0.5 * diameterMm, style, rng);
    switch (type) {
    case ScarType::Icepick:
        shapeIcepick(s, context, rng);
        break;
    case ScarType::Boxcar:
        shapePit(s, context, rng, false);
        break;
    case ScarType::Chickenpox:
        shapePit(s, context, rng, true);
        break;
    case ScarType::Rolling:
        shapeRolling(s, context, rng);
        break;
    }
    return s;
}

} // namespace skinsim

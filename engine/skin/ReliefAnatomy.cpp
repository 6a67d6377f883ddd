#include "skin/ReliefAnatomy.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace skinsim {

namespace {

/// Piecewise-linear interpolation through (age, value) knots, flat beyond the ends.
template <std::size_t N>
double byAge(const std::array<std::pair<double, double>, N>& knots, double ageYears) {
    if (ageYears <= knots.front().first) {
        return knots.front().second;
    }
    for (std::size_t i = 1; i < N; ++i) {
        if (ageYears <= knots[i].first) {
            const auto [a0, v0] = knots[i - 1];
            const auto [a1, v1] = knots[i];
            return v0 + (v1 - v0) * (ageYears - a0) / (a1 - a0);
        }
    }
    return knots.back().second;
}

/// Half width of a primary furrow, µm, at most the radius of the disc with which `skinsim grade`
/// bridges the microrelief (analysis/SkinSurface.hpp, 100 µm): a wider furrow would leave part of
/// its depth in the depression map that scar detection segments.
constexpr double kMaxFurrowHalfWidthUm = 100;

/// The region's relief at 20-40 y, before the age changes are applied.
ReliefParams youngAdult(Region region) {
    ReliefParams p;
    // Cheek: "a very fine and flexible lines network" (cheek skin tension study, realism.md).
    // Furrows 20-200 µm deep at any site (Bibb, Medical Modelling, p. 264): the cheek of a young
    // adult at the shallow end, 24 µm median (assumption, chosen so that the rms slope Sdq of the
    // 25 µm grid lies in 0.1-0.3 and under 15 % of the skin is steeper than a 15° raking light).
    // Grooves 200 µm wide, about nine times their depth (assumption): the median line's walls
    // reach 18°, not the 69° clefts of the landed relief that read as cracked mud.
    p.primary = {.cellMm = 0.65, .depthUm = 22, .halfWidthUm = 100, .presence = 1.0};
    // Secondary lines subdivide the polygons irregularly; shallow (assumption: a quarter of the
    // primary depth, the textbook's "finer lines") and narrow.
    p.secondary = {.cellMm = 0.25, .depthUm = 6, .halfWidthUm = 30, .presence = 0.6};
    p.stretch = 1.6;     // young cheek lines 20-40° (realism.md): strongly elongated (assumption)
    p.lineAngleDeg = 30; // the middle of 20-40° (cheek skin tension study)
    // Fine pores: the openings of the vellus follicles, too small to count as "visible" (< 250 µm,
    // Flament 2015). Density 1.5 per mm² on the cheek (assumption, below the forehead's; the
    // density of facial follicles falls from the centre of the face outwards, Pierard-Franchimont
    // et al., Br J Dermatol 1994;131:862, and is highest on the forehead of the body sites of
    // Otberg et al., J Invest Dermatol 2004;122:14). 80 µm wide, 15 µm deep (assumption: small
    // and shallow, so that a 25 µm grid shows them as dimples).
    p.finePores = {.perMm2 = 1.5,
                   .diameterUm = 80,
                   .minDiameterUm = 40,
                   .maxDiameterUm = 200,
                   .depthUm = 15,
                   .maxDepthUm = 30};
    // Visible pores: counted from a 250 µm opening, "visible" 0.1-0.6 mm² (Flament et al., Clin
    // Cosmet Investig Dermatol 2015;8:85, cheeks of 2,585 women): 250-800 µm, median 350 µm
    // (assumption inside that range). Sparse, 8 per cm² (assumption: Flament reports the density
    // by ethnicity; this is a middle value). Shallow, 20 µm median and at most 35 µm (assumption:
    // `skinsim grade` seeds a scar at 60 µm below the surrounding skin, ScarDetection.hpp, and a
    // pore wider than its 0.1 mm closing disc keeps part of its depth there).
    p.visiblePores = {.perMm2 = 0.08,
                      .diameterUm = 350,
                      .minDiameterUm = 250,
                      .maxDiameterUm = 800,
                      .depthUm = 20,
                      .maxDepthUm = 35};
    p.roughnessUm = 1.0; // corneocyte-scale texture (assumption: 1 µm SD on the plateaus)
    switch (region) {
    case Region::Cheek:
        break;
    case Region::Forehead:
        // Coarser and deeper than the cheek (assumption: the cheek is the "very fine" network;
        // the forehead's lines follow the frontalis and are wider apart).
        p.primary.cellMm = 1.0;
        p.primary.depthUm = 28;
        p.lineAngleDeg = 0; // horizontal forehead lines (assumption: across the frontalis)
        // Most follicles of the face (Pierard-Franchimont 1994; Otberg 2004: forehead densest of
        // seven sites); dilated pores more common on forehead and nose than cheek (Jung et al.,
        // Korean J Dermatol 2014;52:851). Densities are assumptions in that order.
        p.finePores.perMm2 = 2.5;
        p.visiblePores.perMm2 = 0.1;
        break;
    case Region::Temple:
        // Finest and shallowest (assumption: thinnest dermis of the face, Meng 2022 in
        // SkinAnatomy.hpp); few pores (assumption, lateral end of the centrolateral gradient).
        p.primary.cellMm = 0.55;
        p.primary.depthUm = 21;
        p.primary.halfWidthUm = 95;
        p.lineAngleDeg = 60; // crow's-feet direction (assumption)
        p.finePores.perMm2 = 1.0;
        p.visiblePores.perMm2 = 0.03;
        break;
    case Region::Chin:
        // Between cheek and forehead (assumption); vertical lines (assumption: along mentalis).
        p.primary.cellMm = 0.75;
        p.primary.depthUm = 25;
        p.lineAngleDeg = 90;
        p.finePores.perMm2 = 2.0;
        p.visiblePores.perMm2 = 0.06;
        break;
    }
    return p;
}

} // namespace

double furrowDepthFactor(double ageYears) {
    // Forearm furrow depth "unchanged until ~40, rises from 50, > 100 µm only after 80" (J Soc
    // Cosmet Chem 1983;34(4) "Skin relief and aging", 116 subjects 2-98 y). The amounts are an
    // assumption with that shape: +10 % by 50, x1.5 by 65, x2 by 80 (a 50 µm furrow of a young
    // forearm passing 100 µm at 80), still rising after.
    static constexpr std::array<std::pair<double, double>, 5> kKnots = {
        {{40, 1.0}, {50, 1.1}, {65, 1.35}, {80, 1.7}, {100, 2.0}}};
    return byAge(kKnots, ageYears);
}

double secondaryLineShare(double ageYears) {
    // "Secondary line direction fades 50-80 y" (J Soc Cosmet Chem 1983): the secondary network
    // loses lines over those years, to 40 % of them at 80 (assumption on the amount).
    static constexpr std::array<std::pair<double, double>, 2> kKnots = {{{50, 1.0}, {80, 0.4}}};
    return byAge(kKnots, ageYears);
}

ReliefParams reliefParams(Region region, double ageYears) {
    ReliefParams p = youngAdult(region);
    const double deeper = furrowDepthFactor(ageYears);
    p.primary.depthUm *= deeper;
    // Furrows widen less than they deepen (assumption: with the square root of the depth), so
    // their walls steepen with age; never wider than the grade's closing disc bridges.
    p.primary.halfWidthUm =
        std::min(kMaxFurrowHalfWidthUm, p.primary.halfWidthUm * std::sqrt(deeper));
    p.secondary.presence *= secondaryLineShare(ageYears);
    // Cheek line directions 20-40° at 20-30 y and 20-60° at 50-65 y (cheek skin tension study,
    // realism.md): the main direction turns from 30° to 40° and spreads. A Voronoi network spreads
    // its border directions as its elongation falls; 1.6 -> 1.25 is an assumption for 20° -> 40° of
    // spread. Applied to every region (assumption: the same ageing of the dermis).
    static constexpr std::array<std::pair<double, double>, 2> kStretch = {
        {{30, 1.6}, {57.5, 1.25}}};
    static constexpr std::array<std::pair<double, double>, 2> kTurnDeg = {
        {{30, 0.0}, {57.5, 10.0}}};
    p.stretch = byAge(kStretch, ageYears);
    p.lineAngleDeg += byAge(kTurnDeg, ageYears);
    return p;
}

} // namespace skinsim

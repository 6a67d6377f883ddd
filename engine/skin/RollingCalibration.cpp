// Calibrates a rolling scar so that the surface the tissue produces has the requested size: its
// depth and diameter are properties of deficit + sag, and the sag (TetherSag.hpp) spreads beyond
// the tethers by about L. The scar is rasterised alone on a local grid at the sag solver's
// resolution, solved, measured, and its tether gain and footprint corrected by secant steps.

#include "skin/ScarShapes.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace skinsim {

namespace {

struct Measured {
    double depthUm = 0;
    double diameterMm = 0;
};

/// Depression (deficit + sag) of the scar alone, measured on a local grid.
Measured measureAlone(const ScarShape& scar, const SagParams& sag) {
    const double cellMm = sag.lengthMm * sag.coarseCellOfLength;
    const double halfMm = scar.depressionReachMm(sag.lengthMm) + 3.0 * sag.lengthMm;
    const int n = 2 * static_cast<int>(std::ceil(halfMm / cellMm));
    FieldF tether(n, n, cellMm * 1e3);
    FieldF deficit(n, n, cellMm * 1e3);
    ScarShape local = scar;
    local.centerXMm = 0.5 * n * cellMm;
    local.centerYMm = local.centerXMm;
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            const ScarSample s = sampleScar(local, tether.xMm(x), tether.yMm(y));
            tether(x, y) = s.tether;
            deficit(x, y) = s.deficitUm;
        }
    }
    SagParams solve = sag;
    solve.coarseCellOfLength = cellMm / sag.lengthMm; // the local grid is already coarse
    FieldF depression = solveTetherSag(tether, solve);
    depression += deficit;
    Measured m;
    m.depthUm = depression.maxValue();
    std::size_t inside = 0;
    for (float v : depression.values()) {
        inside += v >= 0.1 * m.depthUm ? 1 : 0;
    }
    m.diameterMm =
        2.0 * std::sqrt(static_cast<double>(inside) * cellMm * cellMm / std::numbers::pi);
    return m;
}

/// One secant (or, on the first step, proportional) update of x so that f(x) reaches target.
double secantStep(double x, double fx, double xPrev, double fPrev, double target, bool first) {
    if (first || std::abs(fx - fPrev) < 1e-9 * std::abs(fx)) {
        return x * target / fx;
    }
    const double next = x + (target - fx) * (x - xPrev) / (fx - fPrev);
    // Never move by more than a factor of two in one step.
    return std::clamp(next, 0.5 * x, 2.0 * x);
}

} // namespace

double calibrateRollingScar(ScarShape& scar, const SagParams& sag) {
    const double targetDepth = scar.depthUm;
    const double targetDiameter = 2.0 * scar.outline.radiusMm();
    double gainPrev = 0, depthPrev = 0, scalePrev = 0, diameterPrev = 0;
    double error = 1.0;
    for (int iteration = 0; iteration < 8; ++iteration) {
        const Measured m = measureAlone(scar, sag);
        error = std::max(std::abs(m.depthUm / targetDepth - 1.0),
                         std::abs(m.diameterMm / targetDiameter - 1.0));
        if (error < 0.003) {
            break;
        }
        const bool first = iteration == 0;
        const double gain = scar.tetherGain;
        const double scale = scar.footprintScale;
        // Depth is nearly linear in gain (exactly, until tethers saturate at 1); the atrophy keeps
        // its share of the depth.
        scar.tetherGain = secantStep(gain, m.depthUm, gainPrev, depthPrev, targetDepth, first);
        scar.atrophyUm *= scar.tetherGain / gain;
        scar.footprintScale =
            secantStep(scale, m.diameterMm, scalePrev, diameterPrev, targetDiameter, first);
        gainPrev = gain;
        depthPrev = m.depthUm;
        scalePrev = scale;
        diameterPrev = m.diameterMm;
    }
    return error;
}

} // namespace skinsim

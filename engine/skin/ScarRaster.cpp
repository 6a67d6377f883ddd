#include "skin/ScarRaster.hpp"

#include "core/Rng.hpp"
#include "skin/Noise.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace skinsim {

namespace {

/// How much of a scar's erythema or PIH shows at a point, 0.3..1: residual marks after acne are
/// blotchy, with ragged edges (assumption; the evidence describes them only as "erythematous,
/// hyper- or hypopigmented flat marks", Goodman-Baron grade 1, evidence.md 5). Noise at 0.8 and
/// 0.3 mm, keyed by the scar's id and place.
double markMottle(const ScarShape& shape, double xMm, double yMm) {
    const auto key = static_cast<std::uint64_t>(shape.id) * 0x9e3779b9ULL +
                     static_cast<std::uint64_t>(std::llround(shape.centerXMm * 1000.0)) * 31ULL +
                     static_cast<std::uint64_t>(std::llround(shape.centerYMm * 1000.0));
    const CounterRng rng = CounterRng(0x6d61726bULL, "scar-mark-mottle").child(key);
    const double n =
        valueNoiseMm(rng, xMm, yMm, 0.8) + 0.5 * valueNoiseMm(rng.child(1), xMm, yMm, 0.3);
    return std::clamp(0.7 + 0.45 * n, 0.3, 1.0);
}

} // namespace

namespace {

/// Cells a scar touches: [x0, x1) x [y0, y1), clipped to the grid.
struct CellBox {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

CellBox boxAround(const FieldF& grid, double cx, double cy, double reachMm) {
    const double p = grid.pixelMm();
    CellBox b;
    b.x0 = std::max(0, static_cast<int>(std::floor((cx - reachMm) / p)));
    b.y0 = std::max(0, static_cast<int>(std::floor((cy - reachMm) / p)));
    b.x1 = std::min(grid.width(), static_cast<int>(std::ceil((cx + reachMm) / p)) + 1);
    b.y1 = std::min(grid.height(), static_cast<int>(std::ceil((cy + reachMm) / p)) + 1);
    return b;
}

} // namespace

void rasterizeScars(SkinPatch& patch, const std::vector<PlannedScar>& scars) {
    std::vector<CellBox> boxes;
    boxes.reserve(scars.size());
    for (const PlannedScar& s : scars) {
        boxes.push_back(
            boxAround(patch.heightUm, s.shape.centerXMm, s.shape.centerYMm, s.shape.reachMm()));
    }
    const int width = patch.width();
    // Each row is written by one thread and visits the scars in id order, so overlapping effects
    // compound in the same order on any thread count.
    parallelFor(patch.height(), [&](int y) {
        std::vector<float> bestRho(static_cast<std::size_t>(width), 1.0f);
        const double ym = patch.heightUm.yMm(y);
        auto relief = patch.reliefUm.row(y);
        auto deficit = patch.deficitUm.row(y);
        auto tether = patch.tether.row(y);
        auto fibrosis = patch.fibrosis.row(y);
        auto melanin = patch.melanin.row(y);
        auto erythema = patch.erythema.row(y);
        auto ids = patch.scarId.row(y);
        for (std::size_t k = 0; k < scars.size(); ++k) {
            const CellBox& b = boxes[k];
            if (y < b.y0 || y >= b.y1) {
                continue;
            }
            const ScarShape& shape = scars[k].shape;
            // Only the cells of this row within the scar's reach (a circle, not its box).
            const double reach = shape.reachMm();
            const double dy = ym - shape.centerYMm;
            if (std::abs(dy) >= reach) {
                continue;
            }
            const double half = std::sqrt(reach * reach - dy * dy);
            const double px = patch.heightUm.pixelMm();
            const int x0 =
                std::max(b.x0, static_cast<int>(std::floor((shape.centerXMm - half) / px)));
            const int x1 =
                std::min(b.x1, static_cast<int>(std::ceil((shape.centerXMm + half) / px)) + 1);
            for (int x = x0; x < x1; ++x) {
                const auto i = static_cast<std::size_t>(x);
                const ScarSample s = sampleScar(shape, patch.heightUm.xMm(x), ym);
                deficit[i] = std::max(deficit[i], s.deficitUm);
                tether[i] = std::max(tether[i], s.tether);
                fibrosis[i] = std::max(fibrosis[i], s.fibrosis);
                relief[i] *= static_cast<float>(1.0 - (1.0 - shape.reliefKept) * s.interior);
                // A residual macular mark is mottled and ragged, not a disc of paint.
                const double mark =
                    s.halo > 0 ? s.halo * markMottle(shape, patch.heightUm.xMm(x), ym) : 0.0;
                erythema[i] = std::max(erythema[i], static_cast<float>(shape.erythema * mark));
                melanin[i] *= static_cast<float>((1.0 + shape.hyperpigmentation * mark) *
                                                 (1.0 - shape.hypopigmentation * s.interior));
                if (s.rho <= bestRho[i]) {
                    bestRho[i] = s.rho;
                    ids[i] = static_cast<std::uint16_t>(shape.id);
                }
            }
        }
    });
}

void describeScars(SkinPatch& patch, const std::vector<PlannedScar>& scars) {
    patch.scars.assign(scars.size(), Scar{});
    const double cellMm2 = patch.heightUm.pixelMm() * patch.heightUm.pixelMm();
    parallelFor(static_cast<int>(scars.size()), [&](int k) {
        const ScarShape& s = scars[static_cast<std::size_t>(k)].shape;
        Scar& out = patch.scars[static_cast<std::size_t>(k)];
        out.id = s.id;
        out.type = s.type;
        out.origin = scars[static_cast<std::size_t>(k)].origin;
        out.centerMm = {s.centerXMm, s.centerYMm};
        out.diameterMm = 2.0 * s.outline.radiusMm();
        out.depthMm = s.depthUm * 1e-3;
        out.aspect = s.outline.aspect();
        out.rotationDeg = s.outline.rotationRad() * 180.0 / std::numbers::pi;
        out.tetherAnchors = s.anchorCount;
        out.erythema = s.erythema;
        out.hyperpigmentation = s.hyperpigmentation;
        out.hypopigmentation = s.hypopigmentation;
        out.dermisUm = patch.dermisUm.sample(s.centerXMm, s.centerYMm);

        // The depression deficit + sag near the scar, outside other scars' outlines.
        const CellBox b = boxAround(patch.heightUm, s.centerXMm, s.centerYMm,
                                    s.depressionReachMm(patch.sag.lengthMm));
        const auto id = static_cast<std::uint16_t>(s.id);
        auto ownOrFree = [&](int x, int y) {
            const std::uint16_t v = patch.scarId(x, y);
            return v == id || v == kNoScar;
        };
        double deepest = 0;
        for (int y = b.y0; y < b.y1; ++y) {
            for (int x = b.x0; x < b.x1; ++x) {
                if (patch.scarId(x, y) == id) {
                    deepest = std::max(
                        deepest, static_cast<double>(patch.reliefUm(x, y) - patch.heightUm(x, y)));
                    out.maxDeficitUm =
                        std::max(out.maxDeficitUm, static_cast<double>(patch.deficitUm(x, y)));
                    out.maxTether =
                        std::max(out.maxTether, static_cast<double>(patch.tether(x, y)));
                    out.maxFibrosis =
                        std::max(out.maxFibrosis, static_cast<double>(patch.fibrosis(x, y)));
                }
            }
        }
        std::size_t cells = 0;
        double volumeUmCells = 0;
        for (int y = b.y0; y < b.y1; ++y) {
            for (int x = b.x0; x < b.x1; ++x) {
                const double depression = patch.reliefUm(x, y) - patch.heightUm(x, y);
                if (deepest > 0 && depression >= 0.1 * deepest && ownOrFree(x, y)) {
                    ++cells;
                    volumeUmCells += depression;
                }
            }
        }
        out.measuredDepthMm = deepest * 1e-3;
        out.measuredDiameterMm =
            2.0 * std::sqrt(static_cast<double>(cells) * cellMm2 / std::numbers::pi);
        out.volumeMm3 = volumeUmCells * 1e-3 * cellMm2;
        out.reachesSubcutis = out.maxDeficitUm > out.dermisUm;
    });
}

} // namespace skinsim

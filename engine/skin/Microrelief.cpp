#include "skin/Microrelief.hpp"

#include "skin/CellNetwork.hpp"
#include "skin/Noise.hpp"
#include "skin/Pores.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace skinsim {

namespace {

// Furrow depths vary line by line: lognormal around the median with this log-space SD (assumption).
// Primary furrows are clipped to the published 20-200 µm (Bibb, Medical Modelling, p. 264), with
// room under 200 µm for the roughness; secondary lines to three times their median (assumption).
constexpr double kFurrowSigmaLog = 0.35;
constexpr double kMinPrimaryUm = 20;
constexpr double kMaxPrimaryUm = 170;
constexpr double kSecondarySpread = 3.0;
constexpr double kJitter = 0.85; // how irregular the polygons are (assumption)

/// A furrow of one line of the network: its depth and half width as the grid shows them.
struct Groove {
    double medianDepthUm;
    double minDepthUm;
    double maxDepthUm;
    double halfWidthUm;
    double shownHalfWidthUm; ///< at least ~1 cell, so that the grid resolves it
};

Groove primaryGroove(const FurrowNetwork& n, double pixelUm) {
    return {n.depthUm, kMinPrimaryUm, kMaxPrimaryUm, n.halfWidthUm,
            std::max(n.halfWidthUm, 1.0 * pixelUm)};
}

Groove secondaryGroove(const FurrowNetwork& n, double pixelUm) {
    return {n.depthUm, 0.0, kSecondarySpread * n.depthUm, n.halfWidthUm,
            std::max(n.halfWidthUm, 1.0 * pixelUm)};
}

/// Lognormal factors exp(sigma z) at the 1024 quantiles of the standard normal: a line's depth is
/// its median times one of them, picked by the line's random bits (cheaper than a Box-Muller draw
/// per cell, same distribution to within the quantisation).
class LognormalTable {
  public:
    explicit LognormalTable(double sigmaLog) {
        for (std::size_t k = 0; k < kSize; ++k) {
            const double p = (static_cast<double>(k) + 0.5) / kSize;
            double lo = -10, hi = 10; // invert Phi(z) = erfc(-z / sqrt 2) / 2 by bisection
            for (int i = 0; i < 80; ++i) {
                const double mid = 0.5 * (lo + hi);
                (0.5 * std::erfc(-mid / std::numbers::sqrt2) < p ? lo : hi) = mid;
            }
            factor_[k] = std::exp(sigmaLog * 0.5 * (lo + hi));
        }
    }
    double operator()(std::uint64_t bits) const { return factor_[bits % kSize]; }

  private:
    static constexpr std::size_t kSize = 1024;
    std::array<double, kSize> factor_{};
};

/// Cross-section of a furrow, 1 at its axis to 0 at its rim, t = distance / half width: a rounded
/// V, 1 - 3t² + 2t³ (smooth at the bottom and the rim). Its steepest wall is 1.5 depth / half
/// width, at mid-wall: the young cheek's median furrow, 22 µm deep and 200 µm wide, reaches 18°
/// (the landed (1 - t²)² clefts, 75 µm deep and 90 µm wide, reached 69°).
double furrowProfile(double t) {
    return 1.0 - t * t * (3.0 - 2.0 * t);
}

/// Depth (µm, positive) of the furrow whose border is `b`, with the depth scaled down when the
/// groove had to be widened (same cross-section).
double furrowDepth(const CellNetwork::Border& b, const Groove& g, const CounterRng& lineRng,
                   const LognormalTable& spread) {
    const double t = b.distanceMm * 1e3 / g.shownHalfWidthUm;
    if (t >= 1.0) {
        return 0.0;
    }
    const double depth =
        std::clamp(g.medianDepthUm * spread(lineRng.bits(b.key)), g.minDepthUm, g.maxDepthUm);
    return depth * (g.halfWidthUm / g.shownHalfWidthUm) * furrowProfile(t);
}

/// Weight of a noise octave of the given wavelength: 1 when the grid resolves it (>= 4 cells),
/// fading to 0 at 2 cells per wavelength.
double octaveWeight(double wavelengthUm, double pixelUm) {
    const double cells = wavelengthUm / pixelUm;
    return std::clamp((cells - 2.0) / 2.0, 0.0, 1.0);
}

} // namespace

void generateMicrorelief(FieldF& relief, const ReliefParams& params, std::uint64_t seed) {
    const double pixelUm = relief.pixelUm();
    const double widthMm = relief.widthMm();
    const double heightMm = relief.heightMm();
    // The polygons are elongated along the skin's lines: the network lives in a rotated frame whose
    // first axis is compressed by `stretch`.
    const double angle = params.lineAngleDeg * std::numbers::pi / 180.0;
    const double ca = std::cos(angle);
    const double sa = std::sin(angle);
    const double inv = 1.0 / params.stretch;
    auto toNetwork = [&](double x, double y, double& u, double& v) {
        u = (ca * x + sa * y) * inv;
        v = -sa * x + ca * y;
    };
    double u0 = 1e300, v0 = 1e300, u1 = -1e300, v1 = -1e300;
    for (const auto& [x, y] :
         {std::pair{0.0, 0.0}, {widthMm, 0.0}, {0.0, heightMm}, {widthMm, heightMm}}) {
        double u = 0, v = 0;
        toNetwork(x, y, u, v);
        u0 = std::min(u0, u);
        v0 = std::min(v0, v);
        u1 = std::max(u1, u);
        v1 = std::max(v1, v);
    }
    const CellNetwork primary(params.primary.cellMm, u0, v0, u1, v1, kJitter,
                              params.primary.presence, CounterRng(seed, "relief-primary-points"));
    const CellNetwork secondary(params.secondary.cellMm, u0, v0, u1, v1, kJitter,
                                params.secondary.presence,
                                CounterRng(seed, "relief-secondary-points"));
    const CounterRng primaryLines(seed, "relief-primary-depth");
    const CounterRng secondaryLines(seed, "relief-secondary-depth");
    const CounterRng roughness(seed, "relief-roughness");
    const PoreField finePores(params.finePores, widthMm, heightMm, pixelUm,
                              CounterRng(seed, "pores"));
    const PoreField visiblePores(params.visiblePores, widthMm, heightMm, pixelUm,
                                 CounterRng(seed, "visible-pores"));
    const Groove g1 = primaryGroove(params.primary, pixelUm);
    const Groove g2 = secondaryGroove(params.secondary, pixelUm);

    // Fine roughness: two octaves of value noise at 80 and 40 µm (assumption: the scale of the
    // corneocyte and microfurrow texture), scaled to the region's SD.
    constexpr double kWave1Um = 80.0;
    constexpr double kWave2Um = 40.0;
    const double w1 = octaveWeight(kWave1Um, pixelUm);
    const double w2 = octaveWeight(kWave2Um, pixelUm);
    // Value noise with the quintic fade has an SD of ~0.42 per octave.
    const double roughScale = params.roughnessUm / (0.42 * std::sqrt(1.0 + 0.5 * 0.5));
    const CounterRng rough2 = roughness.child(2);

    const LognormalTable spread(kFurrowSigmaLog);
    const double reach1 = g1.shownHalfWidthUm * 1e-3;
    const double reach2 = g2.shownHalfWidthUm * 1e-3;
    // A network without furrows (no lines present, or no depth) is not queried at all.
    const bool hasPrimary = params.primary.presence > 0 && params.primary.depthUm > 0;
    const bool hasSecondary = params.secondary.presence > 0 && params.secondary.depthUm > 0;
    const double deepestSecondaryUm = g2.maxDepthUm * g2.halfWidthUm / g2.shownHalfWidthUm;
    // How far one cell step along a row moves in the network's frame, mm (with a hair of margin
    // for rounding).
    const double stepMm = relief.pixelMm() * std::hypot(ca * inv, sa) * (1.0 + 1e-9);
    parallelFor(relief.height(), [&](int y) {
        auto row = relief.row(y);
        const double ym = relief.yMm(y);
        // Roughness first (whole row), then the furrows and pores cut into it.
        std::fill(row.begin(), row.end(), 0.0f);
        if (w1 > 0) {
            addValueNoiseRow(roughness, ym, relief.xMm(0), relief.pixelMm(), kWave1Um * 1e-3,
                             roughScale * w1, row);
        }
        if (w2 > 0) {
            addValueNoiseRow(rough2, ym, relief.xMm(0), relief.pixelMm(), kWave2Um * 1e-3,
                             roughScale * 0.5 * w2, row);
        }
        std::vector<float> poreDepth(row.size(), 0.0f);
        finePores.deepenRow(ym, relief.xMm(0), relief.pixelMm(), poreDepth);
        visiblePores.deepenRow(ym, relief.xMm(0), relief.pixelMm(), poreDepth);
        // Walking the row, a query is skipped while the last one proves that no border can be
        // within the furrow's reach (CellNetwork::Border::clearMm): same result, fewer queries.
        double clear1 = -1.0;
        double clear2 = -1.0;
        CellNetwork::CellLines primaryCell;
        CellNetwork::CellLines secondaryCell;
        for (int x = 0; x < relief.width(); ++x) {
            const double xm = relief.xMm(x);
            double u = 0, v = 0;
            toNetwork(xm, ym, u, v);
            clear1 -= stepMm;
            clear2 -= stepMm;
            double f1 = 0;
            if (hasPrimary && clear1 < reach1) {
                const CellNetwork::Border b = primary.nearestBorder(u, v, reach1, primaryCell);
                clear1 = b.clearMm;
                f1 = furrowDepth(b, g1, primaryLines, spread);
            }
            // Where lines and pores meet, the deepest wins (they do not stack): a secondary line
            // cannot show inside a primary furrow or pore deeper than the deepest secondary line.
            const auto i = static_cast<std::size_t>(x);
            const double deeper = std::max(f1, static_cast<double>(poreDepth[i]));
            double f2 = 0;
            if (hasSecondary && clear2 < reach2 && deeper < deepestSecondaryUm) {
                const CellNetwork::Border b = secondary.nearestBorder(u, v, reach2, secondaryCell);
                clear2 = b.clearMm;
                f2 = furrowDepth(b, g2, secondaryLines, spread);
            }
            row[i] -= static_cast<float>(std::max(deeper, f2));
        }
    });
}

} // namespace skinsim

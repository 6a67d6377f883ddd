#include "skin/ScarShape.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace skinsim {

namespace {

/// 6u^5 - 15u^4 + 10u^3: C2 step from 0 to 1 (zero slope and curvature at both ends).
double smootherstep(double u) {
    u = std::clamp(u, 0.0, 1.0);
    return u * u * u * (u * (u * 6.0 - 15.0) + 10.0);
}

/// atan2 to within ~1e-5 rad (a minimax polynomial for atan on [0, 1] and the octant
/// symmetries): ample for looking up an outline sampled every 1.4 degrees, at a fraction of the
/// cost of std::atan2 in the per-cell loop.
double fastAtan2(double y, double x) {
    const double ax = std::abs(x);
    const double ay = std::abs(y);
    const double big = std::max(ax, ay);
    const double a = big > 0 ? std::min(ax, ay) / big : 0.0;
    const double s = a * a;
    double r = (((-0.0464964749 * s + 0.15931422) * s - 0.327622764) * s) * a + a;
    r = ay > ax ? 0.5 * std::numbers::pi - r : r;
    r = x < 0 ? std::numbers::pi - r : r;
    return y < 0 ? -r : r;
}

/// 1 for rho <= 0.85, 0 for rho >= 1.05 (the scar's floor and walls vs the skin around it).
double interiorOf(double rho) {
    return smootherstep((1.05 - rho) / 0.2);
}

double anchorReachRho(const ScarShape& s) {
    double reach = 0;
    for (int i = 0; i < s.anchorCount; ++i) {
        reach = std::max(reach, s.anchors[static_cast<std::size_t>(i)].rho);
    }
    return reach;
}

} // namespace

double ScarShape::reachMm() const {
    // A halo of erythema or PIH fades as exp(-(d / width)²): below 0.2 % beyond 2.5 widths.
    const bool halo = erythema > 0 || hyperpigmentation > 0;
    return depressionReachMm(0.0) + (halo ? 2.5 * haloWidthMm : 0.0);
}

double ScarShape::depressionReachMm(double sagLengthMm) const {
    const double edge = outline.maxEdgeMm();
    switch (type) {
    case ScarType::Icepick:
        return edge * funnelEndRho;
    case ScarType::Boxcar:
    case ScarType::Chickenpox:
        return edge + wallOutsideMm;
    case ScarType::Rolling: {
        double sigma = 0;
        for (int i = 0; i < anchorCount; ++i) {
            sigma = std::max(sigma, anchors[static_cast<std::size_t>(i)].sigmaMm);
        }
        const double s = footprintScale;
        const double tetherReach = edge * s * anchorReachRho(*this) + 3.0 * sigma * s;
        return std::max(edge * s * kRollingEndRho, tetherReach) + 2.0 * sagLengthMm;
    }
    }
    return edge;
}

ScarSample sampleScar(const ScarShape& scar, double xMm, double yMm) {
    ScarSample out;
    const double dx = xMm - scar.centerXMm;
    const double dy = yMm - scar.centerYMm;
    const double r2 = dx * dx + dy * dy;
    const double reach = scar.reachMm();
    if (r2 >= reach * reach) {
        out.rho = 1e9f;
        return out;
    }
    const double r = std::sqrt(r2);
    const double theta = fastAtan2(dy, dx);
    const double edge = scar.outline.edgeMm(theta);
    const double rho = r / edge;
    out.rho = static_cast<float>(rho);
    out.interior = static_cast<float>(interiorOf(rho));
    const double outsideMm = (rho - 1.0) * edge;
    out.halo = static_cast<float>(outsideMm <= 0 ? 1.0
                                                 : std::exp(-(outsideMm * outsideMm) /
                                                            (scar.haloWidthMm * scar.haloWidthMm)));

    switch (scar.type) {
    case ScarType::Icepick: {
        double f = 0;
        if (rho <= scar.tipRho) {
            f = 1;
        } else if (rho < scar.funnelEndRho) {
            f = std::pow((scar.funnelEndRho - rho) / (scar.funnelEndRho - scar.tipRho),
                         scar.funnelPower);
        }
        out.deficitUm = static_cast<float>(scar.depthUm * f);
        // The epithelialised, fibrotic lining runs down the whole funnel wall, not only its
        // centre (assumption; why resurfacing barely helps icepick scars, evidence.md 3b).
        out.fibrosis = static_cast<float>(scar.fibrosis * std::min(1.0, f / 0.05));
        break;
    }
    case ScarType::Boxcar:
    case ScarType::Chickenpox: {
        const double inwardMm = (1.0 - rho) * edge;
        const double wall = smootherstep((inwardMm + scar.wallOutsideMm) / scar.wallSpanMm);
        const double rb = std::min(rho, 1.0);
        const double base = 1.0 - scar.baseCurvature * rb * rb;
        out.deficitUm = static_cast<float>(scar.depthUm * base * wall);
        out.fibrosis = static_cast<float>(scar.fibrosis * wall);
        break;
    }
    case ScarType::Rolling: {
        const double s = scar.footprintScale;
        const double q = rho / s;
        out.deficitUm =
            static_cast<float>(scar.atrophyUm * smootherstep((kRollingEndRho - q) /
                                                             (kRollingEndRho - kRollingFlatRho)));
        double pull = 0;
        if (q < 0.9) {
            const double t = 1.0 - (q * q) / 0.81;
            pull += scar.tetherFloor * t * t;
        }
        for (int i = 0; i < scar.anchorCount; ++i) {
            const TetherAnchor& a = scar.anchors[static_cast<std::size_t>(i)];
            const double ax = s * a.offsetXMm - dx;
            const double ay = s * a.offsetYMm - dy;
            const double sigma = a.sigmaMm * s;
            const double d2 = ax * ax + ay * ay;
            if (d2 < 16.0 * sigma * sigma) {
                pull += a.strength * std::exp(-d2 / (2.0 * sigma * sigma));
            }
        }
        out.tether = static_cast<float>(std::min(1.0, scar.tetherGain * pull));
        out.fibrosis = static_cast<float>(scar.fibrosis * std::min(1.0, pull));
        break;
    }
    }
    return out;
}

} // namespace skinsim

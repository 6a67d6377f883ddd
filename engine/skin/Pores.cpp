#include "skin/Pores.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

namespace {
// Share of jittered-grid sites that hold a pore, and the log-space spread of pore size and depth:
// assumptions (the sources of ReliefAnatomy.hpp give ranges, not distributions).
constexpr double kOccupied = 0.85;
constexpr double kSizeSigmaLog = 0.3;
} // namespace

PoreField::PoreField(const PoreClass& pores, double widthMm, double heightMm, double pixelUm,
                     const CounterRng& rng)
    : widthMm_(widthMm), heightMm_(heightMm) {
    // Sites at spacing s give one site per s² mm²; occupancy brings it to the target density.
    spacingMm_ = std::sqrt(kOccupied / std::max(1e-6, pores.perMm2));
    nx_ = static_cast<int>(std::ceil(widthMm / spacingMm_)) + 1;
    ny_ = static_cast<int>(std::ceil(heightMm / spacingMm_)) + 1;
    sites_.resize(static_cast<std::size_t>(nx_) * static_cast<std::size_t>(ny_));
    const double minRadiusMm = pixelUm * 1e-3; // narrower funnels alias away
    for (int j = 0; j < ny_; ++j) {
        for (int i = 0; i < nx_; ++i) {
            const std::uint64_t k = 8 * (static_cast<std::uint64_t>(j) * nx_ + i);
            Pore& p = sites_[static_cast<std::size_t>(j) * nx_ + i];
            if (rng.uniform(k) >= kOccupied) {
                continue;
            }
            p.x = static_cast<float>((i + 0.5 + 0.8 * (rng.uniform(k + 1) - 0.5)) * spacingMm_);
            p.y = static_cast<float>((j + 0.5 + 0.8 * (rng.uniform(k + 2) - 0.5)) * spacingMm_);
            const double diameterUm =
                std::clamp(rng.lognormal(k + 3, pores.diameterUm, kSizeSigmaLog),
                           pores.minDiameterUm, pores.maxDiameterUm);
            const double radius = 0.5e-3 * diameterUm;
            const double depth = rng.lognormal(k + 5, pores.depthUm, kSizeSigmaLog);
            // A funnel wider than its true size keeps its volume: depth shrinks with the widening.
            const double shown = std::max(radius, minRadiusMm);
            p.radiusMm = static_cast<float>(shown);
            p.depthUm = static_cast<float>(std::min(pores.maxDepthUm, depth) * (radius / shown) *
                                           (radius / shown));
        }
    }
}

double PoreField::depthUm(double xMm, double yMm) const {
    const int ci = static_cast<int>(std::floor(xMm / spacingMm_));
    const int cj = static_cast<int>(std::floor(yMm / spacingMm_));
    double deepest = 0;
    for (int j = std::max(0, cj - 1); j <= std::min(ny_ - 1, cj + 1); ++j) {
        for (int i = std::max(0, ci - 1); i <= std::min(nx_ - 1, ci + 1); ++i) {
            const Pore& p = sites_[static_cast<std::size_t>(j) * nx_ + i];
            if (p.radiusMm <= 0) {
                continue;
            }
            const double dx = xMm - p.x;
            const double dy = yMm - p.y;
            deepest = std::max(deepest, funnel(p.depthUm, p.radiusMm, dx * dx + dy * dy));
        }
    }
    return deepest;
}

void PoreField::deepenRow(double yMm, double x0Mm, double dxMm, std::span<float> out) const {
    // A pore lies within 0.4 spacing of its site centre and is far smaller than a spacing, so only
    // the site rows around yMm can reach this row.
    const int cj = static_cast<int>(std::floor(yMm / spacingMm_));
    const int last = static_cast<int>(out.size()) - 1;
    for (int j = std::max(0, cj - 1); j <= std::min(ny_ - 1, cj + 1); ++j) {
        for (int i = 0; i < nx_; ++i) {
            const Pore& p = sites_[static_cast<std::size_t>(j) * nx_ + i];
            const double dy = yMm - p.y;
            if (p.radiusMm <= 0 || std::abs(dy) >= p.radiusMm) {
                continue;
            }
            const int from =
                std::max(0, static_cast<int>(std::ceil((p.x - p.radiusMm - x0Mm) / dxMm)));
            const int to =
                std::min(last, static_cast<int>(std::floor((p.x + p.radiusMm - x0Mm) / dxMm)));
            for (int x = from; x <= to; ++x) {
                const double dx = x0Mm + x * dxMm - p.x;
                float& v = out[static_cast<std::size_t>(x)];
                v = std::max(v,
                             static_cast<float>(funnel(p.depthUm, p.radiusMm, dx * dx + dy * dy)));
            }
        }
    }
}

std::size_t PoreField::count() const {
    return static_cast<std::size_t>(
        std::count_if(sites_.begin(), sites_.end(), [&](const Pore& p) { return onPatch(p); }));
}

} // namespace skinsim

namespace skinsim {

std::vector<PoreField::Opening> PoreField::openings() const {
    std::vector<Opening> out;
    for (const Pore& p : sites_) {
        if (onPatch(p)) {
            out.push_back({2e3 * static_cast<double>(p.radiusMm), static_cast<double>(p.depthUm)});
        }
    }
    return out;
}

} // namespace skinsim

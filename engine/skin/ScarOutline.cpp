#include "skin/ScarOutline.hpp"

#include <algorithm>
#include <numbers>

namespace skinsim {

namespace {
constexpr int kFirstHarmonic = 2; // 1 would only shift the centre
constexpr int kLastHarmonic = 6;
} // namespace

ScarOutline::ScarOutline(double radiusMm, const OutlineStyle& style, const CounterRng& rng)
    : radiusMm_(radiusMm) {
    aspect_ = rng.uniform(0, 1.0, style.maxAspect);
    rotationRad_ = rng.uniform(1, 0.0, std::numbers::pi);
    // Harmonic k has amplitude ~ irregularity / k: lobes of a few per outline, no sharp spikes.
    std::array<double, kLastHarmonic + 1> amp{};
    std::array<double, kLastHarmonic + 1> phase{};
    double total = 0;
    for (int k = kFirstHarmonic; k <= kLastHarmonic; ++k) {
        amp[k] = style.irregularity * rng.normal(static_cast<std::uint64_t>(2 + k)) * 2.0 / k;
        phase[k] = rng.uniform(static_cast<std::uint64_t>(16 + k), 0.0, 2 * std::numbers::pi);
        total += std::abs(amp[k]);
    }
    // Keep the outline star-shaped and well away from zero radius.
    const double limit = 0.35;
    if (total > limit) {
        for (double& a : amp) {
            a *= limit / total;
        }
    }
    const double a = std::sqrt(aspect_); // semi-axes a, 1/a: unit area before scaling
    std::array<double, kSamples> raw{};
    double area = 0;
    for (int i = 0; i < kSamples; ++i) {
        const double theta = 2 * std::numbers::pi * i / kSamples;
        const double c = std::cos(theta - rotationRad_);
        const double s = std::sin(theta - rotationRad_);
        double r = 1.0 / std::sqrt(c * c / (a * a) + s * s * a * a);
        double wobble = 1.0;
        for (int k = kFirstHarmonic; k <= kLastHarmonic; ++k) {
            wobble += amp[k] * std::cos(k * theta + phase[k]);
        }
        r *= wobble;
        raw[i] = r;
        area += 0.5 * r * r * (2 * std::numbers::pi / kSamples);
    }
    const double scale = radiusMm / std::sqrt(area / std::numbers::pi);
    maxEdgeMm_ = 0;
    for (int i = 0; i < kSamples; ++i) {
        edge_[i] = static_cast<float>(raw[i] * scale);
        maxEdgeMm_ = std::max(maxEdgeMm_, static_cast<double>(edge_[i]));
    }
}

ScarOutline ScarOutline::scaled(double factor) const {
    ScarOutline out = *this;
    out.radiusMm_ *= factor;
    out.maxEdgeMm_ *= factor;
    for (float& e : out.edge_) {
        e = static_cast<float>(e * factor);
    }
    return out;
}

} // namespace skinsim

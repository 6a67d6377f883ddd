#pragma once
// The outline of one scar: the contour where it is 10 % of its depth, which is also where its
// diameter is measured. Real scars are not circles (issue 3): the outline is an ellipse perturbed
// by a few random low harmonics, scaled so that its area is exactly that of a circle of the
// nominal diameter (so "diameter" means the area-equivalent diameter, as the tests measure it).

#include "core/Rng.hpp"

#include <array>
#include <cmath>
#include <cstdint>

namespace skinsim {

/// How irregular an outline may be; values per scar type live in ScarShapes.cpp.
struct OutlineStyle {
    double maxAspect = 1.3;     ///< longest / shortest axis of the underlying ellipse
    double irregularity = 0.06; ///< SD of the 2nd harmonic's relative amplitude
};

class ScarOutline {
  public:
    static constexpr int kSamples = 256;

    ScarOutline() = default;
    /// A random outline of area-equivalent radius `radiusMm`, drawn from rng indices [0, 32).
    ScarOutline(double radiusMm, const OutlineStyle& style, const CounterRng& rng);

    double radiusMm() const { return radiusMm_; }
    double aspect() const { return aspect_; }
    double rotationRad() const { return rotationRad_; }
    /// Largest distance of the outline from the centre, mm.
    double maxEdgeMm() const { return maxEdgeMm_; }

    /// Distance from the centre to the outline in the direction thetaRad, mm.
    double edgeMm(double thetaRad) const {
        double t = thetaRad * (kSamples / (2.0 * 3.14159265358979323846));
        t -= std::floor(t / kSamples) * kSamples;
        const int i = static_cast<int>(t) % kSamples;
        const double f = t - std::floor(t);
        return (1.0 - f) * edge_[i] + f * edge_[(i + 1) % kSamples];
    }

    /// The same outline with every radius multiplied by `factor`.
    ScarOutline scaled(double factor) const;

  private:
    double radiusMm_ = 1.0;
    double aspect_ = 1.0;
    double rotationRad_ = 0.0;
    double maxEdgeMm_ = 1.0;
    std::array<float, kSamples> edge_{};
};

} // namespace skinsim

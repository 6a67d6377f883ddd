#pragma once
// Pores: the openings of pilosebaceous follicles, small funnels scattered over the skin at a
// density that depends on the region (cheek most, forehead and temple fewer; SkinAnatomy.hpp).
// Positions come from a jittered grid (so pores never clump) with some sites left empty.

#include "core/Rng.hpp"
#include "skin/SkinAnatomy.hpp"

#include <cmath>

#include <span>
#include <vector>

namespace skinsim {

class PoreField {
  public:
    /// Pores over [0, widthMm] x [0, heightMm]; pixelUm sets the smallest radius the grid resolves.
    PoreField(const ReliefParams& params, double widthMm, double heightMm, double pixelUm,
              const CounterRng& rng);

    /// Depth of the pore funnel at (x, y) in mm, µm (0 away from pores).
    double depthUm(double xMm, double yMm) const;
    /// out[i] = max(out[i], depth at (x0Mm + i * dxMm, yMm)) for a whole row: each pore near the
    /// row is drawn over the few cells it covers (much cheaper than asking every cell).
    void deepenRow(double yMm, double x0Mm, double dxMm, std::span<float> out) const;
    /// How many pores the patch has.
    std::size_t count() const;

  private:
    /// Depth of pore p at squared distance d2 (mm²) from its centre, µm.
    static double funnel(float depthUm, float radiusMm, double d2) {
        const double t = d2 / (static_cast<double>(radiusMm) * radiusMm);
        if (t >= 1.0) {
            return 0.0;
        }
        // Funnel with a rounded bottom and a smooth rim: depth (1 - t)^1.5.
        const double u = 1.0 - t;
        return depthUm * u * std::sqrt(u);
    }

    struct Pore {
        float x = 0, y = 0; // mm
        float radiusMm = 0; // 0: no pore at this site
        float depthUm = 0;
    };
    double spacingMm_;
    int nx_ = 0, ny_ = 0;
    std::vector<Pore> sites_;
};

} // namespace skinsim

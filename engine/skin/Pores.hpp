#pragma once
// Pores: the openings of pilosebaceous follicles, funnels scattered over the skin. One PoreField
// is one class of them (fine or visible; ReliefAnatomy.hpp) at the density of the region.
// Positions come from a jittered grid (so pores never clump) with some sites left empty.

#include "core/Rng.hpp"
#include "skin/ReliefAnatomy.hpp"

#include <cmath>

#include <span>
#include <vector>

namespace skinsim {

class PoreField {
  public:
    /// Pores over [0, widthMm] x [0, heightMm]; pixelUm sets the smallest radius the grid resolves.
    PoreField(const PoreClass& pores, double widthMm, double heightMm, double pixelUm,
              const CounterRng& rng);

    /// Depth of the pore funnel at (x, y) in mm, µm (0 away from pores).
    double depthUm(double xMm, double yMm) const;
    /// out[i] = max(out[i], depth at (x0Mm + i * dxMm, yMm)) for a whole row: each pore near the
    /// row is drawn over the few cells it covers (much cheaper than asking every cell).
    void deepenRow(double yMm, double x0Mm, double dxMm, std::span<float> out) const;
    /// How many pores have their centre on the patch (the grid of sites overhangs it).
    std::size_t count() const;

    struct Opening {
        double diameterUm = 0; ///< as drawn (at least about two cells of the grid)
        double depthUm = 0;    ///< as drawn (shallower where the funnel had to be widened)
    };
    /// The opening and depth of every pore centred on the patch, as the grid shows them.
    std::vector<Opening> openings() const;

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
    bool onPatch(const Pore& p) const {
        return p.radiusMm > 0 && p.x < widthMm_ && p.y < heightMm_;
    }
    double spacingMm_;
    double widthMm_, heightMm_;
    int nx_ = 0, ny_ = 0;
    std::vector<Pore> sites_;
};

} // namespace skinsim

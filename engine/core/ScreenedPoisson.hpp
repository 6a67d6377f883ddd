#pragma once
// Solves the screened Poisson equation (1 - L² ∇²) p = f on a grid with zero-flux (Neumann)
// borders, exactly, by a discrete cosine transform (FFTW). This is the equilibrium of an elastic
// skin sheet under tension κ on an elastic foundation of stiffness k, loaded by f: L = sqrt(κ/k) is
// the distance over which a point load spreads (MODEL.md "Surface"). A uniform load gives a uniform
// response of the same size (unit gain at zero frequency), so p is in the units of f.
//
// Deterministic: plans are made with FFTW_ESTIMATE (no timing-dependent algorithm choice), so the
// same input gives the same bits on every run and thread count.

#include "core/Field2D.hpp"

#include <memory>

namespace skinsim {

class ScreenedPoissonSolver {
  public:
    /// A solver for fields of width x height cells of pixelUm, spreading over lengthUm.
    ScreenedPoissonSolver(int width, int height, double pixelUm, double lengthUm);
    ~ScreenedPoissonSolver();
    ScreenedPoissonSolver(ScreenedPoissonSolver&&) noexcept;
    ScreenedPoissonSolver& operator=(ScreenedPoissonSolver&&) noexcept;
    ScreenedPoissonSolver(const ScreenedPoissonSolver&) = delete;
    ScreenedPoissonSolver& operator=(const ScreenedPoissonSolver&) = delete;

    double lengthUm() const;

    /// p = (1 - L² ∇²)⁻¹ f. `load` must have the solver's shape. Not safe to call on one solver
    /// from two threads at once (it reuses its transform buffers); use one solver per thread.
    FieldF solve(const FieldF& load);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace skinsim

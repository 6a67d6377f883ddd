#include "core/ScreenedPoisson.hpp"

#include <cmath>
#include <fftw3.h>
#include <mutex>
#include <numbers>
#include <vector>

namespace skinsim {
namespace {
// FFTW's planner is not thread-safe; execution of an existing plan is.
std::mutex plannerMutex;

struct FftwFree {
    void operator()(float* p) const { fftwf_free(p); }
};
} // namespace

struct ScreenedPoissonSolver::Impl {
    int width;
    int height;
    double pixelUm;
    double lengthUm;
    std::unique_ptr<float, FftwFree> buffer;
    fftwf_plan forward = nullptr; // DCT-II in both directions (REDFT10)
    fftwf_plan inverse = nullptr; // DCT-III (REDFT01), its inverse up to 4·W·H
    std::vector<float> gain;      // 1 / (1 + (L/h)² · eigenvalue of -∇²), per mode, normalised

    ~Impl() {
        std::lock_guard lock(plannerMutex);
        if (forward != nullptr) {
            fftwf_destroy_plan(forward);
        }
        if (inverse != nullptr) {
            fftwf_destroy_plan(inverse);
        }
    }
};

ScreenedPoissonSolver::ScreenedPoissonSolver(int width, int height, double pixelUm, double lengthUm)
    : impl_(std::make_unique<Impl>()) {
    Impl& s = *impl_;
    s.width = width;
    s.height = height;
    s.pixelUm = pixelUm;
    s.lengthUm = lengthUm;
    const std::size_t n = std::size_t(width) * std::size_t(height);
    s.buffer.reset(fftwf_alloc_real(n));
    {
        std::lock_guard lock(plannerMutex);
        // FFTW is row-major with the last dimension fastest: (height, width) matches Field2D.
        s.forward = fftwf_plan_r2r_2d(height, width, s.buffer.get(), s.buffer.get(), FFTW_REDFT10,
                                      FFTW_REDFT10, FFTW_ESTIMATE);
        s.inverse = fftwf_plan_r2r_2d(height, width, s.buffer.get(), s.buffer.get(), FFTW_REDFT01,
                                      FFTW_REDFT01, FFTW_ESTIMATE);
    }
    // Eigenvalues of the 5-point -∇² with Neumann borders, in units of 1/h²:
    // 4 - 2 cos(π kx / W) - 2 cos(π ky / H).
    const double ratio2 = (lengthUm / pixelUm) * (lengthUm / pixelUm);
    const double normalisation = 1.0 / (4.0 * width * height);
    s.gain.resize(n);
    for (int ky = 0; ky < height; ++ky) {
        const double ey = 2.0 - 2.0 * std::cos(std::numbers::pi * ky / height);
        for (int kx = 0; kx < width; ++kx) {
            const double ex = 2.0 - 2.0 * std::cos(std::numbers::pi * kx / width);
            s.gain[std::size_t(ky) * width + kx] =
                static_cast<float>(normalisation / (1.0 + ratio2 * (ex + ey)));
        }
    }
}

ScreenedPoissonSolver::~ScreenedPoissonSolver() = default;
ScreenedPoissonSolver::ScreenedPoissonSolver(ScreenedPoissonSolver&&) noexcept = default;
ScreenedPoissonSolver& ScreenedPoissonSolver::operator=(ScreenedPoissonSolver&&) noexcept = default;

double ScreenedPoissonSolver::lengthUm() const { return impl_->lengthUm; }

FieldF ScreenedPoissonSolver::solve(const FieldF& load) {
    Impl& s = *impl_;
    float* buf = s.buffer.get();
    std::copy(load.values().begin(), load.values().end(), buf);
    fftwf_execute(s.forward);
    for (std::size_t i = 0; i < s.gain.size(); ++i) {
        buf[i] *= s.gain[i];
    }
    fftwf_execute(s.inverse);
    FieldF out(s.width, s.height, s.pixelUm);
    std::copy(buf, buf + out.size(), out.data());
    return out;
}

} // namespace skinsim

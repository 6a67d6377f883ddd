#include "tissue/FractionalColumns.hpp"

#include "core/Rng.hpp"

#include <cmath>

namespace skinsim {

double columnProfile(const TissueState& s, double xUm, double yUm) {
    if (s.columnWoundUm < 0.5 || s.columnDensity <= 0) {
        return 0;
    }
    const double spacingUm =
        std::sqrt(3.14159265 * kColumnRadiusUm * kColumnRadiusUm / s.columnDensity);
    const CounterRng rng(s.columnSeed, "fractional-columns");
    const int gx = static_cast<int>(std::floor(xUm / spacingUm));
    const int gy = static_cast<int>(std::floor(yUm / spacingUm));
    double best = 1e9;
    for (int j = gy - 1; j <= gy + 1; ++j) {
        for (int i = gx - 1; i <= gx + 1; ++i) {
            const std::uint64_t key = (std::uint64_t(std::uint32_t(j)) << 32) | std::uint32_t(i);
            const double cx = (i + rng.uniform(2 * key)) * spacingUm;
            const double cy = (j + rng.uniform(2 * key + 1)) * spacingUm;
            best = std::min(best, std::hypot(xUm - cx, yUm - cy));
        }
    }
    if (best >= kColumnRadiusUm) {
        return 0;
    }
    const double r = best / kColumnRadiusUm;
    return std::sqrt(1.0 - r * r);
}

} // namespace skinsim

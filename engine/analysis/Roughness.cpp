#include "analysis/Roughness.hpp"

#include "core/Parallel.hpp"

#include <array>
#include <cmath>
#include <vector>

namespace skinsim {

namespace {
/// Sums per row, then rows in order: the same result on any thread count.
template <std::size_t N, class F> std::array<double, N> sumRows(const FieldF& f, F perCell) {
    std::vector<std::array<double, N>> rows(static_cast<std::size_t>(f.height()));
    parallelFor(f.height(), [&](int y) {
        std::array<double, N> acc{};
        const auto row = f.row(y);
        for (int x = 0; x < f.width(); ++x) {
            perCell(x, y, row[std::size_t(x)], acc);
        }
        rows[std::size_t(y)] = acc;
    });
    std::array<double, N> total{};
    for (const auto& r : rows) {
        for (std::size_t i = 0; i < N; ++i) {
            total[i] += r[i];
        }
    }
    return total;
}
} // namespace

Roughness roughness(const FieldF& h) {
    Roughness r;
    if (h.empty()) {
        return r;
    }
    const double n = static_cast<double>(h.size());
    const double cx = (h.width() - 1) / 2.0;
    const double cy = (h.height() - 1) / 2.0;
    // Least-squares plane z = a + b (x - cx) + c (y - cy) on a regular grid: the centred
    // coordinates are orthogonal, so each coefficient is a ratio of sums.
    const auto s = sumRows<3>(h, [&](int x, int y, float z, std::array<double, 3>& acc) {
        acc[0] += z;
        acc[1] += z * (x - cx);
        acc[2] += z * (y - cy);
    });
    const double sxx = n * (double(h.width()) * h.width() - 1) / 12.0;
    const double syy = n * (double(h.height()) * h.height() - 1) / 12.0;
    const double a = s[0] / n;
    const double b = sxx > 0 ? s[1] / sxx : 0;
    const double c = syy > 0 ? s[2] / syy : 0;
    const auto m = sumRows<4>(h, [&](int x, int y, float z, std::array<double, 4>& acc) {
        const double d = z - (a + b * (x - cx) + c * (y - cy));
        acc[0] += std::abs(d);
        acc[1] += d * d;
        acc[2] += d * d * d;
        acc[3] += d * d * d * d;
    });
    r.raUm = m[0] / n;
    r.rqUm = std::sqrt(m[1] / n);
    if (r.rqUm > 0) {
        r.rsk = m[2] / n / std::pow(r.rqUm, 3);
        r.rku = m[3] / n / std::pow(r.rqUm, 4);
    }
    return r;
}

} // namespace skinsim

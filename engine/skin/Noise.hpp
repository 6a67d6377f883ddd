#pragma once
// Smooth random functions of position built on the counter-based RNG: a value at a point depends
// only on (seed, purpose, position), never on evaluation order or thread count.

#include "core/Rng.hpp"

#include <cmath>
#include <cstdint>
#include <span>

namespace skinsim {

/// Index of lattice point (ix, iy) in a CounterRng stream.
inline std::uint64_t latticeIndex(std::int64_t ix, std::int64_t iy) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(ix)) << 32) |
           static_cast<std::uint32_t>(iy);
}

/// Value noise in [-1, 1] with unit lattice spacing: random values at integer points, blended
/// with the quintic fade (C2, no grid-aligned creases in normals).
inline double valueNoise(const CounterRng& rng, double x, double y) {
    const double fx = std::floor(x);
    const double fy = std::floor(y);
    const auto ix = static_cast<std::int64_t>(fx);
    const auto iy = static_cast<std::int64_t>(fy);
    const double tx = x - fx;
    const double ty = y - fy;
    const double sx = tx * tx * tx * (tx * (tx * 6 - 15) + 10);
    const double sy = ty * ty * ty * (ty * (ty * 6 - 15) + 10);
    auto v = [&](std::int64_t i, std::int64_t j) {
        return 2.0 * rng.uniform(latticeIndex(i, j)) - 1.0;
    };
    const double top = v(ix, iy) + sx * (v(ix + 1, iy) - v(ix, iy));
    const double bottom = v(ix, iy + 1) + sx * (v(ix + 1, iy + 1) - v(ix, iy + 1));
    return top + sy * (bottom - top);
}

/// Value noise of the given wavelength (mm) at a point in mm.
inline double valueNoiseMm(const CounterRng& rng, double xMm, double yMm, double wavelengthMm) {
    return valueNoise(rng, xMm / wavelengthMm, yMm / wavelengthMm);
}

/// Adds scale * valueNoise at (x0Mm + i * dxMm, yMm) / wavelengthMm to out[i] for a whole row,
/// drawing the lattice values once per lattice cell rather than once per point (same values as
/// valueNoiseMm; the cost drops to a blend per point when the wavelength spans many cells).
inline void addValueNoiseRow(const CounterRng& rng, double yMm, double x0Mm, double dxMm,
                             double wavelengthMm, double scale, std::span<float> out) {
    const double y = yMm / wavelengthMm;
    const double fy = std::floor(y);
    const auto iy = static_cast<std::int64_t>(fy);
    const double ty = y - fy;
    const double sy = ty * ty * ty * (ty * (ty * 6 - 15) + 10);
    auto v = [&](std::int64_t i, std::int64_t j) {
        return 2.0 * rng.uniform(latticeIndex(i, j)) - 1.0;
    };
    std::int64_t cell = INT64_MIN;
    double left = 0, right = 0; // the column blends at the cell's two lattice columns
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double x = (x0Mm + static_cast<double>(i) * dxMm) / wavelengthMm;
        const double fx = std::floor(x);
        const auto ix = static_cast<std::int64_t>(fx);
        if (ix != cell) {
            if (ix == cell + 1) {
                left = right;
            } else {
                left = v(ix, iy) + sy * (v(ix, iy + 1) - v(ix, iy));
            }
            right = v(ix + 1, iy) + sy * (v(ix + 1, iy + 1) - v(ix + 1, iy));
            cell = ix;
        }
        const double tx = x - fx;
        const double sx = tx * tx * tx * (tx * (tx * 6 - 15) + 10);
        out[i] += static_cast<float>(scale * (left + sx * (right - left)));
    }
}

} // namespace skinsim

#pragma once
// CIELAB of rendered pictures, for tests that check colours the way a colorimeter would (sRGB,
// D65, IEC 61966-2-1 and CIE 15 formulas).

#include "core/ImageIo.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace skinsim::test {

struct Lab {
    double L = 0, a = 0, b = 0;
};

inline double srgbToLinear(double v) {
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

/// CIELAB (D65 white) of an 8-bit sRGB pixel.
inline Lab labOf(const std::uint8_t* rgb) {
    const double r = srgbToLinear(rgb[0] / 255.0);
    const double g = srgbToLinear(rgb[1] / 255.0);
    const double b = srgbToLinear(rgb[2] / 255.0);
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

/// The Lab of every pixel of a rectangle.
inline std::vector<Lab> labsOver(const Image8& image, int x0, int y0, int x1, int y1) {
    std::vector<Lab> out;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            out.push_back(labOf(image.at(x, y)));
        }
    }
    return out;
}

/// Mean a* of the darkest `fraction` of the pixels and of the middle fifth by lightness
/// (40-60th percentile: the skin itself).
struct DarkestAndSkin {
    double darkestA = 0;
    double skinA = 0;
};
inline DarkestAndSkin darkestAndSkinRedness(std::vector<Lab> labs, double fraction = 0.1) {
    std::sort(labs.begin(), labs.end(), [](const Lab& p, const Lab& q) { return p.L < q.L; });
    const auto n = labs.size();
    const auto dark = std::max<std::size_t>(1, static_cast<std::size_t>(fraction * n));
    DarkestAndSkin out;
    for (std::size_t i = 0; i < dark; ++i) {
        out.darkestA += labs[i].a / static_cast<double>(dark);
    }
    const std::size_t m0 = 2 * n / 5, m1 = 3 * n / 5;
    for (std::size_t i = m0; i < m1; ++i) {
        out.skinA += labs[i].a / static_cast<double>(m1 - m0);
    }
    return out;
}

} // namespace skinsim::test

#pragma once
// CIELAB of rendered pictures, for tests that check colours the way a colorimeter would (the
// skin layer's sRGB -> CIELAB, D65).

#include "core/ImageIo.hpp"
#include "skin/Colorimetry.hpp"

#include <algorithm>
#include <vector>

namespace skinsim::test {

using skinsim::Lab;

/// The Lab of every pixel of a rectangle.
inline std::vector<Lab> labsOver(const Image8& image, int x0, int y0, int x1, int y1) {
    std::vector<Lab> out;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const std::uint8_t* p = image.at(x, y);
            out.push_back(labOfSrgb8(p[0], p[1], p[2]));
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
    std::sort(labs.begin(), labs.end(), [](const Lab& p, const Lab& q) { return p.l < q.l; });
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

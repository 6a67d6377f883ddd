#include "render/Colormap.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim::render {

namespace {
// Anchor colours (sRGB), evenly spaced in t.
constexpr std::array<Rgb8, 5> kAnchors = {{
    {252, 250, 200},
    {253, 180, 80},
    {236, 82, 38},
    {165, 15, 85},
    {60, 8, 110},
}};
} // namespace

Rgb8 heatColour(float t) {
    const float x = std::clamp(t, 0.0f, 1.0f) * static_cast<float>(kAnchors.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(x), kAnchors.size() - 2);
    const float f = x - static_cast<float>(i);
    Rgb8 out{};
    for (int c = 0; c < 3; ++c) {
        out[c] = static_cast<std::uint8_t>(
            std::lround((1.0f - f) * kAnchors[i][c] + f * kAnchors[i + 1][c]));
    }
    return out;
}

std::array<std::uint8_t, 256 * 4> heatColourTable() {
    std::array<std::uint8_t, 256 * 4> table{};
    for (int i = 0; i < 256; ++i) {
        const Rgb8 c = heatColour(static_cast<float>(i) / 255.0f);
        table[i * 4 + 0] = c[0];
        table[i * 4 + 1] = c[1];
        table[i * 4 + 2] = c[2];
        table[i * 4 + 3] = 255;
    }
    return table;
}

float niceHeatmapRangeUm(float deepestUm) {
    if (!(deepestUm < 1e6f)) { // also NaN
        return 1e6f;
    }
    float decade = 10.0f;
    while (true) {
        for (const float step : {1.0f, 2.0f, 2.5f, 5.0f}) {
            if (step * decade >= deepestUm && step * decade >= 50.0f) {
                return step * decade;
            }
        }
        decade *= 10.0f;
    }
}

} // namespace skinsim::render

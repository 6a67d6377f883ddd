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
// Change: lost (t = -1) .. unchanged (0) .. filled (+1), sRGB.
constexpr std::array<Rgb8, 5> kChangeAnchors = {{
    {150, 70, 10},
    {240, 160, 80},
    {245, 245, 240},
    {90, 170, 215},
    {15, 70, 140},
}};

Rgb8 interpolate(const std::array<Rgb8, 5>& anchors, float t01) {
    const float x = std::clamp(t01, 0.0f, 1.0f) * static_cast<float>(anchors.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(x), anchors.size() - 2);
    const float f = x - static_cast<float>(i);
    Rgb8 out{};
    for (int c = 0; c < 3; ++c) {
        out[c] = static_cast<std::uint8_t>(
            std::lround((1.0f - f) * anchors[i][c] + f * anchors[i + 1][c]));
    }
    return out;
}
} // namespace

Rgb8 heatColour(float t) {
    return interpolate(kAnchors, t);
}

Rgb8 changeColour(float t) {
    return interpolate(kChangeAnchors, 0.5f * (std::clamp(t, -1.0f, 1.0f) + 1.0f));
}

std::array<std::uint8_t, kHeatTableWidth * 2 * 4> heatColourTable() {
    std::array<std::uint8_t, kHeatTableWidth * 2 * 4> table{};
    for (int i = 0; i < kHeatTableWidth; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(kHeatTableWidth - 1);
        const Rgb8 depth = heatColour(t);
        const Rgb8 change = changeColour(2.0f * t - 1.0f);
        for (int c = 0; c < 3; ++c) {
            table[i * 4 + c] = depth[c];
            table[(kHeatTableWidth + i) * 4 + c] = change[c];
        }
        table[i * 4 + 3] = 255;
        table[(kHeatTableWidth + i) * 4 + 3] = 255;
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

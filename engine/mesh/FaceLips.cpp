#include "mesh/FaceLips.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim::mesh {

float LipShape::bowAt(float x) {
    return 1.2f * std::exp(-std::pow((std::abs(x) - 5.0f) / 3.0f, 2.0f)) -
           0.6f * std::exp(-std::pow(x / 2.0f, 2.0f));
}

float LipShape::upperBorderY(float x) const {
    const float u = std::min(std::abs(x) / mouthHalfWidth, 1.0f);
    return stomionY + (7.0f + bowAt(x)) * std::pow(1.0f - u * u, 0.8f);
}

float LipShape::lowerBorderY(float x) const {
    const float u = std::min(std::abs(x) / mouthHalfWidth, 1.0f);
    return stomionY - 9.0f * std::pow(1.0f - u * u, 0.8f);
}

float LipShape::vermilionMm(float x, float y) const {
    const float u = std::abs(x) / mouthHalfWidth;
    if (u > 1.3f || y > upperBorderY(0.0f) + 8.0f || y < stomionY - 16.0f) {
        return 0.0f;
    }
    const float corner = -0.5f * std::exp(-std::pow((u - 1.0f) / 0.12f, 2.0f) -
                                          std::pow((y - stomionY) / 3.0f, 2.0f));
    if (u >= 1.0f) {
        return corner;
    }
    const float thick = 1.0f - u * u;
    const float fullness = male ? 1.0f : 1.15f;
    float g;
    float amplitude;
    if (y >= stomionY) {
        amplitude = 3.0f * fullness;
        const float t = (y - stomionY) / std::max(upperBorderY(x) - stomionY, 1.5f);
        // 0.45 at the stomion, rising to the border, then the skin falling back to the lip's
        // own surface one border height above it.
        g = t < 1.0f ? 0.45f + 0.55f * (1.0f - (1.0f - t) * (1.0f - t))
                     : std::pow(std::max(1.0f - (t - 1.0f), 0.0f), 2.0f);
    } else {
        amplitude = 3.5f * fullness;
        const float t = (stomionY - y) / std::max(stomionY - lowerBorderY(x), 1.5f);
        // 0.36 at the stomion (the two lips meet level), fullest at t = 0.65, back to the skin
        // by 1.5 border heights down.
        g = t < 0.65f ? 0.36f + 0.64f * std::sin(1.5708f * t / 0.65f)
                      : std::pow(std::max(1.0f - (t - 0.65f) / 0.85f, 0.0f), 1.5f);
    }
    return amplitude * thick * g + corner;
}

} // namespace skinsim::mesh

#include "render/AlbedoLut.hpp"

#include "SkinOptics.h"
#include "skin/SkinColour.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim::render {

glm::vec2 albedoLutFractions(int x, int y) {
    // Inverse of skinAlbedoLutUv at texel centres: axis = i / (size - 1), fraction = max axis^2.
    const float last = static_cast<float>(shader::kAlbedoLutSize - 1);
    const float mx = static_cast<float>(x) / last;
    const float by = static_cast<float>(y) / last;
    return {shader::kAlbedoLutMaxMelanin * mx * mx, shader::kAlbedoLutMaxBlood * by * by};
}

AlbedoLut buildAlbedoLut() {
    const int n = shader::kAlbedoLutSize;
    AlbedoLut lut{n, std::vector<float>(static_cast<std::size_t>(n) * n * 4)};
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            const glm::vec2 f = albedoLutFractions(x, y);
            const auto rgb = skinAlbedoLinearSrgb(f.x, f.y);
            float* t = &lut.rgba[(static_cast<std::size_t>(y) * n + x) * 4];
            for (std::size_t c = 0; c < 3; ++c) {
                t[c] = static_cast<float>(rgb[c]);
            }
            t[3] = 1.0f;
        }
    }
    return lut;
}

glm::vec3 sampleAlbedoLut(const AlbedoLut& lut, float melaninFraction, float bloodFraction,
                          float (*quantise)(float)) {
    // Vulkan's linear filter: texel space u * size - 0.5, the two nearest texels weighted by the
    // fraction, indices clamped to the edge.
    const glm::vec2 uv = shader::skinAlbedoLutUv(melaninFraction, bloodFraction);
    const glm::vec2 p = uv * static_cast<float>(lut.size) - 0.5f;
    const glm::vec2 base = glm::floor(p);
    const glm::vec2 w = p - base;
    auto texel = [&](int x, int y) {
        x = std::clamp(x, 0, lut.size - 1);
        y = std::clamp(y, 0, lut.size - 1);
        const float* t = &lut.rgba[(static_cast<std::size_t>(y) * lut.size + x) * 4];
        glm::vec3 v(t[0], t[1], t[2]);
        if (quantise != nullptr) {
            v = glm::vec3(quantise(v.r), quantise(v.g), quantise(v.b));
        }
        return v;
    };
    const int x0 = static_cast<int>(base.x), y0 = static_cast<int>(base.y);
    const glm::vec3 top = glm::mix(texel(x0, y0), texel(x0 + 1, y0), w.x);
    const glm::vec3 bottom = glm::mix(texel(x0, y0 + 1), texel(x0 + 1, y0 + 1), w.x);
    return glm::mix(top, bottom, w.y);
}

} // namespace skinsim::render

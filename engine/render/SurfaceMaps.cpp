#include "render/SurfaceMaps.hpp"

#include "render/ReliefReference.hpp"
#include "skin/SkinAnatomy.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace skinsim::render {

std::uint16_t toHalf(float value) {
    const std::uint32_t bits = std::bit_cast<std::uint32_t>(value);
    const std::uint32_t sign = (bits >> 16) & 0x8000u;
    const std::uint32_t magnitude = bits & 0x7fffffffu;
    if (magnitude >= 0x7f800000u) { // inf or NaN
        return static_cast<std::uint16_t>(sign | 0x7c00u | (magnitude > 0x7f800000u ? 0x200u : 0u));
    }
    if (magnitude >= 0x477ff000u) { // rounds beyond 65504
        return static_cast<std::uint16_t>(sign | 0x7c00u);
    }
    if (magnitude < 0x38800000u) { // subnormal half (or zero)
        const float f = std::bit_cast<float>(magnitude);
        return static_cast<std::uint16_t>(
            sign | static_cast<std::uint32_t>(std::nearbyint(f * 16777216.0f)));
    }
    const std::uint32_t rounded = magnitude + 0xfffu + ((magnitude >> 13) & 1u);
    return static_cast<std::uint16_t>(sign | ((rounded - 0x38000000u) >> 13));
}

float fromHalf(std::uint16_t half) {
    const std::uint32_t sign = static_cast<std::uint32_t>(half & 0x8000u) << 16;
    const std::uint32_t exponent = (half >> 10) & 0x1fu;
    const std::uint32_t mantissa = half & 0x3ffu;
    if (exponent == 0) {
        const float f = static_cast<float>(mantissa) / 16777216.0f;
        return sign ? -f : f;
    }
    if (exponent == 31) {
        return std::bit_cast<float>(sign | 0x7f800000u | (mantissa << 13));
    }
    return std::bit_cast<float>(sign | ((exponent + 112u) << 23) | (mantissa << 13));
}

int mipLevelCount(int width, int height) {
    return static_cast<int>(std::bit_width(static_cast<unsigned>(std::max(width, height))));
}

namespace {

MapLevel toHalfs(int width, int height, const std::vector<float>& values) {
    MapLevel level{width, height, std::vector<std::uint16_t>(values.size())};
    parallelFor(height, [&](int y) {
        const std::size_t n = values.size() / static_cast<std::size_t>(height);
        const std::size_t begin = static_cast<std::size_t>(y) * n;
        for (std::size_t i = begin; i < begin + n; ++i) {
            level.halfs[i] = toHalf(values[i]);
        }
    });
    return level;
}

float percentile(std::vector<float> values, double p) {
    if (values.empty()) {
        return 0.0f;
    }
    const auto k = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
}

} // namespace

std::array<float, 3> bruiseTint(float ageDays) {
    struct Stage {
        float day;
        std::array<float, 3> filter;
    };
    constexpr std::array<Stage, 5> kStages = {{
        {0.0f, {0.55f, 0.30f, 0.42f}}, // red-purple
        {3.0f, {0.45f, 0.32f, 0.50f}}, // blue-purple
        {6.0f, {0.62f, 0.62f, 0.45f}}, // green
        {9.0f, {0.82f, 0.74f, 0.48f}}, // yellow-brown
        {16.0f, {1.0f, 1.0f, 1.0f}},   // gone
    }};
    const float t = std::max(0.0f, ageDays);
    for (std::size_t i = 0; i + 1 < kStages.size(); ++i) {
        if (t < kStages[i + 1].day) {
            const float f = (t - kStages[i].day) / (kStages[i + 1].day - kStages[i].day);
            std::array<float, 3> out{};
            for (std::size_t c = 0; c < 3; ++c) {
                out[c] =
                    kStages[i].filter[c] + f * (kStages[i + 1].filter[c] - kStages[i].filter[c]);
            }
            return out;
        }
    }
    return kStages.back().filter;
}

SurfaceMaps buildSurfaceMaps(const SkinSurface& surface) {
    // Swelling is part of what the picture shows, not of the tissue's measured surface.
    std::optional<FieldF> swollen;
    if (surface.swellingUm) {
        swollen = surface.heightUm;
        *swollen += *surface.swellingUm;
    }
    const FieldF& height = swollen ? *swollen : surface.heightUm;
    SurfaceMaps maps;
    maps.width = height.width();
    maps.height = height.height();
    maps.pixelUm = height.pixelUm();

    const auto mean = static_cast<float>(height.mean());
    maps.heightUm.resize(height.size());
    std::transform(height.values().begin(), height.values().end(), maps.heightUm.begin(),
                   [mean](float h) { return h - mean; });
    maps.reliefRangeUm = height.maxValue() - height.minValue();

    const FieldF reference =
        surface.referenceUm ? *surface.referenceUm : surroundingSkinLevel(height);
    const FieldF depth = depthBelowReference(height, reference);
    maps.deepestUm =
        percentile(std::vector<float>(depth.values().begin(), depth.values().end()), 0.999);

    // Central differences (one-sided at the border, wrapped round a periodic tile); slopes are
    // dimensionless (µm per µm).
    std::vector<float> detail(height.size() * 4);
    const float inv2dx = static_cast<float>(0.5 / height.pixelUm());
    const int w = maps.width, h = maps.height;
    parallelFor(maps.height, [&](int y) {
        for (int x = 0; x < maps.width; ++x) {
            float sx, sy;
            if (surface.periodic) {
                sx = (height((x + 1) % w, y) - height((x + w - 1) % w, y)) * inv2dx;
                sy = (height(x, (y + 1) % h) - height(x, (y + h - 1) % h)) * inv2dx;
            } else {
                sx = (height.clamped(x + 1, y) - height.clamped(x - 1, y)) * inv2dx *
                     (x == 0 || x == maps.width - 1 ? 2.0f : 1.0f);
                sy = (height.clamped(x, y + 1) - height.clamped(x, y - 1)) * inv2dx *
                     (y == 0 || y == maps.height - 1 ? 2.0f : 1.0f);
            }
            float* t = &detail[(static_cast<std::size_t>(y) * maps.width + x) * 4];
            t[0] = sx;
            t[1] = sy;
            t[2] = depth(x, y);
            t[3] = 1.0f; // lit until the shadow pass says otherwise
        }
    });
    maps.detail = toHalfs(maps.width, maps.height, detail);

    std::vector<float> pigment(height.size() * 4);
    for (std::size_t i = 0; i < height.size(); ++i) {
        pigment[4 * i] = surface.melanin.values()[i];
        pigment[4 * i + 1] =
            surface.blood.values()[i] +
            static_cast<float>(kErythemaBloodFraction) * surface.erythema.values()[i];
        pigment[4 * i + 2] = surface.bruise ? surface.bruise->values()[i] : 0.0f;
        pigment[4 * i + 3] = surface.crust ? surface.crust->values()[i] : 0.0f;
    }
    maps.bruiseTint = bruiseTint(surface.bruiseAgeDays);
    maps.pigment = toHalfs(maps.width, maps.height, pigment);
    // The skin around the patch has the colour of the patch's normal skin: the median, which the
    // scars' PIH halos, hypopigmentation and redness (a minority of the area) do not move.
    maps.meanMelanin = percentile(
        std::vector<float>(surface.melanin.values().begin(), surface.melanin.values().end()), 0.5);
    maps.meanRestingBlood = percentile(
        std::vector<float>(surface.blood.values().begin(), surface.blood.values().end()), 0.5);
    maps.meanErythemaBlood = static_cast<float>(kErythemaBloodFraction * surface.erythema.mean());
    return maps;
}

} // namespace skinsim::render

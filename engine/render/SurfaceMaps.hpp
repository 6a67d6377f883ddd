#pragma once
// The textures of one skin surface, prepared on the CPU (no Vulkan here): the height relative to
// the patch's mean plane, a detail map (slopes and depth below the surrounding skin) and a
// pigment map. The GPU makes their mip chains (averaging slopes gives the slopes of the averaged
// height: the derivative is linear, which is what the per-channel scattering normals need).

#include "render/SkinSurface.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace skinsim::render {

/// Texels row-major, half floats.
struct MapLevel {
    int width = 0;
    int height = 0;
    std::vector<std::uint16_t> halfs; ///< half floats, `channels` per texel
};

struct SurfaceMaps {
    int width = 0;
    int height = 0;
    double pixelUm = 25.0;
    std::vector<float> heightUm; ///< level 0 only, relative to the mean, R32F
    MapLevel detail; ///< RGBA16F: dh/dx, dh/dy, depth below surroundings µm, visibility (1)
    /// RGBA16F: melanin, dermal blood (erythema included), bruise 0..1, crust 0..1
    MapLevel pigment;
    /// Linear-RGB filter a full-strength bruise puts on the skin's albedo (its colour by age).
    std::array<float, 3> bruiseTint{1.0f, 1.0f, 1.0f};
    float reliefRangeUm = 0;     ///< max - min height (how far shadows can reach)
    float deepestUm = 0;         ///< 99.9th percentile of the depth (heatmap range)
    float meanMelanin = 0;       ///< colour of the skin around the patch (face view)
    float meanRestingBlood = 0;  ///< without erythema: the untreated skin around
    float meanErythemaBlood = 0; ///< blood the erythema adds, on average over the patch
};

/// The filter a bruise puts on the skin's albedo `ageDays` after the injury (linear RGB, 1: none):
/// red-purple at first, blue-purple over days 2-4, green then yellow-brown from day 5 (the
/// sequence of Langlois & Gresham, Forensic Sci Int 1991;50:227-38: yellow is not seen before
/// 18 h; red, blue and purple at any age). The filter values are assumptions.
std::array<float, 3> bruiseTint(float ageDays);

/// Builds the maps. The surface must be valid (validateSurface).
SurfaceMaps buildSurfaceMaps(const SkinSurface& surface);

/// IEEE half float from float (round to nearest even, overflow to infinity).
std::uint16_t toHalf(float value);
float fromHalf(std::uint16_t half);

/// Number of mip levels of a width x height texture down to 1x1.
int mipLevelCount(int width, int height);

} // namespace skinsim::render

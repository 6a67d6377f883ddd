#pragma once
// The textures of one skin surface, prepared on the CPU (no Vulkan here): the height relative to
// the patch's mean plane, a detail map (slopes and depth below the surrounding skin) and a
// pigment map. The GPU makes their mip chains (averaging slopes gives the slopes of the averaged
// height: the derivative is linear, which is what the per-channel scattering normals need).

#include "render/SkinSurface.hpp"

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
    MapLevel detail;  ///< RGBA16F: dh/dx, dh/dy, depth below surroundings µm, visibility (1)
    MapLevel pigment; ///< RG16F: melanin, dermal blood (erythema included)
    float reliefRangeUm = 0;    ///< max - min height (how far shadows can reach)
    float deepestUm = 0;        ///< 99.9th percentile of the depth (heatmap range)
    float meanMelanin = 0;      ///< colour of the skin around the patch (face view)
    float meanRestingBlood = 0; ///< without erythema: the untreated skin around
};

/// Builds the maps. The surface must be valid (validateSurface).
SurfaceMaps buildSurfaceMaps(const SkinSurface& surface);

/// IEEE half float from float (round to nearest even, overflow to infinity).
std::uint16_t toHalf(float value);
float fromHalf(std::uint16_t half);

/// Number of mip levels of a width x height texture down to 1x1.
int mipLevelCount(int width, int height);

} // namespace skinsim::render

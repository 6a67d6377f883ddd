#pragma once
// The heatmap's colours: one table for the shader (a 256x1 texture) and for the colour bar drawn
// beside the image, so the two cannot disagree. Sequential from pale yellow (level with the
// surrounding skin) through orange and red to deep purple (deepest), light to dark so it reads in
// greyscale print too.

#include <array>
#include <cstdint>

namespace skinsim::render {

using Rgb8 = std::array<std::uint8_t, 3>;

/// sRGB colour for t in 0..1 (clamped).
Rgb8 heatColour(float t);

/// 256 RGBA8 sRGB texels, t = i / 255.
std::array<std::uint8_t, 256 * 4> heatColourTable();

/// A round number >= deepestUm for the top of the colour bar: 50, 100, 200, 250, 500, 1000...
float niceHeatmapRangeUm(float deepestUm);

} // namespace skinsim::render

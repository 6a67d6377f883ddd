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

/// sRGB colour of a change since day 0, t in -1..1 (clamped): -1 the most tissue lost (dark
/// orange-brown), 0 unchanged (near white), +1 the most filled (dark blue-teal). A diverging scale
/// whose two arms differ in hue and match in lightness, so it also reads for red-green colour
/// vision deficiency (blue versus orange).
Rgb8 changeColour(float t);

/// The heatmap texture: 256 x 2 RGBA8 sRGB texels, row 0 the depth scale (heatColour(i / 255)),
/// row 1 the change scale (changeColour(2 i / 255 - 1)).
inline constexpr int kHeatTableWidth = 256;
std::array<std::uint8_t, kHeatTableWidth * 2 * 4> heatColourTable();

/// A round number >= deepestUm for the top of the colour bar: 50, 100, 200, 250, 500, 1000...
float niceHeatmapRangeUm(float deepestUm);

} // namespace skinsim::render

#pragma once
// Diffuse colour (albedo) of skin from its chromophores, for albedo.png and as the renderer's base
// colour. Two layers: an epidermis that absorbs by melanin (light crosses it twice), over a
// semi-infinite dermis whose diffuse reflectance follows Kubelka-Munk from blood absorption and
// collagen scattering. None of the optical constants are in evidence.md; they come from the
// standard tissue-optics references named in SkinColour.cpp.

#include <array>
#include <cstdint>

namespace skinsim {

/// Linear-RGB albedo (0..1) at ~650, 550 and 450 nm for a melanosome volume fraction of the
/// epidermis and a blood volume fraction of the dermis.
std::array<double, 3> skinAlbedo(double melaninFraction, double bloodFraction);

/// Linear value 0..1 to an 8-bit sRGB code (IEC 61966-2-1 transfer function).
std::uint8_t linearToSrgb8(double linear);

} // namespace skinsim

#pragma once
// Diffuse colour (albedo) of skin from its chromophores, for albedo.png and as the renderer's base
// colour (its look-up table samples skinAlbedoLinearSrgb). Two layers, evaluated every 10 nm from
// 400 to 700 nm: an epidermis that absorbs by melanin (light crosses it twice), over a
// semi-infinite dermis whose diffuse reflectance follows Kubelka-Munk from blood absorption and
// collagen scattering. The reflectance spectrum is integrated under D65 with the CIE 1931 2°
// observer (Colorimetry.hpp). The optical constants come from the tissue-optics references named
// in SkinColour.cpp, the tables from Spectra.cpp.

#include "skin/Colorimetry.hpp"
#include "skin/Spectra.hpp"

#include <array>
#include <cstdint>

namespace skinsim {

/// Diffuse reflectance 0..1 at each wavelength of the spectra grid, for a melanosome volume
/// fraction of the epidermis and a blood volume fraction of the dermis.
spectra::Spectrum skinReflectance(double melaninFraction, double bloodFraction);

/// CIE XYZ (D65, Y = 1 for white) and CIELAB of that reflectance.
Xyz skinAlbedoXyz(double melaninFraction, double bloodFraction);
Lab skinAlbedoLab(double melaninFraction, double bloodFraction);

/// Linear-sRGB albedo, clamped to 0..1 (the darkest skin's blue falls just outside the gamut).
std::array<double, 3> skinAlbedoLinearSrgb(double melaninFraction, double bloodFraction);

/// Linear value 0..1 to an 8-bit sRGB code (IEC 61966-2-1 transfer function).
std::uint8_t linearToSrgb8(double linear);

} // namespace skinsim

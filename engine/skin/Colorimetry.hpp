#pragma once
// Colour science for reflectance spectra and pictures: CIE 1931 2° tristimulus values under D65,
// CIELAB, linear sRGB (IEC 61966-2-1) and the individual typology angle (ITA) with Chardon's
// skin-colour classes. Plain functions, no state.

#include "skin/Spectra.hpp"

#include <array>
#include <cstdint>

namespace skinsim {

/// CIE XYZ, scaled so that a perfect white reflector under the illuminant has Y = 1.
struct Xyz {
    double x = 0, y = 0, z = 0;
};

/// CIELAB (CIE 015): L* 0..100, a* red(+)/green(-), b* yellow(+)/blue(-).
struct Lab {
    double l = 0, a = 0, b = 0;
};

/// Tristimulus values of a reflectance spectrum lit by D65, seen by the CIE 1931 2° observer:
/// X = sum R S x̄ / sum S ȳ over the 400-700 nm grid of Spectra.hpp (CIE 015 section 7).
Xyz xyzUnderD65(const spectra::Spectrum& reflectance);

/// The white of xyzUnderD65: a perfect reflector on the same grid (X 0.9494, Y 1, Z 1.0871).
Xyz d65White();

/// CIELAB relative to `white` (CIE 015 section 8.2.1).
Lab labOf(const Xyz& xyz, const Xyz& white = d65White());

/// Linear sRGB from XYZ (IEC 61966-2-1 matrix, D65 white), not clamped: colours outside the
/// gamut have components below 0 or above 1.
std::array<double, 3> linearSrgbOf(const Xyz& xyz);
/// XYZ of a linear sRGB colour (the inverse matrix of IEC 61966-2-1).
Xyz xyzOfLinearSrgb(const std::array<double, 3>& rgb);

/// Decodes an 8-bit sRGB code to linear (IEC 61966-2-1 transfer function).
double srgb8ToLinear(std::uint8_t code);
/// CIELAB of an 8-bit sRGB pixel, relative to sRGB's own white (1, 1, 1): how a picture's
/// colour is measured.
Lab labOfSrgb8(std::uint8_t r, std::uint8_t g, std::uint8_t b);

/// Individual typology angle, degrees: atan((L* - 50) / b*) (Chardon et al., Int J Cosmet Sci
/// 1991); computed with atan2, the same for b* > 0 (all skin) and defined at b* = 0.
double itaDegrees(const Lab& lab);

/// Chardon's skin-colour classes by ITA: very light > 55°, light 41-55, intermediate 28-41, tan
/// 10-28, brown -30..10, dark < -30 (Chardon et al. 1991).
enum class ItaClass { VeryLight, Light, Intermediate, Tan, Brown, Dark };
ItaClass itaClass(double itaDeg);
const char* itaClassName(ItaClass c);

} // namespace skinsim

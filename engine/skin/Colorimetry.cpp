#include "skin/Colorimetry.hpp"

#include <cmath>
#include <numbers>

namespace skinsim {

namespace {

double sumOf(const spectra::Spectrum& a, const spectra::Spectrum& b, const spectra::Spectrum& c) {
    double s = 0;
    for (int i = 0; i < spectra::kSamples; ++i) {
        const auto k = static_cast<std::size_t>(i);
        s += a[k] * b[k] * c[k];
    }
    return s;
}

// CIELAB's cube root with its linear segment near black (CIE 015 section 8.2.1).
double labF(double t) {
    constexpr double kEpsilon = 216.0 / 24389.0;
    constexpr double kKappa = 24389.0 / 27.0;
    return t > kEpsilon ? std::cbrt(t) : (kKappa * t + 16.0) / 116.0;
}

} // namespace

Xyz xyzUnderD65(const spectra::Spectrum& reflectance) {
    const auto& s = spectra::d65();
    static const double norm = [] {
        spectra::Spectrum one;
        one.fill(1.0);
        return 1.0 / sumOf(one, spectra::d65(), spectra::cieY());
    }();
    return {sumOf(reflectance, s, spectra::cieX()) * norm,
            sumOf(reflectance, s, spectra::cieY()) * norm,
            sumOf(reflectance, s, spectra::cieZ()) * norm};
}

Xyz d65White() {
    static const Xyz white = [] {
        spectra::Spectrum one;
        one.fill(1.0);
        return xyzUnderD65(one);
    }();
    return white;
}

Lab labOf(const Xyz& xyz, const Xyz& white) {
    const double fx = labF(xyz.x / white.x);
    const double fy = labF(xyz.y / white.y);
    const double fz = labF(xyz.z / white.z);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

std::array<double, 3> linearSrgbOf(const Xyz& c) {
    return {3.2406 * c.x - 1.5372 * c.y - 0.4986 * c.z, -0.9689 * c.x + 1.8758 * c.y + 0.0415 * c.z,
            0.0557 * c.x - 0.2040 * c.y + 1.0570 * c.z};
}

Xyz xyzOfLinearSrgb(const std::array<double, 3>& rgb) {
    const auto [r, g, b] = rgb;
    return {0.4124 * r + 0.3576 * g + 0.1805 * b, 0.2126 * r + 0.7152 * g + 0.0722 * b,
            0.0193 * r + 0.1192 * g + 0.9505 * b};
}

double srgb8ToLinear(std::uint8_t code) {
    const double v = code / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

Lab labOfSrgb8(std::uint8_t r, std::uint8_t g, std::uint8_t b) {
    static const Xyz white = xyzOfLinearSrgb({1.0, 1.0, 1.0});
    return labOf(xyzOfLinearSrgb({srgb8ToLinear(r), srgb8ToLinear(g), srgb8ToLinear(b)}), white);
}

double itaDegrees(const Lab& lab) {
    return std::atan2(lab.l - 50.0, lab.b) * 180.0 / std::numbers::pi;
}

ItaClass itaClass(double itaDeg) {
    if (itaDeg > 55.0) {
        return ItaClass::VeryLight;
    }
    if (itaDeg > 41.0) {
        return ItaClass::Light;
    }
    if (itaDeg > 28.0) {
        return ItaClass::Intermediate;
    }
    if (itaDeg > 10.0) {
        return ItaClass::Tan;
    }
    if (itaDeg > -30.0) {
        return ItaClass::Brown;
    }
    return ItaClass::Dark;
}

const char* itaClassName(ItaClass c) {
    switch (c) {
    case ItaClass::VeryLight:
        return "very light";
    case ItaClass::Light:
        return "light";
    case ItaClass::Intermediate:
        return "intermediate";
    case ItaClass::Tan:
        return "tan";
    case ItaClass::Brown:
        return "brown";
    case ItaClass::Dark:
        return "dark";
    }
    return "?";
}

} // namespace skinsim

#include "skin/SkinColour.hpp"

#include "skin/SkinAnatomy.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

namespace {

// Wavelengths standing for the R, G, B channels, nm.
constexpr std::array<double, 3> kLambdaNm = {650.0, 550.0, 450.0};

// Melanosome absorption, 1/cm: 6.6e11 * lambda^-3.33 (Jacques SL, "Skin optics", OMLC News 1998).
double melaninAbsorption(double nm) {
    return 6.6e11 * std::pow(nm, -3.33);
}

// Whole blood (150 g/L haemoglobin, 64500 g/mol) at 75 % oxygen saturation (dermal mix;
// assumption), 1/cm: 2.303 * epsilon * concentration with Prahl's molar extinction coefficients
// (OMLC tabulation, cm^-1/M): HbO2 368 / 43016 / 62816, Hb 3750.8 / 53412 / 103292 at
// 650 / 550 / 450 nm.
double bloodAbsorption(int channel) {
    constexpr std::array<double, 3> kOxy = {368.0, 43016.0, 62816.0};
    constexpr std::array<double, 3> kDeoxy = {3750.8, 53412.0, 103292.0};
    constexpr double kMolar = 150.0 / 64500.0;
    constexpr double kSaturation = 0.75;
    const auto c = static_cast<std::size_t>(channel);
    return 2.303 * kMolar * (kSaturation * kOxy[c] + (1 - kSaturation) * kDeoxy[c]);
}

// Bloodless tissue background absorption, 1/cm: 0.244 + 85.3 exp(-(lambda - 154) / 66.2)
// (Jacques 1998).
double backgroundAbsorption(double nm) {
    return 0.244 + 85.3 * std::exp(-(nm - 154.0) / 66.2);
}

// Dermal reduced scattering, 1/cm: 2e5 lambda^-1.5 (Mie, collagen fibres) + 2e12 lambda^-4
// (Rayleigh, fibrils) (Jacques 1998).
double dermisScattering(double nm) {
    return 2e5 * std::pow(nm, -1.5) + 2e12 * std::pow(nm, -4.0);
}

} // namespace

namespace {

/// The wavelength-dependent constants of skinAlbedo, computed once.
struct Optics {
    std::array<double, 3> melanin{};    ///< 2 * mu_a(melanosome) * epidermis thickness
    std::array<double, 3> blood{};      ///< mu_a of whole blood, 1/cm
    std::array<double, 3> background{}; ///< bloodless mu_a, 1/cm
    std::array<double, 3> scattering{}; ///< S = 3/4 mu_s', 1/cm
    Optics() {
        const double epidermisCm = kEpidermisUm * 1e-4;
        for (int c = 0; c < 3; ++c) {
            const auto i = static_cast<std::size_t>(c);
            melanin[i] = 2.0 * melaninAbsorption(kLambdaNm[i]) * epidermisCm;
            blood[i] = bloodAbsorption(c);
            background[i] = backgroundAbsorption(kLambdaNm[i]);
            scattering[i] = 0.75 * dermisScattering(kLambdaNm[i]);
        }
    }
};

const Optics& optics() {
    static const Optics o;
    return o;
}

} // namespace

std::array<double, 3> skinAlbedo(double melaninFraction, double bloodFraction) {
    const Optics& o = optics();
    std::array<double, 3> out{};
    for (std::size_t c = 0; c < 3; ++c) {
        // Epidermis: Beer-Lambert, down and back up.
        const double epidermis = std::exp(-std::max(0.0, melaninFraction) * o.melanin[c]);
        // Dermis: Kubelka-Munk reflectance of an infinitely thick layer, K = 2 mu_a,
        // S = 3/4 mu_s' (the usual diffusion mapping).
        const double mua = std::max(0.0, bloodFraction) * o.blood[c] + o.background[c];
        const double ratio = (2.0 * mua) / o.scattering[c];
        const double dermis = 1.0 + ratio - std::sqrt(ratio * ratio + 2.0 * ratio);
        out[c] = std::clamp(epidermis * dermis, 0.0, 1.0);
    }
    return out;
}

std::uint8_t linearToSrgb8(double linear) {
    // 4096-entry table of the transfer function; the step (1/4095) is finer than one 8-bit code
    // anywhere above the darkest few codes, where the curve is linear anyway.
    static const std::array<std::uint8_t, 4096> table = [] {
        std::array<std::uint8_t, 4096> t{};
        for (std::size_t i = 0; i < t.size(); ++i) {
            const double v = static_cast<double>(i) / 4095.0;
            const double s = v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1.0 / 2.4) - 0.055;
            t[i] = static_cast<std::uint8_t>(std::lround(s * 255.0));
        }
        return t;
    }();
    const double v = std::clamp(linear, 0.0, 1.0);
    if (v < 0.0031308) {
        return static_cast<std::uint8_t>(std::lround(12.92 * v * 255.0));
    }
    return table[static_cast<std::size_t>(std::lround(v * 4095.0))];
}

} // namespace skinsim

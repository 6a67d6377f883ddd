#include "skin/SkinColour.hpp"

#include "skin/SkinAnatomy.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

namespace {

// Oxygen saturation of the dermal blood, a mix of arterial (~98 %) and venous (~70 %): 75 %
// (assumption, unchanged from the three-wavelength model).
constexpr double kDermalOxygenSaturation = 0.75;
// Whole blood: 150 g/L haemoglobin of 64 500 g/mol (Prahl, omlc.org/spectra/hemoglobin), M.
constexpr double kHaemoglobinMolar = 150.0 / 64500.0;

// Melanosome absorption, 1/cm: 6.6e11 * lambda^-3.33 (Jacques SL, "Skin optics", OMLC News 1998).
double melaninAbsorption(double nm) {
    return 6.6e11 * std::pow(nm, -3.33);
}

// Whole blood at kDermalOxygenSaturation, 1/cm: 2.303 * epsilon * concentration with Prahl's
// molar extinction coefficients (Spectra.cpp).
double bloodAbsorption(int i) {
    const auto k = static_cast<std::size_t>(i);
    return 2.303 * kHaemoglobinMolar *
           (kDermalOxygenSaturation * spectra::oxyHaemoglobinExtinction()[k] +
            (1.0 - kDermalOxygenSaturation) * spectra::deoxyHaemoglobinExtinction()[k]);
}

// Bloodless tissue background absorption, 1/cm: 0.244 + 85.3 exp(-(lambda - 154) / 66.2)
// (Jacques 1998).
double backgroundAbsorption(double nm) {
    return 0.244 + 85.3 * std::exp(-(nm - 154.0) / 66.2);
}

// Melanin is not spread evenly through the epidermis: melanosomes sit in clusters and caps over
// the nuclei, so some light crosses where there is little of it (the sieve effect of a clumped
// absorber, Latimer & Eubanks 1962; melanin heterogeneity in layered skin models, Donner et al.,
// ACM TOG 2008). With the melanin along a path gamma-distributed about its mean, the mean
// transmittance is (1 + x/k)^-k instead of exp(-x) for a Beer exponent x. Shape k = 4
// (assumption) brings the darkest skin's chroma down to what is measured (type VI albedo a* 15,
// b* 25 against 22 and 36 with an even layer; Wee et al. 2013's darkest facial cluster a* 14.6,
// b* 14.7) while every type stays in its ITA class.
constexpr double kMelaninClumping = 4.0;
// Light the stratum corneum and upper epidermis scatter back before it reaches the basal
// melanin: a flat 1.2 % of the diffuse albedo (assumption; the surface's mirror-like reflection,
// ~2.8 %, is the renderer's specular term, not part of the albedo).
constexpr double kUpperEpidermisBackscatter = 0.012;

// Dermal reduced scattering, 1/cm: 2e5 lambda^-1.5 (Mie, collagen fibres) + 2e12 lambda^-4
// (Rayleigh, fibrils) (Jacques 1998).
double dermisScattering(double nm) {
    return 2e5 * std::pow(nm, -1.5) + 2e12 * std::pow(nm, -4.0);
}

/// The wavelength-dependent constants of skinReflectance, computed once.
struct Optics {
    spectra::Spectrum melanin{};    ///< 2 * mu_a(melanosome) * epidermis thickness
    spectra::Spectrum blood{};      ///< 2 mu_a of whole blood / S
    spectra::Spectrum background{}; ///< 2 mu_a of bloodless dermis / S
    Optics() {
        const double epidermisCm = kEpidermisUm * 1e-4;
        for (int i = 0; i < spectra::kSamples; ++i) {
            const auto k = static_cast<std::size_t>(i);
            const double nm = spectra::wavelengthNm(i);
            // Kubelka-Munk with K = 2 mu_a and S = 3/4 mu_s' (the usual diffusion mapping).
            const double s = 0.75 * dermisScattering(nm);
            melanin[k] = 2.0 * melaninAbsorption(nm) * epidermisCm;
            blood[k] = 2.0 * bloodAbsorption(i) / s;
            background[k] = 2.0 * backgroundAbsorption(nm) / s;
        }
    }
};

const Optics& optics() {
    static const Optics o;
    return o;
}

} // namespace

spectra::Spectrum skinReflectance(double melaninFraction, double bloodFraction) {
    const Optics& o = optics();
    const double melanin = std::max(0.0, melaninFraction);
    const double blood = std::max(0.0, bloodFraction);
    spectra::Spectrum r{};
    for (std::size_t k = 0; k < r.size(); ++k) {
        // Epidermis, down and back up: Beer-Lambert averaged over the clumped melanin.
        const double epidermis =
            std::pow(1.0 + melanin * o.melanin[k] / kMelaninClumping, -kMelaninClumping);
        // Dermis: Kubelka-Munk reflectance of an infinitely thick layer, R = 1 + K/S -
        // sqrt((K/S)^2 + 2 K/S).
        const double ratio = blood * o.blood[k] + o.background[k];
        const double dermis = 1.0 + ratio - std::sqrt(ratio * ratio + 2.0 * ratio);
        r[k] = kUpperEpidermisBackscatter + (1.0 - kUpperEpidermisBackscatter) * epidermis * dermis;
    }
    return r;
}

Xyz skinAlbedoXyz(double melaninFraction, double bloodFraction) {
    return xyzUnderD65(skinReflectance(melaninFraction, bloodFraction));
}

Lab skinAlbedoLab(double melaninFraction, double bloodFraction) {
    return labOf(skinAlbedoXyz(melaninFraction, bloodFraction));
}

std::array<double, 3> skinAlbedoLinearSrgb(double melaninFraction, double bloodFraction) {
    auto rgb = linearSrgbOf(skinAlbedoXyz(melaninFraction, bloodFraction));
    for (double& c : rgb) {
        c = std::clamp(c, 0.0, 1.0);
    }
    return rgb;
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

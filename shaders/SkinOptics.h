// Skin colour from its two main chromophores, shared by C++ and GLSL (skin.frag). The same
// two-layer model and constants as the skin generator's albedo.png (engine/skin/SkinColour.cpp;
// a render test checks that both agree), so the rendered skin has the generated colour: light
// crosses the melanin-bearing epidermis twice (Beer-Lambert) and is diffusely reflected by a
// semi-infinite dermis (Kubelka-Munk with K = 2 mu_a, S = 3/4 mu_s'). Evaluated at 650, 550 and
// 450 nm for the R, G, B channels. Erythema is extra dermal blood (redness), PIH extra epidermal
// melanin (darker, browner). Written in the common subset of C++/glm and GLSL.
#ifndef SKINSIM_SKIN_OPTICS_H
#define SKINSIM_SKIN_OPTICS_H

#ifdef __cplusplus
#include <glm/glm.hpp>
namespace skinsim::render::shader {
using glm::clamp;
using glm::exp;
using glm::sqrt;
using vec3 = glm::vec3;
#define SKINSIM_FUNC inline
#ifndef SKINSIM_CONST
#define SKINSIM_CONST inline constexpr
#endif
#else
#define SKINSIM_FUNC
#ifndef SKINSIM_CONST
#define SKINSIM_CONST const
#endif
#endif

// Melanosome absorption, 1/cm: 6.6e11 lambda^-3.33 (S. Jacques, "Skin optics", OMLC News 1998).
SKINSIM_FUNC vec3 melaninAbsorptionPerCm() {
    return vec3(283.49f, 494.47f, 964.6f);
}
// Whole blood, 150 g/L haemoglobin at 75% saturation, 1/cm, from Prahl's molar extinction
// coefficients (omlc.org/spectra/hemoglobin).
SKINSIM_FUNC vec3 bloodAbsorptionPerCm() {
    return vec3(6.5f, 244.305f, 390.626f);
}
// Bloodless tissue, 1/cm: 0.244 + 85.3 exp(-(lambda - 154) / 66.2) (Jacques 1998).
SKINSIM_FUNC vec3 backgroundAbsorptionPerCm() {
    return vec3(0.2915f, 0.4593f, 1.2192f);
}
// Dermal reduced scattering, 1/cm: 2e5 lambda^-1.5 + 2e12 lambda^-4 (Jacques 1998).
SKINSIM_FUNC vec3 dermisScatteringPerCm() {
    return vec3(23.273f, 37.362f, 69.724f);
}

// Epidermal thickness, cm: 68.6 µm (Tsugita, Skin Res Technol; engine/skin/SkinAnatomy.hpp).
SKINSIM_CONST float kEpidermisCm = 68.6e-4f;
// Erythema 1.0 adds this dermal blood volume fraction (engine/skin/SkinAnatomy.hpp).
SKINSIM_CONST float kErythemaBloodFraction = 0.05f;

/// Linear-sRGB diffuse albedo for an epidermal melanosome volume fraction (Fitzpatrick I ~0.02 ..
/// VI ~0.3) and a dermal blood volume fraction (~0.02 at rest).
SKINSIM_FUNC vec3 skinAlbedo(float melaninFraction, float bloodFraction) {
    vec3 epidermis = exp(-2.0f * kEpidermisCm * melaninFraction * melaninAbsorptionPerCm());
    vec3 muA = bloodFraction * bloodAbsorptionPerCm() + backgroundAbsorptionPerCm();
    vec3 ratio = (2.0f * muA) / (0.75f * dermisScatteringPerCm());
    vec3 dermis = 1.0f + ratio - sqrt(ratio * ratio + 2.0f * ratio);
    return clamp(epidermis * dermis, 0.0f, 1.0f);
}

#ifdef __cplusplus
} // namespace skinsim::render::shader
#endif

#endif

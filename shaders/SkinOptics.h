// Skin colour for the renderer, shared by C++ and GLSL (skin.frag): where a melanin and blood
// volume fraction fall in the albedo look-up table. The table (engine/render/AlbedoLut.cpp) holds
// the skin generator's spectral albedo (engine/skin/SkinColour.hpp: a two-layer reflectance over
// 400-700 nm under D65, in linear sRGB), so the rendered skin has the generated colour without
// integrating a spectrum per pixel. Both axes are square roots of the fraction: they spend the
// texels where colour changes fastest (light skin, little blood). Erythema is extra dermal blood
// (redness), PIH extra epidermal melanin (darker, browner). Written in the common subset of
// C++/glm and GLSL.
#ifndef SKINSIM_SKIN_OPTICS_H
#define SKINSIM_SKIN_OPTICS_H

#ifdef __cplusplus
#include <glm/glm.hpp>
namespace skinsim::render::shader {
using glm::clamp;
using glm::sqrt;
using vec2 = glm::vec2;
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

// Texels along each axis of the albedo table.
SKINSIM_CONST int kAlbedoLutSize = 64;
// Melanosome volume fraction at the table's last column: all of the epidermis (type VI, 0.43,
// under a PIH halo reaches ~0.9).
SKINSIM_CONST float kAlbedoLutMaxMelanin = 1.0f;
// Dermal blood volume fraction at the last row: resting blood plus strong erythema (0.065) with
// room for mottling and treatment redness.
SKINSIM_CONST float kAlbedoLutMaxBlood = 0.15f;

/// Texture coordinate of (melanin, blood) in the albedo table: texel centres at both ends, so the
/// first and last texels are exact fractions (0 and the maxima); beyond the maxima it clamps.
SKINSIM_FUNC vec2 skinAlbedoLutUv(float melaninFraction, float bloodFraction) {
    vec2 axes =
        sqrt(clamp(vec2(melaninFraction / kAlbedoLutMaxMelanin, bloodFraction / kAlbedoLutMaxBlood),
                   0.0f, 1.0f));
    return (0.5f + axes * float(kAlbedoLutSize - 1)) / float(kAlbedoLutSize);
}

#ifdef __cplusplus
} // namespace skinsim::render::shader
#endif

#endif

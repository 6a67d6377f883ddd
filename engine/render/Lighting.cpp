#include "render/Lighting.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim::render {

LightRig lightFor(LightPreset preset, const PatchGeometry& patch, const CameraPose& camera,
                  float azimuthDeg) {
    LightRig rig;
    const glm::vec3 toCamera = glm::normalize(camera.eyeMm - camera.targetMm);
    switch (preset) {
    case LightPreset::Raking: {
        // From the left of the picture, grazing; the azimuth turns it around the skin's normal.
        const float a = glm::radians(azimuthDeg);
        const glm::vec3 across = -patch.tangent * std::cos(a) - patch.bitangent * std::sin(a);
        const float e = glm::radians(kRakingElevationDeg);
        rig.direction = glm::normalize(across * std::cos(e) + patch.normal * std::sin(e));
        // sin(15 deg) of it reaches flat skin: about the clinical light's level there.
        rig.irradiance = glm::vec3(3.0f);
        rig.ambientSky = glm::vec3(0.08f);
        rig.ambientGround = glm::vec3(0.03f);
        rig.angularRadius = glm::radians(0.75f); // a small lamp at arm's length
        break;
    }
    case LightPreset::Clinical:
        // A large soft box beside the camera, a little above it, and a bright room. Calibrated so
        // that flat skin in the patch close-up (lit ~37 degrees off its normal) receives about 1
        // (0.8 cos 37° + 0.35 of sky): with the tone curve's linear part, the picture shows the
        // albedo's own L* and ITA (tests/render/SkinColourRenderTest.cpp).
        rig.direction = glm::normalize(toCamera + 0.35f * camera.up);
        rig.irradiance = glm::vec3(0.8f);
        rig.ambientSky = glm::vec3(0.35f);
        rig.ambientGround = glm::vec3(0.2f);
        rig.angularRadius = glm::radians(12.0f);
        break;
    case LightPreset::Flash:
        // A flash just above the lens, in a dim room: hard, frontal, with specular glare.
        rig.point = true;
        rig.positionMm =
            camera.eyeMm + camera.up * (0.04f * glm::length(camera.eyeMm - camera.targetMm));
        rig.referenceDistanceMm = glm::length(camera.eyeMm - camera.targetMm);
        rig.direction = glm::normalize(rig.positionMm - camera.targetMm);
        rig.irradiance = glm::vec3(1.15f);
        rig.ambientSky = glm::vec3(0.04f);
        rig.ambientGround = glm::vec3(0.02f);
        rig.angularRadius = glm::radians(1.0f);
        break;
    }
    if (preset != LightPreset::Raking && azimuthDeg != 0.0f) {
        const float a = glm::radians(azimuthDeg);
        const glm::vec3& n = patch.normal;
        const glm::vec3 d = rig.direction;
        rig.direction = glm::normalize(d * std::cos(a) + glm::cross(n, d) * std::sin(a) +
                                       n * glm::dot(n, d) * (1.0f - std::cos(a)));
    }
    return rig;
}

shader::ShadowPush shadowParameters(const LightRig& light, const PatchGeometry& patch,
                                    double pixelUm, float reliefRangeUm, int strideCells) {
    const glm::vec3 l =
        light.point ? glm::normalize(light.positionMm - patch.centreMm) : light.direction;
    const float across = glm::dot(l, patch.tangent);
    const float down = glm::dot(l, patch.bitangent);
    const float up = glm::dot(l, patch.normal);
    const float horizontal = std::sqrt(across * across + down * down);
    shader::ShadowPush push{};
    const float tanElevation = horizontal > 1e-5f ? up / horizontal : 1e5f;
    push.light = glm::vec4(horizontal > 1e-5f ? across / horizontal : 0.0f,
                           horizontal > 1e-5f ? down / horizontal : 0.0f, tanElevation,
                           static_cast<float>(pixelUm));
    // Light under the horizon (or overhead) needs no march.
    const float reach =
        tanElevation > 0.0f ? reliefRangeUm / tanElevation / static_cast<float>(pixelUm) : 0.0f;
    const float cells = std::clamp(reach, 0.0f, 768.0f);
    // Geometric steps from one cell to `cells`: 32 reach 100 cells (2.5 mm at 25 µm) in steps of
    // at most 15%, fine enough for pit walls, which are what casts the shadows.
    push.params = glm::vec4(
        light.angularRadius, static_cast<float>(std::max(1, strideCells)), cells,
        cells >= 1.0f ? std::min(32.0f, std::ceil(6.0f + 4.0f * std::log2(cells + 1.0f))) : 0.0f);
    return push;
}

} // namespace skinsim::render

#pragma once
// The three lights of a clinical photograph. Irradiances are chosen so that flat skin of the same
// colour comes out at about the same brightness under each (the exposure is fixed, never
// automatic, so a before and an after are exposed alike).

#include "RenderTypes.h"
#include "render/Camera.hpp"

namespace skinsim::render {

struct LightRig {
    bool point = false;                    ///< flash: a point light; otherwise directional
    glm::vec3 direction{0.0f, 0.0f, 1.0f}; ///< toward the light (directional)
    glm::vec3 positionMm{0.0f};            ///< point light position
    float referenceDistanceMm = 1.0f;      ///< where a point light gives `irradiance`
    glm::vec3 irradiance{1.0f};
    glm::vec3 ambientSky{0.0f};
    glm::vec3 ambientGround{0.0f};
    float angularRadius = 0.01f; ///< rad: the light's apparent size, sets shadow penumbrae
    float exposure = 1.0f;
};

/// Raking light elevation above the skin, degrees: clinicians hold a light at a grazing 10-20
/// degrees to reveal atrophic scars; 15 is the middle of that range.
inline constexpr float kRakingElevationDeg = 15.0f;

LightRig lightFor(LightPreset preset, const PatchGeometry& patch, const CameraPose& camera,
                  float azimuthDeg);

/// The shadow pass's parameters: the light in the patch's frame, how far to march (cells): the
/// longest shadow the relief can cast, reliefRangeUm / tan(elevation), and `strideCells`: cells
/// per shadow sample (1: every cell; more when a picture pixel covers several cells).
shader::ShadowPush shadowParameters(const LightRig& light, const PatchGeometry& patch,
                                    double pixelUm, float reliefRangeUm, int strideCells = 1);

} // namespace skinsim::render

#pragma once
// Where the camera is for each view and preset. The close-up frames the patch; the social
// distance preset stands 50 cm away with a normal lens, the distance at which the Goodman-Baron
// qualitative grade is judged (Goodman & Baron, Dermatol Surg 2006: grade 2 "not obvious at 50 cm
// or greater"). World units are millimetres.

#include "mesh/PatchPlacement.hpp"
#include "render/RenderSettings.hpp"

#include <glm/glm.hpp>
#include <optional>

namespace skinsim::render {

/// Where the patch lies in the world: its centre on the skin, its frame and its size.
struct PatchGeometry {
    glm::vec3 centreMm{0.0f};
    glm::vec3 tangent{1.0f, 0.0f, 0.0f};    ///< +x, columns
    glm::vec3 bitangent{0.0f, -1.0f, 0.0f}; ///< +y, rows (down the image)
    glm::vec3 normal{0.0f, 0.0f, 1.0f};     ///< out of the skin
    float widthMm = 30.0f;
    float heightMm = 30.0f;
};

/// The geometry of a patch of `widthMm` x `heightMm` placed on a face.
PatchGeometry patchOnFace(const mesh::PatchPlacement& placement, float widthMm, float heightMm);

struct CameraPose {
    glm::vec3 eyeMm{0.0f, 0.0f, 100.0f};
    glm::vec3 targetMm{0.0f};
    glm::vec3 up{0.0f, 1.0f, 0.0f};
    float fovYDeg = 27.0f;
    float nearMm = 1.0f;
    float farMm = 1000.0f;
};

/// Social distance: 50 cm.
inline constexpr float kSocialDistanceMm = 500.0f;
/// The face view's close-up: 16 cm from the patch.
inline constexpr float kFaceCloseUpMm = 160.0f;
/// Arm's length: 30 cm, how far a hand mirror or a phone held out for a selfie is (Ward et al.,
/// JAMA Facial Plast Surg 2018: selfies are taken at about 12 in, 30 cm).
inline constexpr float kArmsLengthMm = 300.0f;
/// A "normal" lens: 27 degrees vertical field (a 50 mm lens on a full-frame camera).
inline constexpr float kNormalLensFovDeg = 27.0f;

/// How far the face view's camera stands from its target at a preset (before the studio's zoom).
float faceCameraDistanceMm(CameraPreset preset);

/// The camera for a view. `aspect` is width / height of the viewport the surface is drawn in.
/// `headCentreMm` is the middle of the face mesh (face view).
CameraPose cameraFor(View view, CameraPreset preset, const PatchGeometry& patch, float aspect,
                     const ViewSettings& settings, const glm::vec3& headCentreMm = glm::vec3(0.0f));

/// The patch view's camera for a patch of `widthMm` x `heightMm`.
CameraPose patchCamera(const ViewSettings& settings, float widthMm, float heightMm, float aspect);

/// Millimetres at the camera's target that one pixel of a picture `heightPx` tall spans: a pan
/// moves the target this much per pixel dragged, so the skin follows the mouse.
float millimetresPerPixel(const CameraPose& pose, float heightPx);

/// The studio's limits on the zoom (ViewSettings::cameraDistanceScale) and the orbit's pitch.
inline constexpr float kMinZoomScale = 0.1f;
inline constexpr float kMaxZoomScale = 8.0f;
inline constexpr float kMinOrbitPitchDeg = -60.0f;
inline constexpr float kMaxOrbitPitchDeg = 65.0f;

/// Vulkan clip space (depth 0..1, y down) from world millimetres.
glm::mat4 viewProjection(const CameraPose& pose, float aspect);

/// A ray in world millimetres; `direction` is unit.
struct Ray {
    glm::vec3 origin{0.0f};
    glm::vec3 direction{0.0f, 0.0f, -1.0f};
};
/// The ray from the camera through pixel (x, y) of a `width` x `height` picture (what is under
/// the mouse).
Ray rayThroughPixel(const CameraPose& pose, float width, float height, float x, float y);
/// The pixel of a `width` x `height` picture a world point is drawn at; none behind the camera.
std::optional<glm::vec2> pixelOf(const CameraPose& pose, float width, float height,
                                 const glm::vec3& pointMm);

/// The patch view's point under pixel (x, y) of a `width` x `height` picture: millimetres from
/// the patch's top-left corner, on the skin's mean plane (the studio's brush). None when the ray
/// misses the plane or the point is not over the picture.
std::optional<glm::dvec2> patchPointAt(const ViewSettings& settings, float patchWidthMm,
                                       float patchHeightMm, float width, float height, float x,
                                       float y);
/// The pixel at which the patch view shows the point `pointMm` (from the top-left corner, on the
/// mean plane); none behind the camera.
std::optional<glm::vec2> pixelOfPatchPoint(const ViewSettings& settings, float patchWidthMm,
                                           float patchHeightMm, float width, float height,
                                           glm::dvec2 pointMm);

} // namespace skinsim::render

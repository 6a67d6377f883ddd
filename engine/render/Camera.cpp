#include "render/Camera.hpp"

#include <algorithm>
#include <cmath>
#include <glm/gtc/matrix_transform.hpp>

namespace skinsim::render {

namespace {
/// Rotates `v` around `axis` (unit) by `degrees`.
glm::vec3 rotate(const glm::vec3& v, const glm::vec3& axis, float degrees) {
    const float a = glm::radians(degrees);
    return v * std::cos(a) + glm::cross(axis, v) * std::sin(a) +
           axis * glm::dot(axis, v) * (1.0f - std::cos(a));
}
} // namespace

float faceCameraDistanceMm(CameraPreset preset) {
    switch (preset) {
    case CameraPreset::CloseUp:
        return kFaceCloseUpMm;
    case CameraPreset::ArmsLength:
        return kArmsLengthMm;
    case CameraPreset::SocialDistance:
        return kSocialDistanceMm;
    }
    return kSocialDistanceMm;
}

CameraPose cameraFor(View view, CameraPreset preset, const PatchGeometry& patch, float aspect,
                     const ViewSettings& settings, const glm::vec3& headCentreMm) {
    CameraPose pose;
    const glm::vec3 up = -patch.bitangent; // the patch's top is up in the picture
    glm::vec3 direction;                   // from the target toward the eye
    float distance;
    if (view == View::Patch) {
        pose.targetMm = patch.centreMm;
        // Slightly from above (20 degrees off the normal), as one looks at a cheek: the relief
        // reads better than square on, and the far edge stays in focus.
        direction = rotate(patch.normal, patch.tangent, -20.0f);
        if (preset == CameraPreset::CloseUp) {
            pose.fovYDeg = 30.0f;
            // Fit the patch (with a margin) in the shorter of the two directions.
            const float extent = 0.5f * std::max(patch.heightMm, patch.widthMm / aspect) * 1.12f;
            distance = extent / std::tan(glm::radians(pose.fovYDeg) * 0.5f);
        } else {
            pose.fovYDeg = kNormalLensFovDeg;
            distance = preset == CameraPreset::ArmsLength ? kArmsLengthMm : kSocialDistanceMm;
        }
    } else {
        const glm::vec3 forward(0.0f, 0.0f, 1.0f);
        distance = faceCameraDistanceMm(preset);
        if (preset == CameraPreset::CloseUp) {
            // 16 cm from the patch, turned a little toward the front of the face.
            pose.targetMm = patch.centreMm;
            direction = glm::normalize(patch.normal + 0.3f * forward);
        } else if (preset == CameraPreset::ArmsLength) {
            // 30 cm, looking at the patch's side of the face: the cheek, the eye and the mouth
            // corner in the picture, as in a hand mirror.
            pose.targetMm =
                0.6f * patch.centreMm + 0.4f * (headCentreMm + glm::vec3(0.0f, -10.0f, 40.0f));
            direction = glm::normalize(forward + 0.8f * patch.normal);
        } else {
            // 50 cm from the face, turned a third of the way toward the patch's side so it is
            // seen while the face stays frontal.
            pose.targetMm = headCentreMm + glm::vec3(0.0f, -10.0f, 40.0f);
            direction = glm::normalize(forward + 0.5f * patch.normal);
        }
        pose.fovYDeg = kNormalLensFovDeg;
        pose.up = glm::vec3(0.0f, 1.0f, 0.0f);
    }
    if (view == View::Patch) {
        pose.up = up;
    }
    // The studio's orbit: yaw around the up axis, pitch around the camera's right axis.
    direction = rotate(direction, pose.up, settings.cameraYawDeg);
    const glm::vec3 right = glm::normalize(glm::cross(pose.up, direction));
    direction = rotate(direction, right, -settings.cameraPitchDeg);
    // The studio's zoom and pan: the distance scaled, the target slid in the picture's plane.
    distance *= std::clamp(settings.cameraDistanceScale, 0.05f, 20.0f);
    const glm::vec3 screenUp = glm::normalize(glm::cross(direction, right));
    pose.targetMm += right * settings.cameraPanRightMm + screenUp * settings.cameraPanUpMm;
    pose.eyeMm = pose.targetMm + glm::normalize(direction) * distance;
    pose.nearMm = distance * 0.2f;
    pose.farMm = distance * 3.0f;
    return pose;
}

PatchGeometry patchOnFace(const mesh::PatchPlacement& placement, float widthMm, float heightMm) {
    PatchGeometry g;
    g.centreMm = placement.centreMm;
    g.tangent = placement.tangent;
    g.bitangent = placement.bitangent;
    g.normal = placement.normal;
    g.widthMm = widthMm;
    g.heightMm = heightMm;
    return g;
}

Ray rayThroughPixel(const CameraPose& pose, float width, float height, float x, float y) {
    const glm::mat4 inverse = glm::inverse(viewProjection(pose, width / height));
    const glm::vec2 ndc(x / width * 2.0f - 1.0f, y / height * 2.0f - 1.0f);
    const glm::vec4 n = inverse * glm::vec4(ndc, 0.0f, 1.0f);
    const glm::vec4 f = inverse * glm::vec4(ndc, 1.0f, 1.0f);
    const glm::vec3 a = glm::vec3(n) / n.w;
    const glm::vec3 b = glm::vec3(f) / f.w;
    return {a, glm::normalize(b - a)};
}

std::optional<glm::vec2> pixelOf(const CameraPose& pose, float width, float height,
                                 const glm::vec3& pointMm) {
    const glm::vec4 clip = viewProjection(pose, width / height) * glm::vec4(pointMm, 1.0f);
    if (clip.w <= 1e-6f) {
        return std::nullopt;
    }
    return glm::vec2((clip.x / clip.w * 0.5f + 0.5f) * width,
                     (clip.y / clip.w * 0.5f + 0.5f) * height);
}

glm::mat4 viewProjection(const CameraPose& pose, float aspect) {
    glm::mat4 projection =
        glm::perspectiveRH_ZO(glm::radians(pose.fovYDeg), aspect, pose.nearMm, pose.farMm);
    projection[1][1] *= -1.0f; // Vulkan's clip space has y pointing down
    return projection * glm::lookAtRH(pose.eyeMm, pose.targetMm, pose.up);
}

CameraPose patchCamera(const ViewSettings& settings, float widthMm, float heightMm, float aspect) {
    PatchGeometry patch; // the patch view: centred at the origin, +x right, rows down -y
    patch.widthMm = widthMm;
    patch.heightMm = heightMm;
    return cameraFor(View::Patch, effectiveCamera(settings), patch, aspect, settings);
}

float millimetresPerPixel(const CameraPose& pose, float heightPx) {
    // The picture spans 2 tan(fov / 2) x distance at the target, over heightPx pixels.
    const float distance = glm::length(pose.targetMm - pose.eyeMm);
    return 2.0f * std::tan(glm::radians(0.5f * pose.fovYDeg)) * distance / std::max(1.0f, heightPx);
}

std::optional<glm::dvec2> patchPointAt(const ViewSettings& settings, float patchWidthMm,
                                       float patchHeightMm, float width, float height, float x,
                                       float y) {
    if (!(x >= 0 && y >= 0 && x <= width && y <= height) || width <= 0 || height <= 0) {
        return std::nullopt;
    }
    const float aspect = width / height;
    const glm::mat4 inverse = glm::inverse(
        viewProjection(patchCamera(settings, patchWidthMm, patchHeightMm, aspect), aspect));
    const glm::vec2 ndc(x / width * 2.0f - 1.0f, y / height * 2.0f - 1.0f);
    const glm::vec4 n = inverse * glm::vec4(ndc, 0.0f, 1.0f);
    const glm::vec4 f = inverse * glm::vec4(ndc, 1.0f, 1.0f);
    const glm::vec3 a = glm::vec3(n) / n.w;
    const glm::vec3 b = glm::vec3(f) / f.w;
    if (std::abs(b.z - a.z) < 1e-6f) {
        return std::nullopt;
    }
    const float t = -a.z / (b.z - a.z);
    if (t < 0.0f) {
        return std::nullopt;
    }
    const glm::vec3 p = a + (b - a) * t;
    return glm::dvec2(p.x + 0.5 * patchWidthMm, -p.y + 0.5 * patchHeightMm);
}

std::optional<glm::vec2> pixelOfPatchPoint(const ViewSettings& settings, float patchWidthMm,
                                           float patchHeightMm, float width, float height,
                                           glm::dvec2 pointMm) {
    const float aspect = width / height;
    const glm::vec4 clip =
        viewProjection(patchCamera(settings, patchWidthMm, patchHeightMm, aspect), aspect) *
        glm::vec4(static_cast<float>(pointMm.x - 0.5 * patchWidthMm),
                  static_cast<float>(0.5 * patchHeightMm - pointMm.y), 0.0f, 1.0f);
    if (clip.w <= 1e-6f) {
        return std::nullopt;
    }
    return glm::vec2((clip.x / clip.w * 0.5f + 0.5f) * width,
                     (clip.y / clip.w * 0.5f + 0.5f) * height);
}

} // namespace skinsim::render

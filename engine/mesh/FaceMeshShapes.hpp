#pragma once
// Signed distance building blocks of the default head (FaceMesh.cpp), mm, negative inside. The
// approximate ones change by at most ~1.3 mm per mm, under the 1.5 that the isosurface's coarse
// pass allows (Isosurface.hpp).

#include <glm/glm.hpp>

#include <algorithm>
#include <cmath>

namespace skinsim::mesh::shapes {

inline float sphere(const glm::vec3& p, float r) {
    return glm::length(p) - r;
}

/// An ellipsoid's distance, approximated (exact on the axes, a little under elsewhere).
inline float ellipsoid(const glm::vec3& p, const glm::vec3& r) {
    const float k0 = glm::length(p / r);
    const float k1 = glm::length(p / (r * r));
    return k1 > 0.0f ? k0 * (k0 - 1.0f) / k1 : -std::min(r.x, std::min(r.y, r.z));
}

/// A cone with rounded ends: radius ra at a, rb at b.
inline float roundCone(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float ra,
                       float rb) {
    const glm::vec3 ab = b - a;
    const float t = std::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
    return glm::length(p - (a + t * ab)) - glm::mix(ra, rb, t);
}

/// Union blended over k mm (polynomial smooth minimum): skin drapes over the parts.
inline float blend(float a, float b, float k) {
    const float h = std::max(k - std::abs(a - b), 0.0f) / k;
    return std::min(a, b) - h * h * k * 0.25f;
}

/// b carved out of a, the edge rounded over k mm.
inline float carve(float a, float b, float k) {
    return -blend(-a, b, k);
}

/// Whether a part whose distance is at least `lowerBound` can change `d` when blended or carved
/// over k mm: far parts are then not evaluated at all (the same field, less work).
inline bool within(float lowerBound, float d, float k) {
    return lowerBound < std::abs(d) + k;
}

inline glm::vec3 mirrorX(glm::vec3 p) {
    p.x = std::abs(p.x);
    return p;
}

/// Rotation about the y axis (the ears' stand-off, the alae's turn toward the tip).
inline glm::vec3 turnY(const glm::vec3& p, float radians) {
    const float c = std::cos(radians), s = std::sin(radians);
    return {c * p.x + s * p.z, p.y, -s * p.x + c * p.z};
}

/// Rotation about the x axis (a tilt of the ears, the nostrils).
inline glm::vec3 tiltX(const glm::vec3& p, float radians) {
    const float c = std::cos(radians), s = std::sin(radians);
    return {p.x, c * p.y - s * p.z, s * p.y + c * p.z};
}

} // namespace skinsim::mesh::shapes

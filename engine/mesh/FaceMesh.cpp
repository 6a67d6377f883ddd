#include "mesh/FaceMesh.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace skinsim::mesh {

namespace {

constexpr float kPi = std::numbers::pi_v<float>;

float smooth(float edge0, float edge1, float x) {
    const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

/// Linear interpolation through (y, value) knots sorted by descending y, eased between knots.
template <std::size_t N> float profile(const float (&knots)[N][2], float y) {
    if (y >= knots[0][0]) {
        return knots[0][1];
    }
    for (std::size_t i = 1; i < N; ++i) {
        if (y >= knots[i][0]) {
            const float t = smooth(knots[i - 1][0], knots[i][0], y);
            return knots[i - 1][1] + t * (knots[i][1] - knots[i - 1][1]);
        }
    }
    return knots[N - 1][1];
}

/// A feature: a bump (or hollow) of `amplitudeMm` out of the surface, Gaussian in height (mm)
/// and in angle around the head (rad, 0 = the front), mirrored when `paired`.
struct Feature {
    float yMm, angle, amplitudeMm, sigmaYMm, sigmaAngle;
    bool paired;
};

// Positions from typical adult proportions (Farkas 1994): eyes ~62 mm apart, nose tip ~45 mm
// below the eyes, mouth ~72 mm, chin ~110 mm; amplitudes are shaped by eye.
constexpr Feature kFeatures[] = {
    {2.0f, 0.40f, -15.0f, 9.0f, 0.14f, true},       // eye sockets
    {0.0f, 0.40f, 8.0f, 5.5f, 0.085f, true},        // eyeballs under the lids
    {-5.0f, 0.40f, -1.5f, 2.2f, 0.08f, true},       // the line of the lower lid
    {15.0f, 0.36f, 6.0f, 5.0f, 0.22f, true},        // brow ridges
    {-24.0f, 0.66f, 8.0f, 13.0f, 0.15f, true},      // cheekbones
    {-52.0f, 0.48f, -4.0f, 12.0f, 0.14f, true},     // hollows under the cheekbones
    {-47.0f, 0.16f, 7.0f, 6.0f, 0.065f, true},      // nostril wings
    {-47.0f, 0.24f, -3.0f, 8.0f, 0.04f, true},      // creases beside the nostrils
    {-66.0f, 0.0f, 7.0f, 4.5f, 0.21f, false},       // upper lip
    {-80.0f, 0.0f, 6.5f, 4.5f, 0.17f, false},       // lower lip
    {-72.5f, 0.0f, -4.0f, 2.2f, 0.19f, false},      // the line between the lips
    {-73.0f, 0.24f, -3.0f, 4.0f, 0.05f, true},      // mouth corners
    {-90.0f, 0.0f, -3.0f, 4.0f, 0.15f, false},      // the groove above the chin
    {-103.0f, 0.0f, 10.0f, 9.0f, 0.20f, false},     // chin
    {-5.0f, 0.5f * kPi, 16.0f, 22.0f, 0.08f, true}, // ears (simple ridges)
    {25.0f, 1.05f, -4.0f, 15.0f, 0.20f, true},      // temples
    {45.0f, 0.0f, 4.0f, 25.0f, 0.50f, false},       // forehead
};

float features(float y, float angle) {
    float offset = 0.0f;
    for (const auto& f : kFeatures) {
        for (const float side : {1.0f, -1.0f}) {
            if (!f.paired && side < 0.0f) {
                continue;
            }
            const float dy = (y - f.yMm) / f.sigmaYMm;
            const float da = (angle - side * f.angle) / f.sigmaAngle;
            offset += f.amplitudeMm * std::exp(-0.5f * (dy * dy + da * da));
        }
    }
    // The nose: a ridge from the bridge (y ~ -5) to the tip (y ~ -45), narrow at the bridge and
    // wider at the tip, ending sharply above the upper lip.
    static constexpr float ridge[][2] = {
        {8.0f, 0.0f}, {-4.0f, 7.0f}, {-42.0f, 27.0f}, {-52.0f, 8.0f}, {-58.0f, 0.0f}};
    const float width = 0.07f + 0.07f * smooth(-5.0f, -45.0f, y);
    offset += profile(ridge, y) * std::exp(-0.5f * (angle / width) * (angle / width));
    return offset;
}

} // namespace

TriangleMesh buildFaceMesh(const FaceMeshParams& params) {
    // Horizontal cross-sections: half-width, front half-depth and back half-depth by height (mm).
    static constexpr float halfWidth[][2] = {
        {0.0f, 76.0f}, {-55.0f, 66.0f}, {-100.0f, 42.0f}, {-125.0f, 50.0f}};
    static constexpr float frontDepth[][2] = {{-20.0f, 95.0f}, {-100.0f, 90.0f}, {-125.0f, 55.0f}};
    static constexpr float backDepth[][2] = {{-40.0f, 100.0f}, {-125.0f, 55.0f}};
    constexpr float kBottom = -125.0f;
    constexpr float kDomeStart = 20.0f;
    constexpr float kTop = 115.0f;

    TriangleMesh mesh;
    const int columns = std::max(8, params.columns);
    const int rows = std::max(8, params.rows);
    for (int r = 0; r <= rows; ++r) {
        // The first 60% of the rows climb the straight part; the rest close the dome, so the crown
        // is as finely meshed as the face.
        const float s = static_cast<float>(r) / static_cast<float>(rows);
        float y;
        float scale = 1.0f;
        if (s < 0.6f) {
            y = kBottom + (kDomeStart - kBottom) * s / 0.6f;
        } else {
            const float a = 0.5f * kPi * (s - 0.6f) / 0.4f;
            y = kDomeStart + (kTop - kDomeStart) * std::sin(a);
            scale = std::cos(a);
        }
        const float w = profile(halfWidth, y) * scale;
        const float df = profile(frontDepth, y) * scale;
        const float db = profile(backDepth, y) * scale;
        for (int c = 0; c <= columns; ++c) {
            // angle 0 at the front (+Z), increasing toward +X (the patient's left). Columns are
            // 2.5x denser at the front than behind the head, where there is nothing to see.
            const float t = -1.0f + 2.0f * static_cast<float>(c) / static_cast<float>(columns);
            const float angle = kPi * (t - 0.6f * std::sin(kPi * t) / kPi);
            const float sx = std::sin(angle);
            const float cz = std::cos(angle);
            // A superellipse (exponent 2.5) flattens the front and sides as real heads are.
            auto super = [](float v) { return std::copysign(std::pow(std::abs(v), 0.8f), v); };
            glm::vec3 p(w * super(sx), y, (cz > 0.0f ? df : db) * super(cz));
            const glm::vec3 outward = glm::normalize(glm::vec3(sx, 0.0f, cz));
            p += outward * (features(y, angle) * scale);
            mesh.positions.push_back(p);
            mesh.uvs.emplace_back(static_cast<float>(c) / static_cast<float>(columns), 1.0f - s);
        }
    }
    const auto stride = static_cast<std::uint32_t>(columns + 1);
    for (std::uint32_t r = 0; r < static_cast<std::uint32_t>(rows); ++r) {
        for (std::uint32_t c = 0; c < static_cast<std::uint32_t>(columns); ++c) {
            const std::uint32_t a = r * stride + c, b = a + 1, d = a + stride, e = d + 1;
            // Counter-clockwise seen from outside: rows go up, columns go around toward +X.
            mesh.indices.insert(mesh.indices.end(), {a, b, e, a, e, d});
        }
    }
    computeNormals(mesh);
    // The seam behind the head duplicates its column (for the UVs): share the normals across it.
    for (int r = 0; r <= rows; ++r) {
        auto& first = mesh.normals[static_cast<std::size_t>(r) * stride];
        auto& last = mesh.normals[static_cast<std::size_t>(r) * stride + columns];
        first = last = glm::normalize(first + last);
    }
    return mesh;
}

} // namespace skinsim::mesh

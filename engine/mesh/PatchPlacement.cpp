#include "mesh/PatchPlacement.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace skinsim::mesh {

void placeInHeadFrame(TriangleMesh& mesh) {
    const glm::vec3 centre = boundsOf(mesh).centre();
    for (auto& p : mesh.positions) {
        p -= centre;
    }
    if (mesh.regionOriginMm) {
        *mesh.regionOriginMm -= centre;
    }
}

void normaliseToHeadFrame(TriangleMesh& mesh) {
    const Bounds b = boundsOf(mesh);
    const float scale = kHeadHeightMm / std::max(b.size().y, 1e-6f);
    const glm::vec3 centre = b.centre();
    for (auto& p : mesh.positions) {
        p = (p - centre) * scale;
    }
    if (mesh.regionOriginMm) {
        *mesh.regionOriginMm = (*mesh.regionOriginMm - centre) * scale;
    }
}

glm::vec2 regionAimDeg(Region region) {
    // (angle around the head from the front toward the patient's left, elevation), degrees:
    // the middle of each region on the default face and on typical scans.
    float azimuth = 0.0f;
    float elevation = 0.0f;
    switch (region) {
    case Region::Cheek:
        azimuth = 38.0f;
        elevation = -22.0f;
        break;
    case Region::Forehead:
        azimuth = 0.0f;
        elevation = 32.0f;
        break;
    case Region::Temple:
        azimuth = 72.0f;
        elevation = 16.0f;
        break;
    case Region::Chin:
        azimuth = 0.0f;
        elevation = -45.0f;
        break;
    }
    return {azimuth, elevation};
}

glm::vec3 aimDirection(glm::vec2 aimDeg) {
    const float a = glm::radians(aimDeg.x);
    const float e = glm::radians(aimDeg.y);
    return {std::sin(a) * std::cos(e), std::sin(e), std::cos(a) * std::cos(e)};
}

glm::vec3 regionDirection(Region region) {
    return aimDirection(regionAimDeg(region));
}

glm::vec2 aimOfPoint(const TriangleMesh& mesh, const glm::vec3& pointMm) {
    const glm::vec3 origin = mesh.regionOriginMm.value_or(boundsOf(mesh).centre());
    const glm::vec3 d = glm::normalize(pointMm - origin);
    return {glm::degrees(std::atan2(d.x, d.z)),
            glm::degrees(std::asin(std::clamp(d.y, -1.0f, 1.0f)))};
}

Region nearestRegion(glm::vec2 aimDeg) {
    const glm::vec3 d = aimDirection(aimDeg);
    // The temple and cheek are on the patient's left: a point on the right side is judged by
    // its mirror image (the same region on the other side of the face).
    const glm::vec3 mirrored(std::abs(d.x), d.y, d.z);
    Region best = Region::Cheek;
    float bestCos = -2.0f;
    for (const Region r : {Region::Cheek, Region::Forehead, Region::Temple, Region::Chin}) {
        const float c = glm::dot(mirrored, regionDirection(r));
        if (c > bestCos) {
            bestCos = c;
            best = r;
        }
    }
    return best;
}

namespace {
/// Möller-Trumbore ray-triangle intersection: distance along the ray and barycentrics.
std::optional<glm::vec3> intersect(const glm::vec3& origin, const glm::vec3& dir,
                                   const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
    const glm::vec3 e1 = b - a, e2 = c - a;
    const glm::vec3 p = glm::cross(dir, e2);
    const float det = glm::dot(e1, p);
    if (std::abs(det) < 1e-12f) {
        return std::nullopt;
    }
    const glm::vec3 s = origin - a;
    const float u = glm::dot(s, p) / det;
    const glm::vec3 q = glm::cross(s, e1);
    const float v = glm::dot(dir, q) / det;
    const float t = glm::dot(e2, q) / det;
    if (u < 0.0f || v < 0.0f || u + v > 1.0f || t <= 0.0f) {
        return std::nullopt;
    }
    return glm::vec3(t, u, v);
}
} // namespace

std::optional<MeshHit> firstHit(const TriangleMesh& mesh, const glm::vec3& origin,
                                const glm::vec3& direction) {
    std::optional<MeshHit> best;
    float nearest = 0.0f;
    glm::vec3 barycentric(0.0f);
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const auto hit =
            intersect(origin, direction, mesh.positions[mesh.indices[i]],
                      mesh.positions[mesh.indices[i + 1]], mesh.positions[mesh.indices[i + 2]]);
        if (hit && (!best || hit->x < nearest)) {
            nearest = hit->x;
            best = MeshHit{origin + direction * hit->x, i / 3, glm::vec4(0.0f)};
            barycentric = glm::vec3(1.0f - hit->y - hit->z, hit->y, hit->z);
        }
    }
    if (best && mesh.features.size() == mesh.positions.size()) {
        for (int k = 0; k < 3; ++k) {
            best->features += barycentric[k] * mesh.features[mesh.indices[best->triangle * 3 + k]];
        }
    }
    return best;
}

Result<PatchPlacement> placePatch(const TriangleMesh& mesh, Region region,
                                  std::optional<glm::vec2> aimDeg) {
    const glm::vec3 origin = mesh.regionOriginMm.value_or(boundsOf(mesh).centre());
    const glm::vec3 dir = aimDeg ? aimDirection(*aimDeg) : regionDirection(region);
    // The outermost crossing: the skin, not an eyeball or a mouth cavity behind it.
    float best = -1.0f;
    glm::vec3 normal(0.0f);
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const auto ia = mesh.indices[i], ib = mesh.indices[i + 1], ic = mesh.indices[i + 2];
        const auto hit =
            intersect(origin, dir, mesh.positions[ia], mesh.positions[ib], mesh.positions[ic]);
        if (hit && hit->x > best) {
            best = hit->x;
            normal = (1.0f - hit->y - hit->z) * mesh.normals[ia] + hit->y * mesh.normals[ib] +
                     hit->z * mesh.normals[ic];
        }
    }
    if (best < 0.0f || glm::length(normal) < 1e-6f) {
        const std::string where =
            aimDeg ? "at azimuth " + std::to_string(static_cast<int>(std::lround(aimDeg->x))) +
                         ", elevation " + std::to_string(static_cast<int>(std::lround(aimDeg->y))) +
                         " degrees"
                   : "in the " + std::string(toString(region)) + " region";
        return Error::badInput("the mesh has no surface " + where +
                               " (is it a face, with +Y up and +Z forward?)");
    }
    PatchPlacement placement;
    placement.centreMm = origin + dir * best;
    placement.normal = glm::normalize(normal);
    if (glm::dot(placement.normal, dir) < 0.0f) { // inward-wound meshes
        placement.normal = -placement.normal;
    }
    // Rows run down the face: "down" projected into the tangent plane; columns then point to the
    // right of someone looking at the patch from outside.
    glm::vec3 down(0.0f, -1.0f, 0.0f);
    down -= placement.normal * glm::dot(placement.normal, down);
    if (glm::length(down) < 1e-3f) {
        const glm::vec3 back(0.0f, 0.0f, -1.0f); // on the crown: rows run toward the back
        down = back - placement.normal * glm::dot(placement.normal, back);
    }
    placement.bitangent = glm::normalize(down);
    placement.tangent = glm::normalize(glm::cross(placement.normal, placement.bitangent));
    return placement;
}

} // namespace skinsim::mesh

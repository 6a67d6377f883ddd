#include "mesh/TriangleMesh.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace skinsim::mesh {

Bounds boundsOf(const TriangleMesh& mesh) {
    if (mesh.positions.empty()) {
        return {};
    }
    Bounds b{mesh.positions.front(), mesh.positions.front()};
    for (const auto& p : mesh.positions) {
        b.min = glm::min(b.min, p);
        b.max = glm::max(b.max, p);
    }
    return b;
}

glm::vec4 sampleBaseColour(const TriangleMesh& mesh, glm::vec2 uv) {
    const Image8& image = mesh.baseColour;
    if (image.width <= 0 || image.height <= 0 || image.channels != 4 || !(uv.x > -0.5f)) {
        return glm::vec4(0.0f);
    }
    const auto texel = [](float t, int size) {
        if (!(t > 0.0f)) { // also NaN
            return 0;
        }
        return std::min(static_cast<int>(std::min(t, 1.0f) * static_cast<float>(size)), size - 1);
    };
    const int x = texel(uv.x, image.width);
    const int y = image.height - 1 - texel(uv.y, image.height); // row 0 is the top
    const std::uint8_t* p = image.at(x, y);
    return glm::vec4(p[0], p[1], p[2], p[3]) / 255.0f;
}

void computeNormals(TriangleMesh& mesh) {
    mesh.normals.assign(mesh.positions.size(), glm::vec3(0.0f));
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const auto a = mesh.indices[i], b = mesh.indices[i + 1], c = mesh.indices[i + 2];
        // The cross product's length is twice the area: larger triangles weigh more.
        const glm::vec3 n = glm::cross(mesh.positions[b] - mesh.positions[a],
                                       mesh.positions[c] - mesh.positions[a]);
        mesh.normals[a] += n;
        mesh.normals[b] += n;
        mesh.normals[c] += n;
    }
    for (auto& n : mesh.normals) {
        const float length = glm::length(n);
        n = length > 0.0f ? n / length : glm::vec3(0.0f, 0.0f, 1.0f);
    }
}

void generateUvs(TriangleMesh& mesh) {
    const Bounds b = boundsOf(mesh);
    const float height = std::max(b.size().y, 1e-6f);
    mesh.uvs.resize(mesh.positions.size());
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::vec3 p = mesh.positions[i] - b.centre();
        const float angle = std::atan2(p.x, -p.z); // 0 behind, +-pi in front
        mesh.uvs[i] = {0.5f + angle / (2.0f * std::numbers::pi_v<float>),
                       (b.max.y - mesh.positions[i].y) / height};
    }
    mesh.uvsGenerated = true;
}

Status validateMesh(const TriangleMesh& mesh, const std::string& origin) {
    const auto n = mesh.positions.size();
    if (mesh.normals.size() != n || mesh.uvs.size() != n) {
        return Error::badInput(origin + ": normals or UVs do not match the vertices");
    }
    if (mesh.indices.empty() || mesh.indices.size() % 3 != 0) {
        return Error::badInput(origin + ": no triangles (a point cloud, lines, or an empty file?)");
    }
    for (const auto i : mesh.indices) {
        if (i >= n) {
            return Error::badInput(origin + ": a triangle refers to vertex " + std::to_string(i) +
                                   " of " + std::to_string(n));
        }
    }
    for (const auto& p : mesh.positions) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z)) {
            return Error::badInput(origin + ": a vertex position is not a finite number");
        }
    }
    const glm::vec3 size = boundsOf(mesh).size();
    if (!(size.x > 0.0f && size.y > 0.0f && size.z > 0.0f)) {
        return Error::badInput(origin + ": the mesh is flat or a single point; a face needs depth");
    }
    return {};
}

} // namespace skinsim::mesh

#pragma once
// An indexed triangle mesh: what the face view draws and what Assimp imports become. Positions
// are millimetres in the head frame once normalised (HeadFrame.hpp): +Y up, +Z out of the face
// toward someone in front of it, +X the patient's left.

#include "core/Result.hpp"

#include <cstdint>
#include <glm/glm.hpp>
#include <string>
#include <vector>

namespace skinsim::mesh {

struct TriangleMesh {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;     ///< unit, one per position
    std::vector<glm::vec2> uvs;         ///< one per position
    std::vector<std::uint32_t> indices; ///< three per triangle, counter-clockwise seen from outside
    bool uvsGenerated = false; ///< the source had no UVs; these were projected (generateUvs)

    std::size_t triangleCount() const { return indices.size() / 3; }
};

struct Bounds {
    glm::vec3 min{0.0f};
    glm::vec3 max{0.0f};
    glm::vec3 centre() const { return 0.5f * (min + max); }
    glm::vec3 size() const { return max - min; }
};

Bounds boundsOf(const TriangleMesh& mesh);

/// Area-weighted vertex normals from the triangles.
void computeNormals(TriangleMesh& mesh);

/// UVs by a cylindrical projection around the Y axis through the bounds' centre: u the angle
/// (0 behind the head, 0.5 in front), v the height. For meshes that come without UVs.
void generateUvs(TriangleMesh& mesh);

/// Checks that attributes agree in count, indices are in range, values are finite and there is
/// at least one triangle of non-zero area; `origin` (the file name) starts the message.
Status validateMesh(const TriangleMesh& mesh, const std::string& origin);

} // namespace skinsim::mesh

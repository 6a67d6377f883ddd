#pragma once
// An indexed triangle mesh: what the face view draws and what Assimp imports become. Positions
// are millimetres in the head frame once normalised (HeadFrame.hpp): +Y up, +Z out of the face
// toward someone in front of it, +X the patient's left.

#include "core/ImageIo.hpp"
#include "core/Result.hpp"

#include <cstdint>
#include <glm/glm.hpp>
#include <optional>
#include <string>
#include <vector>

namespace skinsim::mesh {

struct TriangleMesh {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;     ///< unit, one per position
    std::vector<glm::vec2> uvs;         ///< one per position
    std::vector<std::uint32_t> indices; ///< three per triangle, counter-clockwise seen from outside
    bool uvsGenerated = false; ///< the source had no UVs; these were projected (generateUvs)
    /// A closed surface wound counter-clockwise seen from outside (the default head, tested in
    /// FaceMeshTest): its back faces are never seen, so the renderer culls them. Scans may be
    /// open or wound either way and are drawn two-sided.
    bool closed = false;
    /// What each vertex is, one per position (empty: all skin): x eye (sclera and iris), y lip
    /// vermilion, z eyebrow hair, w -; weights 0..1 (the default head, FaceMesh.hpp).
    std::vector<glm::vec4> features;
    /// Where each vertex lies on its eye, one per position when `features` is set: mm from the
    /// centre of the iris in the plane facing forward (linear in position, so it interpolates
    /// exactly across a triangle and the shader can draw a sharp iris and pupil).
    std::vector<glm::vec2> eyeMm;
    /// A scan's base-colour (diffuse) texture, sRGB RGBA (4 channels), row 0 at the top, sampled
    /// at `uvs` with v = 0 at the bottom row (OpenGL's convention, what Assimp gives); empty
    /// (width 0) when the mesh has none.
    Image8 baseColour;
    /// Where the patch regions' rays start (placePatch), head frame mm; absent: the centre of the
    /// bounds (a scan of the head alone). The default head sets it: its neck moves the bounds.
    std::optional<glm::vec3> regionOriginMm;

    std::size_t triangleCount() const { return indices.size() / 3; }
};

struct Bounds {
    glm::vec3 min{0.0f};
    glm::vec3 max{0.0f};
    glm::vec3 centre() const { return 0.5f * (min + max); }
    glm::vec3 size() const { return max - min; }
};

Bounds boundsOf(const TriangleMesh& mesh);

/// The UV of vertices the base-colour texture does not cover (a scan's second material): outside
/// the texture, so a sampler or sampleBaseColour can tell them apart (x < 0).
inline constexpr glm::vec2 kNoTextureUv{-1.0f, -1.0f};

/// The base-colour texel nearest `uv` (v = 0 the bottom row; clamped to the edges), sRGB 0..1
/// RGBA. Transparent black (alpha 0) where there is no colour: no texture, or kNoTextureUv.
glm::vec4 sampleBaseColour(const TriangleMesh& mesh, glm::vec2 uv);

/// Area-weighted vertex normals from the triangles.
void computeNormals(TriangleMesh& mesh);

/// UVs by a cylindrical projection around the Y axis through the bounds' centre: u the angle
/// (0 behind the head, 0.5 in front), v the height. For meshes that come without UVs.
void generateUvs(TriangleMesh& mesh);

/// Checks that attributes agree in count, indices are in range, values are finite and there is
/// at least one triangle of non-zero area; `origin` (the file name) starts the message.
Status validateMesh(const TriangleMesh& mesh, const std::string& origin);

} // namespace skinsim::mesh

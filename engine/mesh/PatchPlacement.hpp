#pragma once
// Where a skin patch sits on a face: a point on the surface of the region the scenario names
// (cheek, forehead, temple, chin) and the frame the patch is laid out in there. The renderer
// projects each surface point onto this frame's tangent plane to find its place in the patch,
// so any face mesh works, with or without UVs.

#include "core/Result.hpp"
#include "mesh/TriangleMesh.hpp"
#include "skin/PatchSpec.hpp"

namespace skinsim::mesh {

struct PatchPlacement {
    glm::vec3 centreMm{0.0f};
    glm::vec3 tangent{1.0f, 0.0f, 0.0f};    ///< patch +x (columns): across the face
    glm::vec3 bitangent{0.0f, -1.0f, 0.0f}; ///< patch +y (rows): down the face
    glm::vec3 normal{0.0f, 0.0f, 1.0f};     ///< out of the skin
};

/// Puts a mesh that is already in millimetres and the head frame's axes (a scan read with
/// importMesh's ImportOptions) into the head frame: centred on its bounds (regionOriginMm moves
/// with it), keeping its true size, so that a patch in mm covers as much of the face as it
/// would in life.
void placeInHeadFrame(TriangleMesh& mesh);

/// Head height (chin to crown) normaliseToHeadFrame scales meshes to: ~230 mm for adults
/// (Farkas 1994).
inline constexpr float kHeadHeightMm = 230.0f;

/// Puts a mesh of unknown units into the head frame: centred on its bounds, scaled so that it is
/// kHeadHeightMm tall (a guess at its size; placeInHeadFrame keeps a scan's true one). The
/// mesh's own axes are taken as +Y up and +Z forward (the glTF convention, and what most face
/// scans use).
void normaliseToHeadFrame(TriangleMesh& mesh);

/// Where a region's middle lies seen from the head's centre: (azimuth toward the patient's left,
/// elevation), degrees; the patient's left cheek and temple, the forehead and chin on the midline.
glm::vec2 regionAimDeg(Region region);
/// The unit direction of an aim (azimuth, elevation in degrees) in the head frame.
glm::vec3 aimDirection(glm::vec2 aimDeg);
/// The direction, from the head's centre, in which a region lies.
glm::vec3 regionDirection(Region region);

/// Casts a ray from the centre of the (normalised) mesh toward the region, or toward `aimDeg`
/// when given (PatchSpec::onFaceDeg), and places the patch where it leaves the surface.
/// badInput when the mesh has no surface there.
Result<PatchPlacement> placePatch(const TriangleMesh& mesh, Region region,
                                  std::optional<glm::vec2> aimDeg = std::nullopt);

struct MeshHit {
    glm::vec3 pointMm{0.0f};
    std::size_t triangle = 0;
    /// What the face has there (TriangleMesh::features, barycentric mix; zero without them).
    glm::vec4 features{0.0f};
};
/// Where a ray (origin, unit direction; the studio's click) first meets the mesh, if it does.
std::optional<MeshHit> firstHit(const TriangleMesh& mesh, const glm::vec3& origin,
                                const glm::vec3& direction);
/// The aim (azimuth, elevation in degrees) of a point, seen from the mesh's region origin.
glm::vec2 aimOfPoint(const TriangleMesh& mesh, const glm::vec3& pointMm);
/// The region whose middle is nearest (by angle) to an aim: the skin a patch there has.
Region nearestRegion(glm::vec2 aimDeg);

} // namespace skinsim::mesh

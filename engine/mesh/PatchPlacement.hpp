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

/// The direction, from the head's centre, in which a region lies: the patient's left cheek and
/// temple (+X), the forehead and chin on the midline.
glm::vec3 regionDirection(Region region);

/// Casts a ray from the centre of the (normalised) mesh toward the region and places the patch
/// where it leaves the surface. badInput when the mesh has no surface there.
Result<PatchPlacement> placePatch(const TriangleMesh& mesh, Region region);

} // namespace skinsim::mesh

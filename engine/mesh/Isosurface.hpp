#pragma once
// A closed triangle mesh of the zero level of a signed distance field (negative inside), by
// marching tetrahedra on a regular grid: every cube is split into six tetrahedra around its main
// diagonal (the Kuhn split, the same in every cube, so neighbouring cubes agree on their shared
// faces). Each triangle lies inside one tetrahedron and neighbouring triangles share the crossing
// points on shared edges, so the mesh is watertight and cannot intersect itself, whatever the
// field. Only cubes near the surface are sampled finely: a coarse pass (every `coarseStride`
// cells) finds them.

#include "mesh/TriangleMesh.hpp"

#include <functional>

namespace skinsim::mesh {

struct IsosurfaceGrid {
    glm::vec3 minMm{0.0f}; ///< the grid's first corner
    glm::vec3 maxMm{0.0f}; ///< at least this far: the grid is a whole number of cells
    float cellMm = 1.0f;
    int coarseStride = 4; ///< cells per coarse cell
};

/// The field in mm: negative inside. It need not be an exact distance, but it must not change
/// faster than `lipschitz` mm per mm (the coarse pass relies on it to skip empty space).
using DistanceField = std::function<float(const glm::vec3&)>;

/// Meshes the zero level of `field` inside the grid, normals from the field's gradient. The grid
/// must enclose the surface (the field positive on its boundary). Triangles are counter-clockwise
/// seen from outside. Deterministic: the same field gives the same mesh on any thread count.
TriangleMesh meshIsosurface(const DistanceField& field, const IsosurfaceGrid& grid,
                            float lipschitz = 1.5f);

} // namespace skinsim::mesh

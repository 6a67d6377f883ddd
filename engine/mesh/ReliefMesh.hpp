#pragma once
// A patch's relief as a triangle mesh to export (skinsim export): the surface in millimetres,
// sampled every `cellUm`, optionally closed into a solid with side walls and a flat base so that
// it prints (STL/PLY), and enlarged by `scale` for a teaching model. The detail finer than the
// cells goes into a normal texture instead (detailBelowCells).

#include "core/Field2D.hpp"
#include "mesh/TriangleMesh.hpp"

#include <cstddef>

namespace skinsim::mesh {

struct ReliefMeshOptions {
    /// The mesh's sampling step, µm: a whole number of the field's pixels (at least one). 100 µm
    /// keeps a 30 mm patch at 90k vertices and still resolves a 0.3 mm icepick's opening.
    double cellUm = 100.0;
    /// Every length multiplied: 5 makes a 30 mm patch a 150 mm model with 0.5-2.5 mm deep pits.
    double scale = 1.0;
    /// A solid: side walls down to a flat bottom `baseMm` below the lowest point (before scale).
    bool base = false;
    double baseMm = 2.0;
};

/// The field's step in pixels for `options.cellUm` (at least 1).
int cellStepPixels(const FieldF& heightUm, const ReliefMeshOptions& options);

/// The relief of `heightUm` as a mesh, in mm: x to the right, y up with the field's row 0 at the
/// top (as its images show it), z out of the skin, the height above the patch's mean. UVs span
/// the field (v = 0 its bottom row, TriangleMesh's convention); normals from the triangles.
TriangleMesh reliefMesh(const FieldF& heightUm, const ReliefMeshOptions& options);

/// The height the mesh's cells do not show, µm: the field minus the mesh's surface between its
/// samples (bilinear), for a normal texture that carries the microrelief without counting the
/// mesh's own slopes twice.
FieldF detailBelowCells(const FieldF& heightUm, const ReliefMeshOptions& options);

/// Edges of `mesh` that do not belong to exactly two triangles (0: a closed, watertight surface).
std::size_t openEdgeCount(const TriangleMesh& mesh);

} // namespace skinsim::mesh

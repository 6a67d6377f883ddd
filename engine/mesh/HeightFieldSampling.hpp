#pragma once
// A scanned skin surface as a height map: a mesh from a 3D skin camera's export (or any mesh
// Assimp reads) sampled on a regular x-y grid, z being the height. Coordinates are taken as
// millimetres with +z toward the camera (how PRIMOS and Antera exports and our own OBJ export
// lie); where triangles overlap in x-y, the highest one is what the camera sees.

#include "core/Field2D.hpp"
#include "core/Result.hpp"
#include "mesh/TriangleMesh.hpp"

#include <string>

namespace skinsim::mesh {

/// Largest grid side the sampling makes (the model's largest patch, DESIGN.md section 2).
inline constexpr int kMaxSampledCells = 4096;

/// Share of the grid the triangles must cover; cells between them (holes, a ragged scan border)
/// take the height of the nearest covered cell.
inline constexpr double kMinCoverage = 0.5;

/// Heights in µm on a grid of `pixelUm` (0: the mesh's median x-y edge length, so that the grid
/// is about as fine as the scan) over the mesh's x-y bounds; row 0 is the largest y (the top of
/// the scan, as in an image). `origin` (the file name) starts every message.
Result<FieldF> sampleHeightField(const TriangleMesh& mesh, double pixelUm,
                                 const std::string& origin);

} // namespace skinsim::mesh

#pragma once
// Reads a mesh file with Assimp (OBJ, PLY, glTF, FBX and the other formats it knows) into one
// TriangleMesh: all of the file's meshes, with their node transforms applied, triangulated, with
// smooth normals where the file has none and projected UVs where it has no UVs. A file that cannot
// be read gives Error::badInput naming the file and what is wrong; it never crashes the program.
//
// A textured scan (OBJ + MTL `map_Kd`, glTF/GLB `baseColorTexture`, external or embedded, PNG or
// JPEG) brings its colour texture into TriangleMesh::baseColour. One texture per mesh: that of the
// first material, in the file's order of meshes, that names one; vertices of meshes with another
// material get kNoTextureUv. Textured meshes keep the file's UVs (none: badInput), never
// projected ones.

#include "mesh/ImportOptions.hpp"
#include "mesh/TriangleMesh.hpp"

#include <filesystem>

namespace skinsim::mesh {

/// The file as it is: its own units and axes (a height-field scan of a patch, a mesh written by
/// writeObj).
Result<TriangleMesh> importMesh(const std::filesystem::path& path);

/// A face or head scan brought into the head frame's axes and millimetres (toHeadAxesInMm); it
/// keeps its position: placeInHeadFrame (PatchPlacement.hpp) centres it.
Result<TriangleMesh> importMesh(const std::filesystem::path& path, const ImportOptions& options);

} // namespace skinsim::mesh

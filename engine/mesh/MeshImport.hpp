#pragma once
// Reads a mesh file with Assimp (OBJ, PLY, glTF, FBX and the other formats it knows) into one
// TriangleMesh: all of the file's meshes, with their node transforms applied, triangulated, with
// smooth normals where the file has none and projected UVs where it has no UVs. A file that cannot
// be read gives Error::badInput naming the file and what is wrong; it never crashes the program.

#include "mesh/TriangleMesh.hpp"

#include <filesystem>

namespace skinsim::mesh {

Result<TriangleMesh> importMesh(const std::filesystem::path& path);

} // namespace skinsim::mesh

#pragma once
// Writes a TriangleMesh in the formats other tools open (skinsim export), with Assimp's exporters:
//   .glb  glTF 2.0 binary, in metres (glTF's unit), with the mesh's base colour and a normal
//         texture embedded as PNG: opens in browser viewers and Blender;
//   .ply  binary PLY and .stl binary STL, in millimetres, geometry only (3D printing);
//   .obj  Wavefront OBJ in millimetres with UVs and normals, without a material.
// The file is written atomically (core/AtomicFile): a failed export leaves what was there.

#include "core/ImageIo.hpp"
#include "core/Result.hpp"
#include "mesh/TriangleMesh.hpp"

#include <array>
#include <filesystem>
#include <string_view>

namespace skinsim::mesh {

/// The extensions exportMesh writes (lower case, no dot).
inline constexpr std::array<std::string_view, 4> kExportExtensions{"glb", "ply", "stl", "obj"};

/// Whether `path` names a format exportMesh writes; else a clear error naming it and the formats.
Status checkExportFormat(const std::filesystem::path& path);

/// Writes `mesh` (mm) to `path` in the format its extension names; `normalTexture` (tangent
/// space, +y up, RGB) goes into a .glb beside mesh.baseColour, when not empty.
Status exportMesh(const TriangleMesh& mesh, const Image8& normalTexture,
                  const std::filesystem::path& path);

} // namespace skinsim::mesh

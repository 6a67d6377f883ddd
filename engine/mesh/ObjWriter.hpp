#pragma once
// Writes a TriangleMesh as Wavefront OBJ (positions, UVs, normals), atomically: the format of the
// default face asset, readable by every 3-D tool and by our own importer.

#include "core/Result.hpp"
#include "mesh/TriangleMesh.hpp"

#include <filesystem>

namespace skinsim::mesh {

/// `comment` lines are written at the top, each prefixed with "# ".
Status writeObj(const std::filesystem::path& path, const TriangleMesh& mesh,
                const std::string& comment = {});

} // namespace skinsim::mesh

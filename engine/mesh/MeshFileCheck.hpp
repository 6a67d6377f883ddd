#pragma once
// What importMesh checks before Assimp reads a file, so that a small file cannot make the reader
// allocate gigabytes or run without end: the scan formats skinsim reads, and PLY and GLB headers
// that declare more than the file holds. Debian 12's Assimp 5.2.5 reserves memory for a PLY
// element's declared count before it reads one: a 200-byte file declaring 300 million vertices
// took 11.7 GB and 9 minutes before std::bad_alloc (measured 2026-12-04). And a file whose
// signature its extension's readers refuse (a mutated .glb) is handed to every other reader Assimp
// has, by signature; the fuzz run found one that took 3.5 GB that way (CI, 2026-12-03).

#include "core/Result.hpp"

#include <array>
#include <filesystem>
#include <string_view>

namespace skinsim::mesh {

/// The file extensions (lower case, no dot) of the scan formats skinsim reads: the formats phone
/// scanners and 3D cameras export (README). Assimp's readers for every other format are left out.
inline constexpr std::array<std::string_view, 6> kScanExtensions{"obj", "gltf", "glb",
                                                                 "ply", "fbx",  "stl"};

/// Whether the file's extension (any case) is one of kScanExtensions; else a clear error naming
/// the file and the formats read.
Status checkScanFormat(const std::filesystem::path& path);

/// What the file's header declares against its size, by its content (whatever its name):
/// - PLY (it starts with "ply"): the header must end (end_header within 1 MiB), every element
///   have a whole-number count and every property a PLY type, and every element's declared count
///   times the fewest bytes one instance takes (binary: its properties' sizes, a list's count
///   alone; ASCII: two characters a property) must fit in what follows the header. Assimp 5.2.5's
///   reader does not return on a header without end_header.
/// - binary glTF (it starts with "glTF"): the declared length must not exceed the file, nor any
///   chunk's length what follows it; Assimp allocates a chunk's declared length first.
/// Files of other formats pass.
Status checkDeclaredSizes(const std::filesystem::path& path);

} // namespace skinsim::mesh

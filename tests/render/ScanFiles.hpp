#pragma once
// Textured scans as phone scanners and 3D cameras export them, written by the tests: OBJ + MTL +
// PNG, and binary glTF 2.0 (GLB) in metres with the PNG embedded. One mesh description for both,
// so a test can check that the two files give the same result.

#include "core/ImageIo.hpp"

#include <cstdint>
#include <filesystem>
#include <glm/glm.hpp>
#include <string>
#include <vector>

namespace skinsim::test {

struct ScanFile {
    std::vector<glm::vec3> positionsMm;
    std::vector<glm::vec3> normals; ///< one per position, or empty (OBJ only: none written)
    std::vector<glm::vec2> uvs;     ///< one per position; OBJ convention: v = 0 the bottom row
    std::vector<std::uint32_t> indices;
    Image8 texture; ///< row 0 at the top
};

/// `stem`.obj, `stem`.mtl and `textureName` in `dir`, positions multiplied by `scale` (0.001: a
/// file in metres).
void writeTexturedObj(const std::filesystem::path& dir, const ScanFile& scan,
                      const std::string& stem = "scan", const std::string& textureName = "skin.png",
                      float scale = 1.0f);

/// The bytes of a GLB of `scan` in metres (glTF's unit); glTF puts UV (0, 0) at the image's top
/// left, so each v is written as 1 - v. Needs normals.
std::string texturedGlb(const ScanFile& scan);

/// An ellipsoid head of `sizeMm` (x across, y up, z front to back) centred at the origin, with
/// UVs from longitude (u = 0.5 in front, +x at u > 0.5) and latitude (v = 1 at the crown).
ScanFile ellipsoidHead(glm::vec3 sizeMm, int rings, int segments);

} // namespace skinsim::test

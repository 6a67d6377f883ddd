#pragma once
// The largest inputs skinsim reads, checked before anything is allocated for them: a few bytes
// that declare a huge image or a huge plan must be refused at once with a message, not cost
// gigabytes and minutes (issue 14). README.md "Limits" lists them for users.

#include "core/Result.hpp"

#include <cstdint>
#include <string>

namespace skinsim {

/// Longest side of a height map or image read from a file, in cells or pixels. A 20 cm scan at
/// 25 µm is 8000 cells; the model's own grids stop at 4096 (DESIGN.md section 2).
inline constexpr int kMaxMapSide = 8192;
/// Most cells of a height map read or generated: 4096², the model's largest grid (DESIGN.md
/// section 2). One float field of that size is 64 MiB; grading holds a few dozen of them.
inline constexpr std::int64_t kMaxMapCells = std::int64_t{4096} * 4096;
/// Most pixels of an 8-bit colour image read from a file (mesh textures): 8192².
inline constexpr std::int64_t kMaxImagePixels = std::int64_t{kMaxMapSide} * kMaxMapSide;
/// Largest JSON file read (scenario, preset, height-map sidecar, studio autosave): 4 MiB. The
/// largest preset is a few kB; a scenario with every allowed scar and session is under 100 kB.
inline constexpr std::uintmax_t kMaxJsonFileBytes = std::uintmax_t{4} << 20;

/// Largest EXR height map file read: 128 MiB, twice what kMaxMapCells one-channel floats take
/// uncompressed (the rest is offset tables and headers).
inline constexpr std::uintmax_t kMaxExrFileBytes = std::uintmax_t{128} << 20;

/// Largest mesh file read (a face or head scan): 1 GiB. A phone or 3D-camera scan of a head is
/// 10-300 MB as OBJ; Assimp holds the whole scene in memory, a few times the file's size.
inline constexpr std::uintmax_t kMaxMeshFileBytes = std::uintmax_t{1} << 30;

/// Largest texture image file read beside a mesh: 256 MiB, an uncompressed 8192 x 8192 RGBA
/// image (kMaxImagePixels); compressed PNG or JPEG scans' textures are a few MB to tens of MB.
inline constexpr std::uintmax_t kMaxTextureFileBytes = std::uintmax_t{256} << 20;

/// Refuses a `width` x `height` map beyond kMaxMapSide per side or `maxCells` cells (or with a
/// side below 1); `what` starts the message ("scan.png: declares 65536 x 65536 cells; ...").
Status checkMapSize(std::int64_t width, std::int64_t height, const std::string& what,
                    std::int64_t maxCells = kMaxMapCells);

} // namespace skinsim

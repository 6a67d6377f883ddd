#pragma once
// Decoding a scan's colour texture (PNG or JPEG, the formats scanners export) into the RGBA image
// TriangleMesh::baseColour holds. Uses Debian's stb_image (libstb), compiled there, not here.

#include "core/ImageIo.hpp"
#include "core/Result.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

namespace skinsim::mesh {

/// Largest texture side accepted, px: what every Vulkan device of the last decade can sample
/// (maxImageDimension2D is 16384 on desktop GPUs), and 1 GiB of RGBA at most.
inline constexpr int kMaxTextureSidePx = 16384;

/// PNG or JPEG bytes to sRGB RGBA (4 channels), row 0 at the top. badInput, starting with
/// `origin`, when the bytes are no image stb can read or a side exceeds kMaxTextureSidePx.
Result<Image8> decodeTextureImage(std::span<const std::uint8_t> bytes, const std::string& origin);

/// Reads and decodes an image file; the message names the file.
Result<Image8> readTextureImage(const std::filesystem::path& path);

} // namespace skinsim::mesh

#pragma once
// Moving data between the CPU and device-local resources through staging buffers: filling
// textures (every mip level at once) and index buffers, and reading a rendered image back.

#include "gpu/Buffer.hpp"
#include "gpu/Commands.hpp"
#include "gpu/Image.hpp"

#include <span>
#include <vector>

namespace skinsim::gpu {

/// Fills every mip level of `image` (levels[i] is level i, tightly packed rows) and leaves it in
/// ShaderReadOnlyOptimal. The image needs TransferDst usage.
void uploadImage(const Context& context, CommandRunner& runner, Image& image,
                 std::span<const std::span<const std::byte>> levels);

/// A device-local buffer with `usage` (plus TransferDst) holding `bytes`.
Buffer uploadBuffer(const Context& context, CommandRunner& runner, vk::BufferUsageFlags usage,
                    std::span<const std::byte> bytes);

/// Records the copy of mip level 0 of `image` into `buffer` (tightly packed rows) and leaves the
/// image in TransferSrcOptimal; the caller waits for the command buffer before reading.
void recordImageReadback(vk::CommandBuffer cmd, Image& image, const Buffer& buffer);

/// Fills mip levels 1.. of `image` from level 0 by successive linear blits and leaves the whole
/// image in ShaderReadOnlyOptimal. The image needs TransferSrc and TransferDst usage and a format
/// with linear blit filtering.
void recordMipmapGeneration(vk::CommandBuffer cmd, Image& image);

/// Bytes per texel of the formats the renderer reads back or uploads.
std::size_t bytesPerTexel(vk::Format format);

} // namespace skinsim::gpu

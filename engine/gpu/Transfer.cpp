#include "gpu/Transfer.hpp"

#include "gpu/VulkanCheck.hpp"

#include <cstring>

namespace skinsim::gpu {

std::size_t bytesPerTexel(vk::Format format) {
    switch (format) {
    case vk::Format::eR8Unorm:
        return 1;
    case vk::Format::eR8G8B8A8Unorm:
    case vk::Format::eR8G8B8A8Srgb:
    case vk::Format::eB8G8R8A8Unorm:
    case vk::Format::eB8G8R8A8Srgb:
    case vk::Format::eR32Sfloat:
    case vk::Format::eR16G16Sfloat:
        return 4;
    case vk::Format::eR16G16B16A16Sfloat:
    case vk::Format::eR32G32Sfloat:
        return 8;
    case vk::Format::eR32G32B32A32Sfloat:
        return 16;
    default:
        throw GpuError("bytesPerTexel: format " + vk::to_string(format) + " is not used here");
    }
}

void uploadImage(const Context& context, CommandRunner& runner, Image& image,
                 std::span<const std::span<const std::byte>> levels) {
    std::size_t total = 0;
    for (const auto& level : levels) {
        total += (level.size() + 15) & ~std::size_t(15); // keep every level 16-byte aligned
    }
    Buffer staging(
        context,
        {.sizeBytes = total, .usage = vk::BufferUsageFlagBits::eTransferSrc, .hostVisible = true});
    std::vector<vk::BufferImageCopy> copies;
    std::size_t offset = 0;
    for (std::uint32_t i = 0; i < levels.size(); ++i) {
        const auto width = std::max(1u, image.extent().width >> i);
        const auto height = std::max(1u, image.extent().height >> i);
        if (levels[i].size() != std::size_t(width) * height * bytesPerTexel(image.format())) {
            throw GpuError("uploadImage: level " + std::to_string(i) + " has the wrong size");
        }
        staging.write(levels[i], offset);
        copies.emplace_back(offset, 0, 0,
                            vk::ImageSubresourceLayers(vk::ImageAspectFlagBits::eColor, i, 0, 1),
                            vk::Offset3D(0, 0, 0), vk::Extent3D(width, height, 1));
        offset += (levels[i].size() + 15) & ~std::size_t(15);
    }
    runner.run([&](vk::CommandBuffer cmd) {
        image.transitionTo(cmd, vk::ImageLayout::eTransferDstOptimal);
        cmd.copyBufferToImage(staging.handle(), image.handle(),
                              vk::ImageLayout::eTransferDstOptimal, copies);
        image.transitionTo(cmd, vk::ImageLayout::eShaderReadOnlyOptimal);
    });
}

Buffer uploadBuffer(const Context& context, CommandRunner& runner, vk::BufferUsageFlags usage,
                    std::span<const std::byte> bytes) {
    Buffer staging(context, {.sizeBytes = bytes.size(),
                             .usage = vk::BufferUsageFlagBits::eTransferSrc,
                             .hostVisible = true});
    staging.write(bytes);
    Buffer buffer(context, {.sizeBytes = bytes.size(),
                            .usage = usage | vk::BufferUsageFlagBits::eTransferDst});
    runner.run([&](vk::CommandBuffer cmd) {
        cmd.copyBuffer(staging.handle(), buffer.handle(), vk::BufferCopy(0, 0, bytes.size()));
        // Later submissions read it as vertex input or index data.
        const vk::MemoryBarrier barrier(vk::AccessFlagBits::eTransferWrite,
                                        vk::AccessFlagBits::eVertexAttributeRead |
                                            vk::AccessFlagBits::eIndexRead |
                                            vk::AccessFlagBits::eShaderRead);
        cmd.pipelineBarrier(vk::PipelineStageFlagBits::eTransfer,
                            vk::PipelineStageFlagBits::eVertexInput |
                                vk::PipelineStageFlagBits::eVertexShader,
                            {}, barrier, {}, {});
    });
    return buffer;
}

void recordMipmapGeneration(vk::CommandBuffer cmd, Image& image) {
    const std::uint32_t levels = image.desc().mipLevels;
    image.transitionTo(cmd, vk::ImageLayout::eTransferDstOptimal);
    const auto levelBarrier = [&](std::uint32_t level, vk::ImageLayout from, vk::ImageLayout to,
                                  vk::AccessFlags src, vk::AccessFlags dst,
                                  vk::PipelineStageFlags srcStage,
                                  vk::PipelineStageFlags dstStage) {
        const vk::ImageMemoryBarrier barrier(
            src, dst, from, to, VK_QUEUE_FAMILY_IGNORED, VK_QUEUE_FAMILY_IGNORED, image.handle(),
            vk::ImageSubresourceRange(vk::ImageAspectFlagBits::eColor, level, 1, 0, 1));
        cmd.pipelineBarrier(srcStage, dstStage, {}, {}, {}, barrier);
    };
    using L = vk::ImageLayout;
    using A = vk::AccessFlagBits;
    using S = vk::PipelineStageFlagBits;
    for (std::uint32_t level = 1; level < levels; ++level) {
        // The level above, just written, becomes the source of this one.
        levelBarrier(level - 1, L::eTransferDstOptimal, L::eTransferSrcOptimal, A::eTransferWrite,
                     A::eTransferRead, S::eTransfer, S::eTransfer);
        const auto size = [&](std::uint32_t l) {
            return vk::Offset3D(static_cast<std::int32_t>(std::max(1u, image.extent().width >> l)),
                                static_cast<std::int32_t>(std::max(1u, image.extent().height >> l)),
                                1);
        };
        const vk::ImageBlit blit(
            vk::ImageSubresourceLayers(vk::ImageAspectFlagBits::eColor, level - 1, 0, 1),
            {vk::Offset3D(0, 0, 0), size(level - 1)},
            vk::ImageSubresourceLayers(vk::ImageAspectFlagBits::eColor, level, 0, 1),
            {vk::Offset3D(0, 0, 0), size(level)});
        cmd.blitImage(image.handle(), L::eTransferSrcOptimal, image.handle(),
                      L::eTransferDstOptimal, blit, vk::Filter::eLinear);
        levelBarrier(level - 1, L::eTransferSrcOptimal, L::eShaderReadOnlyOptimal, A::eTransferRead,
                     A::eShaderRead, S::eTransfer,
                     S::eFragmentShader | S::eVertexShader | S::eComputeShader);
    }
    levelBarrier(levels - 1, L::eTransferDstOptimal, L::eShaderReadOnlyOptimal, A::eTransferWrite,
                 A::eShaderRead, S::eTransfer,
                 S::eFragmentShader | S::eVertexShader | S::eComputeShader);
    image.assumeLayout(L::eShaderReadOnlyOptimal);
}

void recordImageReadback(vk::CommandBuffer cmd, Image& image, const Buffer& buffer) {
    image.transitionTo(cmd, vk::ImageLayout::eTransferSrcOptimal);
    const vk::BufferImageCopy copy(
        0, 0, 0, vk::ImageSubresourceLayers(vk::ImageAspectFlagBits::eColor, 0, 0, 1),
        vk::Offset3D(0, 0, 0), vk::Extent3D(image.extent().width, image.extent().height, 1));
    cmd.copyImageToBuffer(image.handle(), vk::ImageLayout::eTransferSrcOptimal, buffer.handle(),
                          copy);
    const vk::BufferMemoryBarrier toHost(
        vk::AccessFlagBits::eTransferWrite, vk::AccessFlagBits::eHostRead, VK_QUEUE_FAMILY_IGNORED,
        VK_QUEUE_FAMILY_IGNORED, buffer.handle(), 0, VK_WHOLE_SIZE);
    cmd.pipelineBarrier(vk::PipelineStageFlagBits::eTransfer, vk::PipelineStageFlagBits::eHost, {},
                        {}, toHost, {});
}

} // namespace skinsim::gpu

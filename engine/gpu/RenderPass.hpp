#pragma once
// A single-subpass render pass over colour attachments and an optional depth attachment, cleared
// on load, with the dependencies that make its output safe to sample or copy afterwards.

#include "gpu/Context.hpp"

#include <optional>
#include <span>

namespace skinsim::gpu {

struct RenderPassDesc {
    std::span<const vk::Format> colourFormats{};
    std::optional<vk::Format> depthFormat{};
    /// The layout the colour attachments end in: ShaderReadOnlyOptimal to sample them in a later
    /// pass, TransferSrcOptimal to read them back or blit them to a swap chain image.
    vk::ImageLayout colourFinalLayout = vk::ImageLayout::eShaderReadOnlyOptimal;
};

vk::raii::RenderPass createRenderPass(const Context& context, const RenderPassDesc& desc);

vk::raii::Framebuffer createFramebuffer(const Context& context, vk::RenderPass pass,
                                        std::span<const vk::ImageView> attachments,
                                        vk::Extent2D extent);

} // namespace skinsim::gpu

#include "gpu/RenderPass.hpp"

#include <vector>

namespace skinsim::gpu {

vk::raii::RenderPass createRenderPass(const Context& context, const RenderPassDesc& desc) {
    std::vector<vk::AttachmentDescription> attachments;
    std::vector<vk::AttachmentReference> colourRefs;
    for (const auto format : desc.colourFormats) {
        colourRefs.emplace_back(static_cast<std::uint32_t>(attachments.size()),
                                vk::ImageLayout::eColorAttachmentOptimal);
        attachments.emplace_back(vk::AttachmentDescriptionFlags{}, format,
                                 vk::SampleCountFlagBits::e1, vk::AttachmentLoadOp::eClear,
                                 vk::AttachmentStoreOp::eStore, vk::AttachmentLoadOp::eDontCare,
                                 vk::AttachmentStoreOp::eDontCare, vk::ImageLayout::eUndefined,
                                 desc.colourFinalLayout);
    }
    vk::AttachmentReference depthRef(static_cast<std::uint32_t>(attachments.size()),
                                     vk::ImageLayout::eDepthStencilAttachmentOptimal);
    if (desc.depthFormat) {
        // Depth is only needed within the pass: never stored.
        attachments.emplace_back(vk::AttachmentDescriptionFlags{}, *desc.depthFormat,
                                 vk::SampleCountFlagBits::e1, vk::AttachmentLoadOp::eClear,
                                 vk::AttachmentStoreOp::eDontCare, vk::AttachmentLoadOp::eDontCare,
                                 vk::AttachmentStoreOp::eDontCare, vk::ImageLayout::eUndefined,
                                 vk::ImageLayout::eDepthStencilAttachmentOptimal);
    }
    const vk::SubpassDescription subpass({}, vk::PipelineBindPoint::eGraphics, {}, colourRefs, {},
                                         desc.depthFormat ? &depthRef : nullptr);
    using S = vk::PipelineStageFlagBits;
    using A = vk::AccessFlagBits;
    const std::array dependencies = {
        // Earlier reads of the attachments (sampling, copies) and earlier depth use finish first.
        vk::SubpassDependency(VK_SUBPASS_EXTERNAL, 0,
                              S::eColorAttachmentOutput | S::eEarlyFragmentTests |
                                  S::eLateFragmentTests | S::eFragmentShader | S::eTransfer,
                              S::eColorAttachmentOutput | S::eEarlyFragmentTests |
                                  S::eLateFragmentTests,
                              A::eShaderRead | A::eTransferRead | A::eDepthStencilAttachmentWrite,
                              A::eColorAttachmentWrite | A::eDepthStencilAttachmentWrite |
                                  A::eDepthStencilAttachmentRead),
        // The colour output is sampled by a later pass or copied out.
        vk::SubpassDependency(0, VK_SUBPASS_EXTERNAL, S::eColorAttachmentOutput,
                              S::eFragmentShader | S::eTransfer, A::eColorAttachmentWrite,
                              A::eShaderRead | A::eTransferRead),
    };
    return vk::raii::RenderPass(context.device(),
                                vk::RenderPassCreateInfo({}, attachments, subpass, dependencies));
}

vk::raii::Framebuffer createFramebuffer(const Context& context, vk::RenderPass pass,
                                        std::span<const vk::ImageView> attachments,
                                        vk::Extent2D extent) {
    return vk::raii::Framebuffer(
        context.device(),
        vk::FramebufferCreateInfo({}, pass, attachments, extent.width, extent.height, 1));
}

} // namespace skinsim::gpu

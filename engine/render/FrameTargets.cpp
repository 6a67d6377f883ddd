#include "render/FrameTargets.hpp"

#include "gpu/RenderPass.hpp"

namespace skinsim::render {

vk::Format chooseDepthFormat(const gpu::Context& context) {
    return context.supportsFormat(vk::Format::eD32Sfloat,
                                  vk::FormatFeatureFlagBits::eDepthStencilAttachment)
               ? vk::Format::eD32Sfloat
               : vk::Format::eD16Unorm;
}

FrameTargets::FrameTargets(const gpu::Context& context, vk::Extent2D extent, vk::Format depthFormat,
                           vk::RenderPass scenePass, vk::RenderPass postPass)
    : hdr_(context,
           {.extent = extent,
            .format = kHdrFormat,
            .usage = vk::ImageUsageFlagBits::eColorAttachment | vk::ImageUsageFlagBits::eSampled}),
      depth_(context, {.extent = extent,
                       .format = depthFormat,
                       .usage = vk::ImageUsageFlagBits::eDepthStencilAttachment,
                       .aspect = vk::ImageAspectFlagBits::eDepth}),
      output_(context, {.extent = extent,
                        .format = kOutputFormat,
                        .usage = vk::ImageUsageFlagBits::eColorAttachment |
                                 vk::ImageUsageFlagBits::eTransferSrc}) {
    const vk::ImageView scene[] = {hdr_.view(), depth_.view()};
    sceneFramebuffer_ = gpu::createFramebuffer(context, scenePass, scene, extent);
    const vk::ImageView post[] = {output_.view()};
    postFramebuffer_ = gpu::createFramebuffer(context, postPass, post, extent);
}

} // namespace skinsim::render

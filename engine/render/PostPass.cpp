#include "render/PostPass.hpp"

#include "RenderTypes.h"
#include "gpu/Descriptors.hpp"
#include "gpu/Pipeline.hpp"
#include "gpu/RenderPass.hpp"

namespace skinsim::render {

PostPass::PostPass(const gpu::Context& context) : context_(&context) {
    const vk::Format colour[] = {kOutputFormat};
    renderPass_ =
        gpu::createRenderPass(context, {.colourFormats = colour,
                                        .colourFinalLayout = vk::ImageLayout::eTransferSrcOptimal});
    const std::array<gpu::DescriptorBinding, 2> bindings = {{
        {0, vk::DescriptorType::eCombinedImageSampler, vk::ShaderStageFlagBits::eFragment},
        {1, vk::DescriptorType::eCombinedImageSampler, vk::ShaderStageFlagBits::eFragment},
    }};
    setLayout_ = gpu::createSetLayout(context, bindings);
    const vk::DescriptorSetLayout sets[] = {*setLayout_};
    const vk::PushConstantRange push(vk::ShaderStageFlagBits::eFragment, 0,
                                     sizeof(shader::PostPush));
    layout_ = gpu::createPipelineLayout(context, sets, {&push, 1});
    pipeline_ = gpu::createGraphicsPipeline(context, {.vertexShader = "fullscreen.vert",
                                                      .fragmentShader = "post.frag",
                                                      .layout = *layout_,
                                                      .renderPass = *renderPass_});
    // Same size in and out: nearest sampling maps pixels one to one.
    sampler_ = gpu::createSampler(context, {.filter = vk::Filter::eNearest, .mipmaps = false});
    pool_ = gpu::createDescriptorPool(context, bindings, 1);
}

void PostPass::attach(FrameTargets& targets) {
    const vk::Extent2D extent = targets.extent();
    overlay_.emplace(*context_, gpu::ImageDesc{.extent = extent,
                                               .format = vk::Format::eR8G8B8A8Srgb,
                                               .usage = vk::ImageUsageFlagBits::eSampled |
                                                        vk::ImageUsageFlagBits::eTransferDst});
    overlayStaging_.emplace(
        *context_, gpu::BufferDesc{.sizeBytes = vk::DeviceSize(extent.width) * extent.height * 4,
                                   .usage = vk::BufferUsageFlagBits::eTransferSrc,
                                   .hostVisible = true});
    overlayShown_.reset();
    set_ = vk::raii::DescriptorSet(nullptr);
    set_ = gpu::allocateSet(*context_, pool_, *setLayout_);
    gpu::DescriptorWriter()
        .sampledImage(0, targets.hdr().view(), *sampler_)
        .sampledImage(1, overlay_->view(), *sampler_)
        .write(*context_, *set_);
}

void PostPass::record(vk::CommandBuffer cmd, FrameTargets& targets, const OverlaySpec& overlay,
                      float exposure) {
    if (!overlayShown_ || !(*overlayShown_ == overlay)) {
        // A frame still in flight may be copying the previous overlay out of the staging buffer
        // (studio); overlays change rarely, so simply let the GPU finish first.
        context_->device().waitIdle();
        const Image8 marks = drawOverlay(overlay);
        overlayStaging_->write(std::as_bytes(std::span(marks.pixels)));
        overlay_->transitionTo(cmd, vk::ImageLayout::eTransferDstOptimal);
        const vk::BufferImageCopy copy(
            0, 0, 0, vk::ImageSubresourceLayers(vk::ImageAspectFlagBits::eColor, 0, 0, 1),
            vk::Offset3D(0, 0, 0),
            vk::Extent3D(targets.extent().width, targets.extent().height, 1));
        cmd.copyBufferToImage(overlayStaging_->handle(), overlay_->handle(),
                              vk::ImageLayout::eTransferDstOptimal, copy);
        overlay_->transitionTo(cmd, vk::ImageLayout::eShaderReadOnlyOptimal);
        overlayShown_ = overlay;
    }
    const vk::ClearValue clear(vk::ClearColorValue(std::array<float, 4>{0.0f, 0.0f, 0.0f, 1.0f}));
    cmd.beginRenderPass(vk::RenderPassBeginInfo(*renderPass_, targets.postFramebuffer(),
                                                vk::Rect2D({0, 0}, targets.extent()), clear),
                        vk::SubpassContents::eInline);
    cmd.bindPipeline(vk::PipelineBindPoint::eGraphics, *pipeline_);
    cmd.setViewport(0, vk::Viewport(0.0f, 0.0f, static_cast<float>(targets.extent().width),
                                    static_cast<float>(targets.extent().height), 0.0f, 1.0f));
    cmd.setScissor(0, vk::Rect2D({0, 0}, targets.extent()));
    cmd.bindDescriptorSets(vk::PipelineBindPoint::eGraphics, *layout_, 0, *set_, {});
    const shader::PostPush push{glm::vec4(exposure, 0.0f, 0.0f, 0.0f)};
    cmd.pushConstants(*layout_, vk::ShaderStageFlagBits::eFragment, 0, sizeof push, &push);
    cmd.draw(3, 1, 0, 0);
    cmd.endRenderPass();
    targets.output().assumeLayout(vk::ImageLayout::eTransferSrcOptimal);
}

} // namespace skinsim::render

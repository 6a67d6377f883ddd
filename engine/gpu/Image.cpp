#include "gpu/Image.hpp"

#include "gpu/VulkanCheck.hpp"

namespace skinsim::gpu {

namespace {

struct LayoutUse {
    vk::PipelineStageFlags stages;
    vk::AccessFlags access;
};

/// The pipeline stages and accesses an image in `layout` is used with by the renderer.
LayoutUse useOf(vk::ImageLayout layout) {
    using S = vk::PipelineStageFlagBits;
    using A = vk::AccessFlagBits;
    switch (layout) {
    case vk::ImageLayout::eUndefined:
        return {S::eTopOfPipe, {}};
    case vk::ImageLayout::eTransferDstOptimal:
        return {S::eTransfer, A::eTransferWrite};
    case vk::ImageLayout::eTransferSrcOptimal:
        return {S::eTransfer, A::eTransferRead};
    case vk::ImageLayout::eShaderReadOnlyOptimal:
        return {S::eVertexShader | S::eFragmentShader | S::eComputeShader, A::eShaderRead};
    case vk::ImageLayout::eGeneral:
        return {S::eComputeShader, A::eShaderRead | A::eShaderWrite};
    case vk::ImageLayout::eColorAttachmentOptimal:
        return {S::eColorAttachmentOutput, A::eColorAttachmentRead | A::eColorAttachmentWrite};
    case vk::ImageLayout::eDepthStencilAttachmentOptimal:
        return {S::eEarlyFragmentTests | S::eLateFragmentTests,
                A::eDepthStencilAttachmentRead | A::eDepthStencilAttachmentWrite};
    case vk::ImageLayout::ePresentSrcKHR:
        return {S::eBottomOfPipe, {}};
    default:
        throw GpuError("Image::transitionTo: layout " + vk::to_string(layout) +
                       " is not used here");
    }
}

} // namespace

Image::Image(const Context& context, const ImageDesc& desc) : desc_(desc) {
    const auto& device = context.device();
    image_ = vk::raii::Image(
        device,
        vk::ImageCreateInfo({}, vk::ImageType::e2D, desc.format,
                            vk::Extent3D(desc.extent.width, desc.extent.height, 1), desc.mipLevels,
                            1, vk::SampleCountFlagBits::e1, vk::ImageTiling::eOptimal, desc.usage));
    const auto requirements = image_.getMemoryRequirements();
    memory_ = vk::raii::DeviceMemory(
        device,
        vk::MemoryAllocateInfo(requirements.size,
                               context.memoryType(requirements.memoryTypeBits,
                                                  vk::MemoryPropertyFlagBits::eDeviceLocal)));
    image_.bindMemory(*memory_, 0);
    view_ = vk::raii::ImageView(
        device,
        vk::ImageViewCreateInfo({}, *image_, vk::ImageViewType::e2D, desc.format, {},
                                vk::ImageSubresourceRange(desc.aspect, 0, desc.mipLevels, 0, 1)));
}

vk::raii::ImageView Image::createLevelView(const Context& context, std::uint32_t level) const {
    return vk::raii::ImageView(
        context.device(),
        vk::ImageViewCreateInfo({}, *image_, vk::ImageViewType::e2D, desc_.format, {},
                                vk::ImageSubresourceRange(desc_.aspect, level, 1, 0, 1)));
}

void Image::transitionTo(vk::CommandBuffer cmd, vk::ImageLayout layout) {
    if (layout == layout_ && layout != vk::ImageLayout::eGeneral) {
        return;
    }
    const LayoutUse from = useOf(layout_);
    const LayoutUse to = useOf(layout);
    const vk::ImageMemoryBarrier barrier(
        from.access, to.access, layout_, layout, VK_QUEUE_FAMILY_IGNORED, VK_QUEUE_FAMILY_IGNORED,
        *image_, vk::ImageSubresourceRange(desc_.aspect, 0, desc_.mipLevels, 0, 1));
    cmd.pipelineBarrier(from.stages, to.stages, {}, {}, {}, barrier);
    layout_ = layout;
}

vk::raii::Sampler createSampler(const Context& context, const SamplerDesc& desc) {
    const vk::SamplerCreateInfo info(
        {}, desc.filter, desc.filter,
        desc.mipmaps && desc.filter == vk::Filter::eLinear ? desc.mipmapMode
                                                           : vk::SamplerMipmapMode::eNearest,
        desc.addressMode, desc.addressMode, desc.addressMode, 0.0f, VK_FALSE, 1.0f, VK_FALSE,
        vk::CompareOp::eNever, 0.0f, desc.mipmaps ? VK_LOD_CLAMP_NONE : 0.0f);
    return vk::raii::Sampler(context.device(), info);
}

} // namespace skinsim::gpu

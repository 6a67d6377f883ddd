#include "render/ShadowPass.hpp"

#include "gpu/Descriptors.hpp"
#include "gpu/Pipeline.hpp"
#include "gpu/Transfer.hpp"

#include <cstring>

namespace skinsim::render {

ShadowPass::ShadowPass(const gpu::Context& context) {
    // The height to march over, and the detail map whose visibility channel is written.
    const std::array<gpu::DescriptorBinding, 2> bindings = {{
        {0, vk::DescriptorType::eCombinedImageSampler, vk::ShaderStageFlagBits::eCompute},
        {1, vk::DescriptorType::eStorageImage, vk::ShaderStageFlagBits::eCompute},
    }};
    setLayout_ = gpu::createSetLayout(context, bindings);
    const vk::PushConstantRange push(vk::ShaderStageFlagBits::eCompute, 0,
                                     sizeof(shader::ShadowPush));
    const vk::DescriptorSetLayout sets[] = {*setLayout_};
    layout_ = gpu::createPipelineLayout(context, sets, {&push, 1});
    pipeline_ = gpu::createComputePipeline(context, "shadow.comp", *layout_);
}

void ShadowPass::record(vk::CommandBuffer cmd, GpuSurface& surface,
                        const shader::ShadowPush& light) const {
    auto& computed = surface.shadowsComputedFor();
    if (computed && std::memcmp(&*computed, &light, sizeof light) == 0) {
        return;
    }
    gpu::Image& detail = surface.detail();
    detail.transitionTo(cmd, vk::ImageLayout::eGeneral);
    cmd.bindPipeline(vk::PipelineBindPoint::eCompute, *pipeline_);
    cmd.bindDescriptorSets(vk::PipelineBindPoint::eCompute, *layout_, 0, surface.shadowSet(), {});
    cmd.pushConstants(*layout_, vk::ShaderStageFlagBits::eCompute, 0, sizeof light, &light);
    const int stride = std::max(1, static_cast<int>(light.params.y));
    const auto groups = [&](int cells) {
        return static_cast<std::uint32_t>(((cells + stride - 1) / stride + 15) / 16);
    };
    cmd.dispatch(groups(surface.widthCells()), groups(surface.heightCells()), 1);
    // The compute shader wrote level 0; the blurred levels follow from it.
    const vk::ImageMemoryBarrier written(
        vk::AccessFlagBits::eShaderWrite, vk::AccessFlagBits::eTransferRead,
        vk::ImageLayout::eGeneral, vk::ImageLayout::eTransferDstOptimal, VK_QUEUE_FAMILY_IGNORED,
        VK_QUEUE_FAMILY_IGNORED, detail.handle(),
        vk::ImageSubresourceRange(vk::ImageAspectFlagBits::eColor, 0, VK_REMAINING_MIP_LEVELS, 0,
                                  1));
    cmd.pipelineBarrier(vk::PipelineStageFlagBits::eComputeShader,
                        vk::PipelineStageFlagBits::eTransfer, {}, {}, {}, written);
    detail.assumeLayout(vk::ImageLayout::eTransferDstOptimal);
    gpu::recordMipmapGeneration(cmd, detail);
    computed = light;
}

} // namespace skinsim::render

#include "gpu/Commands.hpp"

#include "gpu/VulkanCheck.hpp"

#include <limits>

namespace skinsim::gpu {

CommandRunner::CommandRunner(const Context& context) : context_(&context) {
    const auto& device = context.device();
    pool_ = vk::raii::CommandPool(
        device, vk::CommandPoolCreateInfo(vk::CommandPoolCreateFlagBits::eResetCommandBuffer |
                                              vk::CommandPoolCreateFlagBits::eTransient,
                                          context.queueFamily()));
    buffer_ = std::move(vk::raii::CommandBuffers(
        device, vk::CommandBufferAllocateInfo(*pool_, vk::CommandBufferLevel::ePrimary, 1))[0]);
    fence_ = vk::raii::Fence(device, vk::FenceCreateInfo());
}

void CommandRunner::run(const std::function<void(vk::CommandBuffer)>& record) {
    buffer_.reset();
    buffer_.begin(vk::CommandBufferBeginInfo(vk::CommandBufferUsageFlagBits::eOneTimeSubmit));
    record(*buffer_);
    buffer_.end();
    const vk::CommandBuffer handle = *buffer_;
    context_->queue().submit(vk::SubmitInfo({}, {}, handle), *fence_);
    SKINSIM_VK_CHECK(context_->device().waitForFences(*fence_, VK_TRUE,
                                                      std::numeric_limits<std::uint64_t>::max()));
    context_->device().resetFences(*fence_);
}

} // namespace skinsim::gpu

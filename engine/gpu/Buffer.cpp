#include "gpu/Buffer.hpp"

#include "gpu/VulkanCheck.hpp"

#include <cstring>

namespace skinsim::gpu {

Buffer::Buffer(const Context& context, const BufferDesc& desc) : size_(desc.sizeBytes) {
    const auto& device = context.device();
    buffer_ = vk::raii::Buffer(device, vk::BufferCreateInfo({}, desc.sizeBytes, desc.usage));
    const auto requirements = buffer_.getMemoryRequirements();
    const auto required = desc.hostVisible ? vk::MemoryPropertyFlagBits::eHostVisible |
                                                 vk::MemoryPropertyFlagBits::eHostCoherent
                                           : vk::MemoryPropertyFlagBits::eDeviceLocal;
    const auto preferred =
        desc.hostCached ? required | vk::MemoryPropertyFlagBits::eHostCached : required;
    memory_ = vk::raii::DeviceMemory(
        device,
        vk::MemoryAllocateInfo(requirements.size, context.memoryType(requirements.memoryTypeBits,
                                                                     required, preferred)));
    buffer_.bindMemory(*memory_, 0);
    if (desc.hostVisible) {
        mapped_ = {static_cast<std::byte*>(memory_.mapMemory(0, VK_WHOLE_SIZE)), desc.sizeBytes};
    }
}

Buffer::~Buffer() {
    // Mapped memory is unmapped implicitly when it is freed.
}

void Buffer::write(std::span<const std::byte> bytes, vk::DeviceSize offset) {
    if (mapped_.empty() || offset + bytes.size() > mapped_.size()) {
        throw GpuError("Buffer::write outside a host-visible buffer");
    }
    std::memcpy(mapped_.data() + offset, bytes.data(), bytes.size());
}

} // namespace skinsim::gpu

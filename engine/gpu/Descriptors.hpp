#pragma once
// Descriptor set layouts, a pool sized for a known number of sets, and a writer that fills a set
// binding by binding. Sets are freed individually (their raii owners do it), hence the pool's
// FreeDescriptorSet flag.

#include "gpu/Context.hpp"

#include <span>
#include <vector>

namespace skinsim::gpu {

struct DescriptorBinding {
    std::uint32_t binding = 0;
    vk::DescriptorType type = vk::DescriptorType::eCombinedImageSampler;
    vk::ShaderStageFlags stages = vk::ShaderStageFlagBits::eFragment;
};

vk::raii::DescriptorSetLayout createSetLayout(const Context& context,
                                              std::span<const DescriptorBinding> bindings);

/// A pool for `maxSets` sets, each with (at most) the given bindings.
vk::raii::DescriptorPool createDescriptorPool(const Context& context,
                                              std::span<const DescriptorBinding> bindings,
                                              std::uint32_t maxSets);

vk::raii::DescriptorSet allocateSet(const Context& context, const vk::raii::DescriptorPool& pool,
                                    vk::DescriptorSetLayout layout);

/// Collects the resources of one set, then writes them with one vkUpdateDescriptorSets.
class DescriptorWriter {
  public:
    DescriptorWriter& sampledImage(std::uint32_t binding, vk::ImageView view, vk::Sampler sampler);
    DescriptorWriter& storageImage(std::uint32_t binding, vk::ImageView view);
    DescriptorWriter& uniformBuffer(std::uint32_t binding, vk::Buffer buffer, vk::DeviceSize range);
    DescriptorWriter& storageBuffer(std::uint32_t binding, vk::Buffer buffer, vk::DeviceSize range);
    void write(const Context& context, vk::DescriptorSet set);

  private:
    struct Entry {
        std::uint32_t binding;
        vk::DescriptorType type;
        vk::DescriptorImageInfo image;
        vk::DescriptorBufferInfo buffer;
    };
    std::vector<Entry> entries_;
};

} // namespace skinsim::gpu

#include "gpu/Descriptors.hpp"

#include <map>

namespace skinsim::gpu {

vk::raii::DescriptorSetLayout createSetLayout(const Context& context,
                                              std::span<const DescriptorBinding> bindings) {
    std::vector<vk::DescriptorSetLayoutBinding> vkBindings;
    for (const auto& b : bindings) {
        vkBindings.emplace_back(b.binding, b.type, 1, b.stages);
    }
    return vk::raii::DescriptorSetLayout(context.device(),
                                         vk::DescriptorSetLayoutCreateInfo({}, vkBindings));
}

vk::raii::DescriptorPool createDescriptorPool(const Context& context,
                                              std::span<const DescriptorBinding> bindings,
                                              std::uint32_t maxSets) {
    std::map<vk::DescriptorType, std::uint32_t> counts;
    for (const auto& b : bindings) {
        counts[b.type] += maxSets;
    }
    std::vector<vk::DescriptorPoolSize> sizes;
    for (const auto& [type, count] : counts) {
        sizes.emplace_back(type, count);
    }
    return vk::raii::DescriptorPool(
        context.device(),
        vk::DescriptorPoolCreateInfo(vk::DescriptorPoolCreateFlagBits::eFreeDescriptorSet, maxSets,
                                     sizes));
}

vk::raii::DescriptorSet allocateSet(const Context& context, const vk::raii::DescriptorPool& pool,
                                    vk::DescriptorSetLayout layout) {
    vk::raii::DescriptorSets sets(context.device(), vk::DescriptorSetAllocateInfo(*pool, layout));
    return std::move(sets[0]);
}

DescriptorWriter& DescriptorWriter::sampledImage(std::uint32_t binding, vk::ImageView view,
                                                 vk::Sampler sampler) {
    entries_.push_back(
        {binding,
         vk::DescriptorType::eCombinedImageSampler,
         vk::DescriptorImageInfo(sampler, view, vk::ImageLayout::eShaderReadOnlyOptimal),
         {}});
    return *this;
}

DescriptorWriter& DescriptorWriter::storageImage(std::uint32_t binding, vk::ImageView view) {
    entries_.push_back({binding,
                        vk::DescriptorType::eStorageImage,
                        vk::DescriptorImageInfo({}, view, vk::ImageLayout::eGeneral),
                        {}});
    return *this;
}

DescriptorWriter& DescriptorWriter::uniformBuffer(std::uint32_t binding, vk::Buffer buffer,
                                                  vk::DeviceSize range) {
    entries_.push_back({binding,
                        vk::DescriptorType::eUniformBuffer,
                        {},
                        vk::DescriptorBufferInfo(buffer, 0, range)});
    return *this;
}

DescriptorWriter& DescriptorWriter::storageBuffer(std::uint32_t binding, vk::Buffer buffer,
                                                  vk::DeviceSize range) {
    entries_.push_back({binding,
                        vk::DescriptorType::eStorageBuffer,
                        {},
                        vk::DescriptorBufferInfo(buffer, 0, range)});
    return *this;
}

void DescriptorWriter::write(const Context& context, vk::DescriptorSet set) {
    std::vector<vk::WriteDescriptorSet> writes;
    for (const auto& e : entries_) {
        vk::WriteDescriptorSet w(set, e.binding, 0, 1, e.type);
        if (e.type == vk::DescriptorType::eUniformBuffer ||
            e.type == vk::DescriptorType::eStorageBuffer) {
            w.pBufferInfo = &e.buffer;
        } else {
            w.pImageInfo = &e.image;
        }
        writes.push_back(w);
    }
    context.device().updateDescriptorSets(writes, {});
}

} // namespace skinsim::gpu

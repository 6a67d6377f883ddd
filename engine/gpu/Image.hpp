#pragma once
// A 2-D Vulkan image with its memory and a view of all its mip levels: one move-only owner. It
// remembers its current layout so passes can ask for the layout they need (transitionTo) without
// each keeping a table of who used the image last; valid because every command buffer of the
// renderer is recorded in the order it executes, on one queue.

#include "gpu/Context.hpp"

namespace skinsim::gpu {

struct ImageDesc {
    vk::Extent2D extent{};
    vk::Format format = vk::Format::eR8G8B8A8Unorm;
    vk::ImageUsageFlags usage{};
    std::uint32_t mipLevels = 1;
    vk::ImageAspectFlags aspect = vk::ImageAspectFlagBits::eColor;
};

class Image {
  public:
    Image(const Context& context, const ImageDesc& desc);
    Image(Image&&) noexcept = default;
    Image& operator=(Image&&) noexcept = default;

    vk::Image handle() const { return *image_; }
    vk::ImageView view() const { return *view_; }
    const ImageDesc& desc() const { return desc_; }
    vk::Extent2D extent() const { return desc_.extent; }
    vk::Format format() const { return desc_.format; }
    vk::ImageLayout layout() const { return layout_; }

    /// Records a barrier from the current layout to `layout`, waiting for the writes the current
    /// layout implies and making them visible to the uses the new one implies.
    void transitionTo(vk::CommandBuffer cmd, vk::ImageLayout layout);
    /// For layout changes done by a render pass (its final layout): records nothing.
    void assumeLayout(vk::ImageLayout layout) { layout_ = layout; }

    /// A view of one mip level (storage images bind a single level).
    vk::raii::ImageView createLevelView(const Context& context, std::uint32_t level) const;

  private:
    vk::raii::Image image_{nullptr};
    vk::raii::DeviceMemory memory_{nullptr};
    vk::raii::ImageView view_{nullptr};
    ImageDesc desc_;
    vk::ImageLayout layout_ = vk::ImageLayout::eUndefined;
};

struct SamplerDesc {
    vk::Filter filter = vk::Filter::eLinear;
    bool mipmaps = true; ///< sample the mip levels; false: level 0 only
    vk::SamplerMipmapMode mipmapMode =
        vk::SamplerMipmapMode::eLinear; ///< blend levels, or nearest one
    vk::SamplerAddressMode addressMode = vk::SamplerAddressMode::eClampToEdge;
};

vk::raii::Sampler createSampler(const Context& context, const SamplerDesc& desc);

} // namespace skinsim::gpu

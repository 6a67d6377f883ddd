#pragma once
// The images a frame is drawn into, all owned by the renderer (STYLE.md 3): linear HDR radiance
// and depth for the scene, and the sRGB output that is read back to a PNG (CLI, tests) or copied
// to a swap chain image (studio). Remade when the size changes.

#include "gpu/Image.hpp"

namespace skinsim::render {

/// The output's format: 8-bit sRGB, so the GPU applies the sRGB transfer function on write and
/// the bytes read back are what a PNG (tagged sRGB) stores.
inline constexpr vk::Format kOutputFormat = vk::Format::eR8G8B8A8Srgb;
inline constexpr vk::Format kHdrFormat = vk::Format::eR16G16B16A16Sfloat;

class FrameTargets {
  public:
    FrameTargets(const gpu::Context& context, vk::Extent2D extent, vk::Format depthFormat,
                 vk::RenderPass scenePass, vk::RenderPass postPass);

    vk::Extent2D extent() const { return hdr_.extent(); }
    gpu::Image& hdr() { return hdr_; }
    gpu::Image& output() { return output_; }
    vk::Framebuffer sceneFramebuffer() const { return *sceneFramebuffer_; }
    vk::Framebuffer postFramebuffer() const { return *postFramebuffer_; }

  private:
    gpu::Image hdr_;
    gpu::Image depth_;
    gpu::Image output_;
    vk::raii::Framebuffer sceneFramebuffer_{nullptr};
    vk::raii::Framebuffer postFramebuffer_{nullptr};
};

/// D32_SFLOAT where the device has it as a depth attachment, else D16_UNORM (always supported).
vk::Format chooseDepthFormat(const gpu::Context& context);

} // namespace skinsim::render

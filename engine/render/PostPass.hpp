#pragma once
// Tone mapping and the overlay into the sRGB output image. The overlay (stamp, labels, colour bar)
// is drawn on the CPU and uploaded only when it changes: a studio frame usually re-uses it.

#include "gpu/Buffer.hpp"
#include "gpu/Image.hpp"
#include "render/FrameTargets.hpp"
#include "render/Overlay.hpp"

#include <optional>

namespace skinsim::render {

class PostPass {
  public:
    explicit PostPass(const gpu::Context& context);

    vk::RenderPass renderPass() const { return *renderPass_; }

    /// Binds the pass to (new) targets: call after the targets are made or remade.
    void attach(FrameTargets& targets);

    /// Records the overlay's upload when `overlay` differs from the last one, then the pass.
    /// Leaves the output in TransferSrcOptimal.
    void record(vk::CommandBuffer cmd, FrameTargets& targets, const OverlaySpec& overlay,
                float exposure);

  private:
    const gpu::Context* context_;
    vk::raii::RenderPass renderPass_{nullptr};
    vk::raii::DescriptorSetLayout setLayout_{nullptr};
    vk::raii::PipelineLayout layout_{nullptr};
    vk::raii::Pipeline pipeline_{nullptr};
    vk::raii::Sampler sampler_{nullptr};
    vk::raii::DescriptorPool pool_{nullptr};
    vk::raii::DescriptorSet set_{nullptr};
    std::optional<gpu::Image> overlay_;
    std::optional<gpu::Buffer> overlayStaging_;
    std::optional<OverlaySpec> overlayShown_;
};

} // namespace skinsim::render

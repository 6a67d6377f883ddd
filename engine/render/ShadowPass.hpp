#pragma once
// Height-field self-shadowing (shadow.comp) for one surface and one light, written into the
// detail map's visibility channel, then that map's mip chain: skin.frag reads red light's
// shadows from the level as wide as red's scattering, so narrow shadows (furrows, a pit's far
// wall) fill with red light as they do in real skin. Recorded before the scene pass; skipped when
// the surface already holds this light. Every surface needs it once before it is drawn.

#include "gpu/Context.hpp"
#include "render/GpuSurface.hpp"

namespace skinsim::render {

class ShadowPass {
  public:
    explicit ShadowPass(const gpu::Context& context);

    vk::DescriptorSetLayout setLayout() const { return *setLayout_; }

    /// Records the pass if `surface` was last computed for another light; leaves the detail map
    /// ready for sampling either way.
    void record(vk::CommandBuffer cmd, GpuSurface& surface, const shader::ShadowPush& light) const;

  private:
    vk::raii::DescriptorSetLayout setLayout_{nullptr};
    vk::raii::PipelineLayout layout_{nullptr};
    vk::raii::Pipeline pipeline_{nullptr};
};

} // namespace skinsim::render

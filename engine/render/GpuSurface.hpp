#pragma once
// One skin surface on the GPU: its textures (height; detail with the light's visibility; pigment)
// and the descriptor sets that bind them. Made by Renderer::uploadSurface; the shadow pass
// refreshes the visibility (and the detail map's mips) when the light changes.

#include "RenderTypes.h"
#include "gpu/Commands.hpp"
#include "gpu/Image.hpp"
#include "render/SurfaceMaps.hpp"

#include <optional>

namespace skinsim::render {

/// Layouts and samplers every surface's descriptor sets are made with (owned by the renderer).
struct SurfaceBindings {
    vk::DescriptorSetLayout sceneLayout;  ///< set SKINSIM_SET_SURFACE of the scene pipelines
    vk::DescriptorSetLayout shadowLayout; ///< the shadow pass's set
    vk::Sampler linear;                   ///< trilinear, clamped
    vk::Sampler heightSampler;            ///< bilinear where R32F supports it, else nearest
};

class GpuSurface {
  public:
    GpuSurface(const gpu::Context& context, gpu::CommandRunner& runner, const SurfaceMaps& maps,
               const SurfaceBindings& bindings);
    /// Waits until the GPU is idle: a window's frames may still be reading the textures.
    /// Surfaces are replaced rarely (a new day), so waiting is simpler than a deletion queue.
    ~GpuSurface();
    GpuSurface(const GpuSurface&) = delete;
    GpuSurface& operator=(const GpuSurface&) = delete;

    int widthCells() const { return width_; }
    int heightCells() const { return height_; }
    double pixelUm() const { return pixelUm_; }
    float widthMm() const { return static_cast<float>(width_ * pixelUm_ * 1e-3); }
    float heightMm() const { return static_cast<float>(height_ * pixelUm_ * 1e-3); }
    float reliefRangeUm() const { return reliefRangeUm_; }
    float deepestUm() const { return deepestUm_; }
    float meanMelanin() const { return meanMelanin_; }
    float meanRestingBlood() const { return meanRestingBlood_; }
    float meanErythemaBlood() const { return meanErythemaBlood_; }
    /// The per-draw constants of this surface (its bruise's colour).
    shader::SurfacePush surfacePush() const { return {bruiseTint_}; }

    vk::DescriptorSet sceneSet() const { return *sceneSet_; }
    vk::DescriptorSet shadowSet() const { return *shadowSet_; }
    /// Slopes, depth and visibility, with mips (the shadow pass writes level 0's visibility).
    gpu::Image& detail() { return detailTexture_; }
    /// The light the visibility was computed for (the shadow pass skips a repeat).
    std::optional<shader::ShadowPush>& shadowsComputedFor() { return shadowsFor_; }

  private:
    const gpu::Context* context_;
    int width_;
    int height_;
    double pixelUm_;
    float reliefRangeUm_;
    float deepestUm_;
    float meanMelanin_;
    float meanRestingBlood_;
    float meanErythemaBlood_;
    gpu::Image heightTexture_;
    gpu::Image detailTexture_;
    gpu::Image pigmentTexture_;
    glm::vec4 bruiseTint_;
    vk::raii::ImageView detailLevel0_{nullptr}; ///< the shadow pass's storage image
    vk::raii::DescriptorPool pool_{nullptr};
    vk::raii::DescriptorSet sceneSet_{nullptr};
    vk::raii::DescriptorSet shadowSet_{nullptr};
    std::optional<shader::ShadowPush> shadowsFor_;
};

} // namespace skinsim::render

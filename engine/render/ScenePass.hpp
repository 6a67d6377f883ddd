#pragma once
// Draws skin surfaces into the HDR target: the patch grid or a face mesh, shaded by skin.frag.
// Owns the per-frame uniforms and the look-up tables; pipelines are made on first use, since
// compiling one costs tens of milliseconds on the CPU driver and a CLI render needs one.

#include "gpu/Buffer.hpp"
#include "gpu/Commands.hpp"
#include "gpu/Image.hpp"
#include "render/FrameTargets.hpp"
#include "render/GpuFace.hpp"
#include "render/GpuSurface.hpp"
#include "render/RenderSettings.hpp"

#include <map>
#include <memory>
#include <tuple>
#include <vector>

namespace skinsim::render {

/// One surface drawn into one rectangle of the target.
struct SurfaceDraw {
    GpuSurface* surface = nullptr;
    vk::Viewport viewport;
    vk::Rect2D scissor;
    /// The surface changes are measured from (the change heatmap: day 0); null: `surface` itself.
    GpuSurface* reference = nullptr;
};

class ScenePass {
  public:
    /// `framesInFlight`: how many frames may be recorded before the GPU finishes the first (one
    /// uniform buffer each).
    ScenePass(const gpu::Context& context, gpu::CommandRunner& runner, vk::Format depthFormat,
              std::uint32_t framesInFlight);

    vk::RenderPass renderPass() const { return *renderPass_; }
    vk::DescriptorSetLayout surfaceLayout() const { return *surfaceLayout_; }
    vk::DescriptorSetLayout faceLayout() const { return *faceLayout_; }
    /// Reads a face's colour texture (trilinear, repeating: UVs of scans may run past 0..1).
    vk::Sampler faceSampler() const { return *faceSampler_; }

    /// Writes `uniforms` into frame slot `slot` and records the pass in `mode`. `face` null: patch
    /// view with a `gridQuads` grid. `surround`: the skin around the patch on a face (null: the
    /// first draw's surface stands in, unused by the patch view).
    void record(vk::CommandBuffer cmd, FrameTargets& targets, std::uint32_t slot, Mode mode,
                const shader::FrameUniforms& uniforms, const std::vector<SurfaceDraw>& draws,
                const GpuFace* face, const GpuSurface* surround, glm::uvec2 gridQuads);

  private:
    /// `cullBack`: a closed face mesh, whose back faces are hidden (half the fragments shaded).
    vk::Pipeline pipelineFor(Mode mode, bool face, bool cullBack);
    const gpu::Buffer& gridIndices(glm::uvec2 quads);

    const gpu::Context* context_;
    gpu::CommandRunner* runner_;
    vk::raii::RenderPass renderPass_{nullptr};
    vk::raii::DescriptorSetLayout frameLayout_{nullptr};
    vk::raii::DescriptorSetLayout surfaceLayout_{nullptr};
    vk::raii::DescriptorSetLayout faceLayout_{nullptr};
    vk::raii::Sampler faceSampler_{nullptr};
    /// The face set of the patch view (its shader declares the set; it reads nothing from it).
    std::unique_ptr<gpu::Image> blankFaceTexture_;
    vk::raii::DescriptorPool blankFacePool_{nullptr};
    vk::raii::DescriptorSet blankFaceSet_{nullptr};
    vk::raii::PipelineLayout layout_{nullptr};
    /// By mode, face view and back-face culling.
    std::map<std::tuple<Mode, bool, bool>, vk::raii::Pipeline> pipelines_;
    vk::raii::Sampler lutSampler_{nullptr};
    std::vector<gpu::Image> luts_; ///< diffusion, heat colours, skin albedo
    std::vector<gpu::Buffer> uniformBuffers_;
    vk::raii::DescriptorPool pool_{nullptr};
    std::vector<vk::raii::DescriptorSet> frameSets_;
    std::map<std::pair<std::uint32_t, std::uint32_t>, gpu::Buffer> grids_;
};

} // namespace skinsim::render

#pragma once
// The skin renderer: uploads surfaces and face meshes, and records frames into an image it owns.
// One code path for every consumer: the CLI and the tests read the image back into a PNG
// (renderImage); the studio records the same frame into its own command buffer and copies the
// output to a swap chain image (record + output). It composes small passes (shadows, scene,
// post) and holds no global state, so two renderers can live in one process.

#include "core/ImageIo.hpp"
#include "gpu/Commands.hpp"
#include "render/FramePlan.hpp"
#include "render/PostPass.hpp"
#include "render/ShadowPass.hpp"
#include "render/SkinSurface.hpp"
#include "render/SurfaceMaps.hpp"

#include <memory>
#include <optional>

namespace skinsim::render {

struct RendererConfig {
    std::uint32_t width = 1280;
    std::uint32_t height = 800;
    /// Frames the caller may record before the first has finished on the GPU (studio: 2).
    std::uint32_t framesInFlight = 1;
    /// The most quads across the patch grid; the picture's width sets the actual number
    /// (FramePlan.hpp: gridQuadsAcross). The grid carries the shape, per-pixel normals the detail.
    std::uint32_t patchGridQuads = 256;
    /// Blend between mip levels (trilinear). Default: on GPUs yes; on CPU drivers no, which halves
    /// the cost of every texture read for a slight step where the level changes.
    std::optional<bool> trilinear{};
};

class Renderer {
  public:
    /// failure if the device lacks what the renderer needs (it names the format).
    static Result<std::unique_ptr<Renderer>> create(const gpu::Context& context,
                                                    const RendererConfig& config = {});

    /// Validates (badInput, naming the field) and uploads a surface.
    Result<std::unique_ptr<GpuSurface>> uploadSurface(const SkinSurface& surface,
                                                      const std::string& what = "surface");
    /// Uploads maps already built with buildSurfaceMaps (render/SurfaceMaps.hpp): the CPU part
    /// of uploadSurface, which the studio does on another thread so its frames never wait on it.
    Result<std::unique_ptr<GpuSurface>> uploadMaps(const SurfaceMaps& maps);
    /// Uploads the normal skin around the patch for the face view (a periodic tile,
    /// skin/SurroundSkin.hpp, as a surface: relief as height, its pigment).
    Result<std::unique_ptr<GpuSurface>> uploadSurround(const SkinSurface& tile);
    /// Uploads a face mesh (head frame, mm) with the patch's place on it.
    Result<std::unique_ptr<GpuFace>> uploadFace(const mesh::TriangleMesh& mesh,
                                                const mesh::PatchPlacement& placement);

    /// Compiles what a frame with these settings needs, now, by drawing one with a tiny flat
    /// surface: a CPU driver (lavapipe) compiles its shaders at their first draw and dispatch,
    /// taking a good part of a second. Call it on another thread while this one prepares the
    /// scene (the CLI overlaps it with generating the skin), as long as no other call to this
    /// renderer runs meanwhile; otherwise the first frame pays for it. The face view without
    /// `face` (still being built) warms up on a stand-in mesh: the same pipelines.
    Status warmUp(const ViewSettings& settings, const GpuFace* face = nullptr);

    /// Changes the output size (waits for the GPU to be idle).
    void resize(std::uint32_t width, std::uint32_t height);
    vk::Extent2D extent() const { return targets_->extent(); }

    /// Whether a frame of `scene` with `settings` can be drawn (the checks record() makes first).
    Status check(const Scene& scene, const ViewSettings& settings) const;

    /// Records a frame into `cmd`, using uniform slot `frameIndex % framesInFlight`. The output is
    /// left in TransferSrcOptimal: copy it out or blit it to a swap chain image.
    Status record(vk::CommandBuffer cmd, const Scene& scene, const ViewSettings& settings,
                  std::uint64_t frameIndex = 0);
    gpu::Image& output() { return targets_->output(); }

    /// Renders a frame, waits for it and reads it back: an RGB image (sRGB values).
    Result<Image8> renderImage(const Scene& scene, const ViewSettings& settings);

    const gpu::Context& context() const { return *context_; }
    /// Submits and waits for whole frames (renderImage, benchmarks).
    gpu::CommandRunner& commands() { return frames_; }

    /// Waits until the GPU is idle (a window's frames may still use the renderer's images).
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

  private:
    Renderer(const gpu::Context& context, const RendererConfig& config);

    const gpu::Context* context_;
    RendererConfig config_;
    // Two runners: uploads (a grid index buffer made on first use) may happen while a frame
    // is being recorded, and a runner records one command buffer at a time.
    gpu::CommandRunner uploads_;
    gpu::CommandRunner frames_;
    vk::Format depthFormat_;
    ShadowPass shadows_;
    ScenePass scene_;
    PostPass post_;
    vk::raii::Sampler linearSampler_{nullptr};
    vk::raii::Sampler heightSampler_{nullptr};
    std::unique_ptr<FrameTargets> targets_;
    std::unique_ptr<gpu::Buffer> readback_;
    std::unique_ptr<GpuSurface> flatSurround_; ///< the face view's surround when a scene has none
};

} // namespace skinsim::render

#pragma once
// Everything the CPU decides about a frame before anything is recorded: which surface goes where
// (single, split, side by side), the camera, the light, the uniforms, the shadows to compute and
// the overlay. Kept apart from the recording so the layout rules read in one place.

#include "render/Camera.hpp"
#include "render/GpuFace.hpp"
#include "render/Lighting.hpp"
#include "render/Overlay.hpp"
#include "render/ScenePass.hpp"

namespace skinsim::render {

/// What to draw. Single pictures use `after` (or `before` when it is the only one); comparisons
/// need both, of the same size. The face view needs `face`.
struct Scene {
    GpuSurface* before = nullptr;
    GpuSurface* after = nullptr;
    const GpuFace* face = nullptr;
    /// The normal skin around the patch on a face: a periodic tile (Renderer::uploadSurround).
    /// Null: smooth skin of the patch's mean colour.
    GpuSurface* surround = nullptr;
};

struct FramePlan {
    shader::FrameUniforms uniforms{};
    std::vector<std::pair<GpuSurface*, shader::ShadowPush>> shadows;
    std::vector<SurfaceDraw> draws;
    OverlaySpec overlay;
    float exposure = 1.0f;
    glm::uvec2 gridQuads{1, 1};
    GpuSurface* surround = nullptr; ///< face view: the surround drawn (the scene's or a flat one)
};

/// Widths over which each colour channel's normals are blurred (the detail map's mip level of
/// that width is sampled): red light re-emerges furthest from where it entered the skin, blue
/// nearest. The widths are about the half-widths at half maximum of d'Eon et al.'s profile per
/// channel (~0.25, 0.1, 0.05 mm); wider blurs tint the rim of every pit.
inline constexpr float kScatterWidthUm[3] = {250.0f, 100.0f, 50.0f};

/// badInput when the scene lacks what the settings ask for (two surfaces for a comparison, a
/// face for the face view) or the two surfaces differ in size.
/// `flatSurround` stands in for a scene without a surround (face view).
Result<FramePlan> planFrame(const Scene& scene, const ViewSettings& settings, vk::Extent2D extent,
                            std::uint32_t maxGridQuads, GpuSurface* flatSurround = nullptr);

/// Quads across the patch grid: about one per kPixelsPerGridQuad pixels of the picture's width,
/// between 32 and `maxQuads`, never more than the patch has cells. Smaller triangles cost a CPU
/// rasteriser more than they add: per-pixel normals and shadows carry the fine detail, the grid
/// only the broad shape (lavapipe, 1280x800: 256 quads ~2x the frame time of 128).
inline constexpr std::uint32_t kPixelsPerGridQuad = 10;
std::uint32_t gridQuadsAcross(std::uint32_t pictureWidth, int patchCells, std::uint32_t maxQuads);

/// Cells per shadow sample: how many patch cells one picture pixel covers (rounded down), 1 to
/// kMaxShadowStride. Shadows finer than a pixel cannot be seen; on a CPU driver the shadow pass
/// is the slowest part of a first frame, so a 640x400 picture of a 1200² patch computes a ninth.
inline constexpr int kMaxShadowStride = 8;
int shadowStride(const glm::mat4& viewProj, const PatchGeometry& patch,
                 const vk::Viewport& viewport, int cellsAcross, int cellsDown);

} // namespace skinsim::render

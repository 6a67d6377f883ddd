#include "render/FramePlan.hpp"

#include "render/Colormap.hpp"
#include "skin/SkinColour.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace skinsim::render {

namespace {

PatchGeometry geometryOf(const Scene& scene, const GpuSurface& surface, View view) {
    if (view == View::Face) {
        return patchOnFace(scene.face->placement(), surface.widthMm(), surface.heightMm());
    }
    PatchGeometry g;
    g.widthMm = surface.widthMm();
    g.heightMm = surface.heightMm();
    return g;
}

vk::Viewport viewportOf(float x, float y, float w, float h) {
    return vk::Viewport(x, y, w, h, 0.0f, 1.0f);
}

} // namespace

std::uint32_t gridQuadsAcross(std::uint32_t pictureWidth, int patchCells, std::uint32_t maxQuads) {
    const std::uint32_t wanted =
        std::clamp(pictureWidth / kPixelsPerGridQuad, 32u, std::max(32u, maxQuads));
    return std::max(1u, std::min(wanted, static_cast<std::uint32_t>(std::max(1, patchCells - 1))));
}

int shadowStride(const glm::mat4& viewProj, const PatchGeometry& patch,
                 const vk::Viewport& viewport, int cellsAcross, int cellsDown) {
    const auto toPixels = [&](float u, float v) -> std::optional<glm::vec2> {
        const glm::vec3 p = patch.centreMm + patch.tangent * (u * patch.widthMm) +
                            patch.bitangent * (v * patch.heightMm);
        const glm::vec4 clip = viewProj * glm::vec4(p, 1.0f);
        if (clip.w <= 1e-6f) {
            return std::nullopt;
        }
        return glm::vec2((clip.x / clip.w * 0.5f + 0.5f) * viewport.width,
                         (clip.y / clip.w * 0.5f + 0.5f) * viewport.height);
    };
    const auto a = toPixels(-0.5f, -0.5f), b = toPixels(0.5f, -0.5f), c = toPixels(-0.5f, 0.5f),
               d = toPixels(0.5f, 0.5f);
    if (!a || !b || !c || !d) {
        return 1; // part of the patch is behind the camera: no saving worth the risk
    }
    // The patch's nearest (largest) edges on screen decide: no pixel may cover fewer cells.
    const float across = std::max(glm::length(*b - *a), glm::length(*d - *c));
    const float down = std::max(glm::length(*c - *a), glm::length(*d - *b));
    const float cellsPerPixel = std::min(static_cast<float>(cellsAcross) / std::max(across, 1.0f),
                                         static_cast<float>(cellsDown) / std::max(down, 1.0f));
    return std::clamp(static_cast<int>(cellsPerPixel), 1, kMaxShadowStride);
}

Result<FramePlan> planFrame(const Scene& scene, const ViewSettings& settings, vk::Extent2D extent,
                            std::uint32_t maxGridQuads, GpuSurface* flatSurround) {
    const bool comparing = settings.compare != Compare::None;
    if (comparing && (scene.before == nullptr || scene.after == nullptr)) {
        return Error::badInput("a comparison needs a before and an after surface");
    }
    GpuSurface* main = scene.after != nullptr ? scene.after : scene.before;
    if (main == nullptr) {
        return Error::badInput("nothing to render: no skin surface");
    }
    if (comparing && (scene.before->widthCells() != scene.after->widthCells() ||
                      scene.before->heightCells() != scene.after->heightCells() ||
                      scene.before->pixelUm() != scene.after->pixelUm())) {
        return Error::badInput(
            "before and after surfaces differ in size; a comparison needs the same patch");
    }
    if (settings.view == View::Face && scene.face == nullptr) {
        return Error::badInput("the face view needs a face mesh");
    }

    FramePlan plan;
    const auto W = static_cast<float>(extent.width);
    const auto H = static_cast<float>(extent.height);
    const vk::Rect2D whole({0, 0}, extent);
    if (settings.compare == Compare::None) {
        plan.draws.push_back({main, viewportOf(0, 0, W, H), whole});
    } else if (settings.compare == Compare::Split) {
        // One camera over the whole image; the divider decides which surface each pixel shows.
        const auto divider =
            static_cast<std::uint32_t>(std::clamp(settings.splitFraction, 0.0f, 1.0f) * W);
        plan.draws.push_back(
            {scene.before, viewportOf(0, 0, W, H), vk::Rect2D({0, 0}, {divider, extent.height})});
        plan.draws.push_back({scene.after, viewportOf(0, 0, W, H),
                              vk::Rect2D({static_cast<std::int32_t>(divider), 0},
                                         {extent.width - divider, extent.height})});
        plan.overlay.dividerX = static_cast<int>(divider);
    } else {
        const std::uint32_t half = extent.width / 2;
        plan.draws.push_back({scene.before, viewportOf(0, 0, static_cast<float>(half), H),
                              vk::Rect2D({0, 0}, {half, extent.height})});
        plan.draws.push_back(
            {scene.after,
             viewportOf(static_cast<float>(half), 0, static_cast<float>(extent.width - half), H),
             vk::Rect2D({static_cast<std::int32_t>(half), 0},
                        {extent.width - half, extent.height})});
    }

    const PatchGeometry patch = geometryOf(scene, *main, settings.view);
    const float aspect = plan.draws.front().viewport.width / plan.draws.front().viewport.height;
    const CameraPose camera =
        cameraFor(settings.view, effectiveCamera(settings), patch, aspect, settings,
                  scene.face != nullptr ? scene.face->headCentreMm() : glm::vec3(0.0f));
    const LightRig light = lightFor(settings.light, patch, camera, settings.lightAzimuthDeg);

    const glm::mat4 viewProj = viewProjection(camera, aspect);
    const int stride = shadowStride(viewProj, patch, plan.draws.front().viewport,
                                    main->widthCells(), main->heightCells());
    // The change heatmap compares every draw with day 0 (the before surface, or the only one),
    // on a scale fixed by day 0 so that it stays put while the timeline plays. The reference's
    // detail map is read at the draw's mip level, so the shadow pass must make its mips too.
    if (settings.mode == Mode::Change) {
        GpuSurface* dayZero = scene.before != nullptr ? scene.before : main;
        for (auto& draw : plan.draws) {
            draw.reference = dayZero;
        }
    }
    float deepest = 0.0f;
    const auto needShadows = [&](GpuSurface* surface) {
        const bool known = std::any_of(plan.shadows.begin(), plan.shadows.end(),
                                       [&](const auto& s) { return s.first == surface; });
        if (!known) {
            plan.shadows.emplace_back(
                surface,
                shadowParameters(light, patch, surface->pixelUm(),
                                 surface->reliefRangeUm() * settings.reliefExaggeration, stride));
        }
    };
    if (settings.view == View::Face) {
        plan.surround = scene.surround != nullptr ? scene.surround : flatSurround;
        if (plan.surround != nullptr) {
            needShadows(plan.surround); // its visibility and mips, for the same light
        }
    }
    for (const auto& draw : plan.draws) {
        deepest = std::max(deepest, draw.surface->deepestUm());
        needShadows(draw.surface);
        if (draw.reference != nullptr) {
            needShadows(draw.reference);
        }
    }
    if (settings.mode == Mode::Change) {
        // A quarter of the deepest day-0 depth: icepick tracts (~1 mm) would otherwise leave
        // the typical fills of 50-200 µm in the pale middle of the scale.
        deepest = 0.25f * plan.draws.front().reference->deepestUm();
    }
    const float heatRange =
        settings.heatmapRangeUm > 0.0f ? settings.heatmapRangeUm : niceHeatmapRangeUm(deepest);

    shader::FrameUniforms& u = plan.uniforms;
    u.viewProj = viewProj;
    u.cameraPosMm = glm::vec4(camera.eyeMm, 1.0f);
    u.lightDirection =
        glm::vec4(light.direction, static_cast<float>(light.point ? shader::kLightPoint
                                                                  : shader::kLightDirectional));
    u.lightPositionMm = glm::vec4(light.positionMm, light.referenceDistanceMm);
    u.lightRadiance = glm::vec4(light.irradiance, light.angularRadius);
    u.ambientSky = glm::vec4(light.ambientSky, 0.0f);
    u.ambientGround = glm::vec4(light.ambientGround, 0.0f);
    u.patchCentreMm = glm::vec4(patch.centreMm, patch.widthMm);
    u.patchTangent = glm::vec4(patch.tangent, patch.heightMm);
    // The fade at the patch's border on a face: the outer 12% blends into the surrounding skin.
    u.patchBitangent = glm::vec4(patch.bitangent, 0.12f);
    u.patchNormal = glm::vec4(patch.normal, settings.reliefExaggeration);
    u.patchCells = glm::vec4(main->widthCells(), main->heightCells(), main->pixelUm(), heatRange);
    // Microrelief slope amplitude of the skin around the patch (face view): rms slopes of facial
    // skin are ~0.1-0.2 (assumption from profilometry's Sdq; muted here since it is made up).
    u.shading = glm::vec4(static_cast<float>(static_cast<int>(settings.mode)),
                          static_cast<float>(static_cast<int>(settings.view)), 0.08f, 0.0f);
    const GpuSurface* reference = scene.before != nullptr ? scene.before : main;
    u.surroundSkin = glm::vec4(reference->meanMelanin(), reference->meanRestingBlood(), 0.0f, 0.0f);
    // The surround tile, laid on the face in its true size; its mean pigment is replaced by the
    // patch's (the tile only brings the variation).
    if (plan.surround != nullptr) {
        u.surroundTile = glm::vec4(plan.surround->widthMm(), plan.surround->meanMelanin(),
                                   plan.surround->meanRestingBlood(), 0.0f);
    } else {
        u.surroundTile = glm::vec4(10.0f, 0.0f, 0.0f, 0.0f);
    }
    u.faceColourGain = glm::vec4(1.0f);
    if (scene.face != nullptr && scene.face->textured()) {
        // The patch's mean skin colour, as the albedo table gives it, scaled to the scan's
        // around the patch.
        const auto rgb = skinAlbedoLinearSrgb(main->meanMelanin(), main->meanRestingBlood());
        const glm::vec3 patchColour(rgb[0], rgb[1], rgb[2]);
        const glm::vec3 scan = scene.face->skinColourAroundPatch();
        u.surroundTile.w = 1.0f;
        u.faceColourGain = glm::vec4(scan / glm::max(patchColour, glm::vec3(1e-4f)), 1.0f);
    }
    // The shown day's redness and pigment change, laid over the skin around the patch within a
    // patch's width of its centre and fading over another (the treated region's edge).
    u.treatedSkin = glm::vec4(main->meanErythemaBlood(),
                              std::max(0.0f, main->meanMelanin() - reference->meanMelanin()),
                              0.5f * patch.widthMm, patch.widthMm);
    for (int c = 0; c < 3; ++c) {
        u.scatterLod[c] =
            std::max(0.0f, std::log2(kScatterWidthUm[c] / static_cast<float>(main->pixelUm())));
    }
    plan.exposure = light.exposure;

    const std::uint32_t across =
        gridQuadsAcross(static_cast<std::uint32_t>(plan.draws.front().viewport.width),
                        main->widthCells(), maxGridQuads);
    const auto down = std::max<std::uint32_t>(
        1, std::min<std::uint32_t>(static_cast<std::uint32_t>(main->heightCells() - 1),
                                   static_cast<std::uint32_t>(
                                       std::lround(across * main->heightMm() / main->widthMm()))));
    plan.gridQuads = {std::max<std::uint32_t>(1, across), down};

    plan.overlay.width = static_cast<int>(extent.width);
    plan.overlay.height = static_cast<int>(extent.height);
    if (settings.mode == Mode::Heatmap) {
        plan.overlay.colourBarRangeUm = heatRange;
    }
    if (settings.mode == Mode::Change) {
        plan.overlay.changeBarRangeUm = heatRange;
    }
    if (comparing) {
        const int scale = overlayScale(plan.overlay.height);
        const int margin = 4 * scale;
        const int rightStart = settings.compare == Compare::Split
                                   ? *plan.overlay.dividerX
                                   : static_cast<int>(extent.width / 2);
        plan.overlay.labels.push_back({settings.beforeLabel, margin, margin});
        plan.overlay.labels.push_back({settings.afterLabel, rightStart + margin + scale, margin});
    }
    plan.overlay.caption = settings.caption;
    if (settings.scaleBar) {
        // Pixels per millimetre at the patch, across the picture: the patch's centre and a point
        // 1 mm to the camera's right of it, projected.
        const float vw = plan.draws.front().viewport.width;
        const float vh = plan.draws.front().viewport.height;
        const glm::vec3 right =
            glm::normalize(glm::cross(camera.targetMm - camera.eyeMm, camera.up));
        const auto a = pixelOf(camera, vw, vh, patch.centreMm);
        const auto b = pixelOf(camera, vw, vh, patch.centreMm + right);
        if (a && b) {
            const float perMm = glm::length(*b - *a);
            // The round length nearest a sixth of the picture's width.
            float best = 0.0f;
            for (const float mm : {0.5f, 1.0f, 2.0f, 5.0f, 10.0f, 20.0f, 50.0f, 100.0f}) {
                if (best == 0.0f ||
                    std::abs(mm * perMm - vw / 6.0f) < std::abs(best * perMm - vw / 6.0f)) {
                    best = mm;
                }
            }
            char label[16];
            std::snprintf(label, sizeof label, best < 1.0f ? "%.1f mm" : "%.0f mm", best);
            // Rounded to 4 px: the overlay is drawn again only when it changes, and an orbiting
            // camera changes the exact length a little every frame.
            const int pixels = 4 * static_cast<int>(std::lround(best * perMm / 4.0f));
            plan.overlay.scaleBar = OverlaySpec::ScaleBar{pixels, label};
        }
    }
    return plan;
}

} // namespace skinsim::render

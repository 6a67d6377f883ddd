#include "render/Renderer.hpp"

#include "gpu/Transfer.hpp"
#include "gpu/VulkanCheck.hpp"

namespace skinsim::render {

namespace {
/// Vulkan errors past the context's creation are programmer errors or a lost device; at this
/// boundary they become a failure the CLI reports (exit 1) instead of an abort.
template <class F> auto guarded(const char* what, F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const std::exception& e) {
        return Error::failure(std::string(what) + ": " + e.what());
    }
}
} // namespace

Renderer::Renderer(const gpu::Context& context, const RendererConfig& config)
    : context_(&context), config_(config), uploads_(context), frames_(context),
      depthFormat_(chooseDepthFormat(context)), shadows_(context),
      scene_(context, uploads_, depthFormat_, std::max(1u, config.framesInFlight)), post_(context) {
    const bool trilinear =
        config.trilinear.value_or(context.deviceType() != vk::PhysicalDeviceType::eCpu);
    linearSampler_ =
        gpu::createSampler(context, {.mipmapMode = trilinear ? vk::SamplerMipmapMode::eLinear
                                                             : vk::SamplerMipmapMode::eNearest});
    // Bilinear height where the device filters 32-bit floats (lavapipe and desktop GPUs do).
    const bool linearFloat = context.supportsFormat(
        vk::Format::eR32Sfloat, vk::FormatFeatureFlagBits::eSampledImageFilterLinear);
    heightSampler_ = gpu::createSampler(
        context,
        {.filter = linearFloat ? vk::Filter::eLinear : vk::Filter::eNearest, .mipmaps = false});
    resize(config.width, config.height);
    flatSurround_ = std::make_unique<GpuSurface>(
        context, uploads_, buildSurfaceMaps(uniformSkin(FieldF(4, 4, 25.0), 0.05f)),
        SurfaceBindings{scene_.surfaceLayout(), shadows_.setLayout(), *linearSampler_,
                        *heightSampler_});
}

Renderer::~Renderer() {
    context_->device().waitIdle();
}

Result<std::unique_ptr<Renderer>> Renderer::create(const gpu::Context& context,
                                                   const RendererConfig& config) {
    const std::pair<vk::Format, vk::FormatFeatureFlags> needs[] = {
        {vk::Format::eR16G16B16A16Sfloat,
         vk::FormatFeatureFlagBits::eColorAttachment | vk::FormatFeatureFlagBits::eStorageImage |
             vk::FormatFeatureFlagBits::eSampledImageFilterLinear |
             vk::FormatFeatureFlagBits::eBlitSrc | vk::FormatFeatureFlagBits::eBlitDst},
        {vk::Format::eR16G16Sfloat, vk::FormatFeatureFlagBits::eSampledImageFilterLinear |
                                        vk::FormatFeatureFlagBits::eBlitSrc |
                                        vk::FormatFeatureFlagBits::eBlitDst},
        {vk::Format::eR8G8B8A8Srgb,
         vk::FormatFeatureFlagBits::eColorAttachment | vk::FormatFeatureFlagBits::eSampledImage},
    };
    for (const auto& [format, features] : needs) {
        if (!context.supportsFormat(format, features)) {
            return Error::failure("the Vulkan device " + context.deviceName() + " cannot use " +
                                  vk::to_string(format) + " for " + vk::to_string(features));
        }
    }
    if (config.width == 0 || config.height == 0) {
        return Error::badInput("the image size must be at least 1x1");
    }
    return guarded("creating the renderer", [&]() -> Result<std::unique_ptr<Renderer>> {
        return std::unique_ptr<Renderer>(new Renderer(context, config));
    });
}

void Renderer::resize(std::uint32_t width, std::uint32_t height) {
    context_->device().waitIdle();
    targets_ = std::make_unique<FrameTargets>(*context_, vk::Extent2D(width, height), depthFormat_,
                                              scene_.renderPass(), post_.renderPass());
    post_.attach(*targets_);
    readback_ = std::make_unique<gpu::Buffer>(
        *context_, gpu::BufferDesc{.sizeBytes = vk::DeviceSize(width) * height * 4,
                                   .usage = vk::BufferUsageFlagBits::eTransferDst,
                                   .hostVisible = true,
                                   .hostCached = true});
}

Result<std::unique_ptr<GpuSurface>> Renderer::uploadSurface(const SkinSurface& surface,
                                                            const std::string& what) {
    if (auto s = validateSurface(surface, what); !s) {
        return s.error();
    }
    return uploadMaps(buildSurfaceMaps(surface));
}

Result<std::unique_ptr<GpuSurface>> Renderer::uploadMaps(const SurfaceMaps& maps) {
    const SurfaceBindings bindings{scene_.surfaceLayout(), shadows_.setLayout(), *linearSampler_,
                                   *heightSampler_};
    return guarded("uploading a skin surface", [&]() -> Result<std::unique_ptr<GpuSurface>> {
        return std::make_unique<GpuSurface>(*context_, uploads_, maps, bindings);
    });
}

Result<std::unique_ptr<GpuSurface>> Renderer::uploadSurround(const SkinSurface& tile) {
    return uploadSurface(tile, "the skin around the patch");
}

Result<std::unique_ptr<GpuFace>> Renderer::uploadFace(const mesh::TriangleMesh& mesh,
                                                      const mesh::PatchPlacement& placement) {
    if (auto s = mesh::validateMesh(mesh, "face mesh"); !s) {
        return s.error();
    }
    return guarded("uploading a face mesh", [&]() -> Result<std::unique_ptr<GpuFace>> {
        return std::make_unique<GpuFace>(*context_, uploads_, mesh, placement, scene_.faceLayout(),
                                         scene_.faceSampler());
    });
}

Status Renderer::warmUp(const ViewSettings& settings, const GpuFace* face) {
    // The face view without its face yet (the head still being built): a stand-in tetrahedron
    // compiles the same pipelines.
    std::unique_ptr<GpuFace> standIn;
    if (settings.view == View::Face && face == nullptr) {
        mesh::TriangleMesh tetrahedron;
        tetrahedron.positions = {{0, 0, 10}, {10, 0, 0}, {-10, 0, 0}, {0, 10, 0}};
        tetrahedron.indices = {0, 1, 3, 1, 2, 3, 2, 0, 3, 0, 2, 1};
        mesh::computeNormals(tetrahedron);
        mesh::generateUvs(tetrahedron);
        auto uploaded = uploadFace(tetrahedron, mesh::PatchPlacement{});
        if (!uploaded) {
            return uploaded.error();
        }
        standIn = std::move(uploaded.value());
        face = standIn.get();
    }
    // 3x3 cells: like a real patch, not a power of two (the driver's shader variants depend on it).
    SkinSurface flat = uniformSkin(FieldF(3, 3, 25.0), 0.05f);
    auto surface = uploadSurface(flat, "warm-up");
    if (!surface) {
        return surface.error();
    }
    auto image =
        renderImage({.before = surface->get(), .after = surface->get(), .face = face}, settings);
    if (!image) {
        return image.error();
    }
    return {};
}

Status Renderer::check(const Scene& scene, const ViewSettings& settings) const {
    auto plan =
        planFrame(scene, settings, targets_->extent(), config_.patchGridQuads, flatSurround_.get());
    if (!plan) {
        return plan.error();
    }
    return {};
}

Status Renderer::record(vk::CommandBuffer cmd, const Scene& scene, const ViewSettings& settings,
                        std::uint64_t frameIndex) {
    auto plan =
        planFrame(scene, settings, targets_->extent(), config_.patchGridQuads, flatSurround_.get());
    if (!plan) {
        return plan.error();
    }
    return guarded("recording a frame", [&]() -> Status {
        for (auto& [surface, light] : plan->shadows) {
            shadows_.record(cmd, *surface, light);
        }
        const auto slot =
            static_cast<std::uint32_t>(frameIndex % std::max(1u, config_.framesInFlight));
        scene_.record(cmd, *targets_, slot, settings.mode, plan->uniforms, plan->draws,
                      settings.view == View::Face ? scene.face : nullptr, plan->surround,
                      plan->gridQuads);
        post_.record(cmd, *targets_, plan->overlay, plan->exposure);
        return {};
    });
}

Result<Image8> Renderer::renderImage(const Scene& scene, const ViewSettings& settings) {
    return guarded("rendering", [&]() -> Result<Image8> {
        Status recorded;
        frames_.run([&](vk::CommandBuffer cmd) {
            recorded = record(cmd, scene, settings);
            if (recorded) {
                gpu::recordImageReadback(cmd, targets_->output(), *readback_);
            }
        });
        if (!recorded) {
            return recorded.error();
        }
        const vk::Extent2D e = targets_->extent();
        Image8 image(static_cast<int>(e.width), static_cast<int>(e.height), 3);
        const auto bytes = readback_->mapped();
        for (std::size_t i = 0, n = std::size_t(e.width) * e.height; i < n; ++i) {
            image.pixels[i * 3 + 0] = static_cast<std::uint8_t>(bytes[i * 4 + 0]);
            image.pixels[i * 3 + 1] = static_cast<std::uint8_t>(bytes[i * 4 + 1]);
            image.pixels[i * 3 + 2] = static_cast<std::uint8_t>(bytes[i * 4 + 2]);
        }
        return image;
    });
}

} // namespace skinsim::render

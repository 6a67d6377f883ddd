#include "render/GpuFace.hpp"

#include "RenderTypes.h"
#include "gpu/Descriptors.hpp"
#include "gpu/Transfer.hpp"
#include "render/SurfaceMaps.hpp"

#include <cmath>
#include <vector>

namespace skinsim::render {

namespace {

float srgbToLinear(float c) {
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

/// The texture as RGBA8 (a 1x1 white texel when the mesh has none), without copying it.
const Image8& textureOf(const mesh::TriangleMesh& mesh) {
    static const Image8 white = [] {
        Image8 t(1, 1, 4);
        std::fill(t.pixels.begin(), t.pixels.end(), std::uint8_t{255});
        return t;
    }();
    return mesh.baseColour.width > 0 && mesh.baseColour.channels == 4 ? mesh.baseColour : white;
}

} // namespace

std::vector<FaceVertex> faceVertices(const mesh::TriangleMesh& mesh) {
    std::vector<FaceVertex> out(mesh.positions.size());
    const bool features = mesh.features.size() == out.size();
    const bool eyes = mesh.eyeMm.size() == out.size();
    for (std::size_t i = 0; i < out.size(); ++i) {
        const glm::vec2 uv = i < mesh.uvs.size() ? mesh.uvs[i] : glm::vec2(0.0f);
        out[i] = {mesh.positions[i], mesh.normals[i], features ? mesh.features[i] : glm::vec4(0.0f),
                  eyes ? mesh.eyeMm[i] : glm::vec2(0.0f), glm::vec2(uv.x, 1.0f - uv.y)};
    }
    return out;
}

std::optional<glm::vec3> meanTextureColour(const mesh::TriangleMesh& mesh, glm::vec3 centreMm,
                                           float radiusMm) {
    const Image8& t = mesh.baseColour;
    if (t.width == 0 || t.channels != 4 || mesh.uvs.size() != mesh.positions.size()) {
        return std::nullopt;
    }
    glm::dvec3 sum(0.0);
    std::size_t n = 0;
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        if (glm::length(mesh.positions[i] - centreMm) > radiusMm) {
            continue;
        }
        const glm::vec2 uv = mesh.uvs[i];
        if (!std::isfinite(uv.x) || !std::isfinite(uv.y)) {
            continue; // no texel (a NaN would make the cast below undefined)
        }
        // Wrapped into [0, 1) as the face sampler repeats (ScenePass), then the texel's index:
        // in range before the cast, whatever the UV's size.
        const auto texel = [](float u, int size) {
            const float wrapped = u - std::floor(u);
            return std::min(static_cast<int>(wrapped * static_cast<float>(size)), size - 1);
        };
        const std::uint8_t* p = t.at(texel(uv.x, t.width), texel(1.0f - uv.y, t.height));
        sum += glm::dvec3(srgbToLinear(p[0] / 255.0f), srgbToLinear(p[1] / 255.0f),
                          srgbToLinear(p[2] / 255.0f));
        ++n;
    }
    if (n == 0) {
        return std::nullopt;
    }
    return glm::vec3(sum / static_cast<double>(n));
}

GpuFace::GpuFace(const gpu::Context& context, gpu::CommandRunner& runner,
                 const mesh::TriangleMesh& mesh, const mesh::PatchPlacement& placement,
                 vk::DescriptorSetLayout layout, vk::Sampler sampler)
    : context_(&context),
      vertices_(gpu::uploadBuffer(context, runner, vk::BufferUsageFlagBits::eVertexBuffer,
                                  std::as_bytes(std::span<const FaceVertex>(faceVertices(mesh))))),
      indices_(gpu::uploadBuffer(context, runner, vk::BufferUsageFlagBits::eIndexBuffer,
                                 std::as_bytes(std::span(mesh.indices)))),
      indexCount_(static_cast<std::uint32_t>(mesh.indices.size())), placement_(placement),
      // The default head gives its own centre: its neck would pull the bounds' centre down.
      headCentre_(mesh.regionOriginMm.value_or(mesh::boundsOf(mesh).centre())),
      textured_(mesh.baseColour.width > 0), closed_(mesh.closed), texture_(context, [&] {
          const Image8& t = textureOf(mesh);
          using U = vk::ImageUsageFlagBits;
          return gpu::ImageDesc{
              .extent = {static_cast<std::uint32_t>(t.width), static_cast<std::uint32_t>(t.height)},
              .format = vk::Format::eR8G8B8A8Srgb,
              .usage = U::eSampled | U::eTransferSrc | U::eTransferDst,
              .mipLevels = static_cast<std::uint32_t>(mipLevelCount(t.width, t.height))};
      }()) {
    const Image8& t = textureOf(mesh);
    const std::array<std::span<const std::byte>, 1> level = {std::as_bytes(std::span(t.pixels))};
    gpu::uploadImage(context, runner, texture_, level);
    runner.run([&](vk::CommandBuffer cmd) { gpu::recordMipmapGeneration(cmd, texture_); });
    place(mesh, placement);
    const std::array<gpu::DescriptorBinding, 1> bindings = {
        {{SKINSIM_BINDING_FACE_COLOUR, vk::DescriptorType::eCombinedImageSampler,
          vk::ShaderStageFlagBits::eFragment}}};
    pool_ = gpu::createDescriptorPool(context, bindings, 1);
    set_ = gpu::allocateSet(context, pool_, layout);
    gpu::DescriptorWriter()
        .sampledImage(SKINSIM_BINDING_FACE_COLOUR, texture_.view(), sampler)
        .write(context, *set_);
}

void GpuFace::place(const mesh::TriangleMesh& mesh, const mesh::PatchPlacement& placement) {
    placement_ = placement;
    if (auto colour = meanTextureColour(mesh, placement.centreMm, 25.0f)) {
        skinColour_ = *colour;
    }
}

GpuFace::~GpuFace() {
    context_->device().waitIdle();
}

} // namespace skinsim::render

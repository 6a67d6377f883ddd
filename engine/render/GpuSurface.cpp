#include "render/GpuSurface.hpp"

#include "gpu/Descriptors.hpp"
#include "gpu/Transfer.hpp"

namespace skinsim::render {

namespace {

gpu::Image makeTexture(const gpu::Context& context, const MapLevel& level, vk::Format format,
                       vk::ImageUsageFlags extraUsage) {
    using U = vk::ImageUsageFlagBits;
    return gpu::Image(
        context,
        {.extent = {static_cast<std::uint32_t>(level.width),
                    static_cast<std::uint32_t>(level.height)},
         .format = format,
         .usage = U::eSampled | U::eTransferSrc | U::eTransferDst | extraUsage,
         .mipLevels = static_cast<std::uint32_t>(mipLevelCount(level.width, level.height))});
}

void uploadLevel0(const gpu::Context& context, gpu::CommandRunner& runner, gpu::Image& image,
                  const MapLevel& level) {
    const std::array<std::span<const std::byte>, 1> bytes = {std::as_bytes(std::span(level.halfs))};
    gpu::uploadImage(context, runner, image, bytes);
}

} // namespace

GpuSurface::GpuSurface(const gpu::Context& context, gpu::CommandRunner& runner,
                       const SurfaceMaps& maps, const SurfaceBindings& bindings)
    : context_(&context), width_(maps.width), height_(maps.height), pixelUm_(maps.pixelUm),
      reliefRangeUm_(maps.reliefRangeUm), deepestUm_(maps.deepestUm),
      meanMelanin_(maps.meanMelanin), meanRestingBlood_(maps.meanRestingBlood),
      meanErythemaBlood_(maps.meanErythemaBlood),
      heightTexture_(context, {.extent = {static_cast<std::uint32_t>(maps.width),
                                          static_cast<std::uint32_t>(maps.height)},
                               .format = vk::Format::eR32Sfloat,
                               .usage = vk::ImageUsageFlagBits::eSampled |
                                        vk::ImageUsageFlagBits::eTransferDst}),
      detailTexture_(makeTexture(context, maps.detail, vk::Format::eR16G16B16A16Sfloat,
                                 vk::ImageUsageFlagBits::eStorage)),
      pigmentTexture_(makeTexture(context, maps.pigment, vk::Format::eR16G16B16A16Sfloat, {})),
      bruiseTint_(maps.bruiseTint[0], maps.bruiseTint[1], maps.bruiseTint[2], 0.0f) {
    const std::array<std::span<const std::byte>, 1> heightLevel = {
        std::as_bytes(std::span(maps.heightUm))};
    gpu::uploadImage(context, runner, heightTexture_, heightLevel);
    uploadLevel0(context, runner, detailTexture_, maps.detail);
    uploadLevel0(context, runner, pigmentTexture_, maps.pigment);
    // The pigment's mips now; the detail map's after the shadow pass has written the visibility.
    runner.run([&](vk::CommandBuffer cmd) { gpu::recordMipmapGeneration(cmd, pigmentTexture_); });
    detailLevel0_ = detailTexture_.createLevelView(context, 0);

    const std::array<gpu::DescriptorBinding, 4> all = {{
        {SKINSIM_BINDING_HEIGHT, vk::DescriptorType::eCombinedImageSampler,
         vk::ShaderStageFlagBits::eVertex},
        {SKINSIM_BINDING_DETAIL, vk::DescriptorType::eCombinedImageSampler,
         vk::ShaderStageFlagBits::eFragment},
        {SKINSIM_BINDING_PIGMENT, vk::DescriptorType::eCombinedImageSampler,
         vk::ShaderStageFlagBits::eFragment},
        {1, vk::DescriptorType::eStorageImage, vk::ShaderStageFlagBits::eCompute},
    }};
    // Two sets: the scene's (3 samplers) and the shadow pass's (1 sampler + 1 storage image).
    pool_ = gpu::createDescriptorPool(context, all, 2);
    sceneSet_ = gpu::allocateSet(context, pool_, bindings.sceneLayout);
    shadowSet_ = gpu::allocateSet(context, pool_, bindings.shadowLayout);
    gpu::DescriptorWriter()
        .sampledImage(SKINSIM_BINDING_HEIGHT, heightTexture_.view(), bindings.heightSampler)
        .sampledImage(SKINSIM_BINDING_DETAIL, detailTexture_.view(), bindings.linear)
        .sampledImage(SKINSIM_BINDING_PIGMENT, pigmentTexture_.view(), bindings.linear)
        .write(context, *sceneSet_);
    gpu::DescriptorWriter()
        .sampledImage(0, heightTexture_.view(), bindings.heightSampler)
        .storageImage(1, *detailLevel0_)
        .write(context, *shadowSet_);
}

GpuSurface::~GpuSurface() {
    context_->device().waitIdle();
}

} // namespace skinsim::render

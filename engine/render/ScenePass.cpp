#include "render/ScenePass.hpp"

#include "gpu/Descriptors.hpp"
#include "gpu/Pipeline.hpp"
#include "gpu/RenderPass.hpp"
#include "gpu/Transfer.hpp"
#include "render/AlbedoLut.hpp"
#include "render/Colormap.hpp"
#include "render/DiffusionLut.hpp"

namespace skinsim::render {

namespace {
// Linear-light backdrop: a neutral dark grey, like a clinical photo's background cloth.
constexpr std::array<float, 4> kBackground = {0.02f, 0.021f, 0.024f, 1.0f};
} // namespace

ScenePass::ScenePass(const gpu::Context& context, gpu::CommandRunner& runner,
                     vk::Format depthFormat, std::uint32_t framesInFlight)
    : context_(&context), runner_(&runner) {
    const vk::Format colour[] = {kHdrFormat};
    renderPass_ =
        gpu::createRenderPass(context, {.colourFormats = colour, .depthFormat = depthFormat});

    using Stage = vk::ShaderStageFlagBits;
    const std::array<gpu::DescriptorBinding, 4> frameBindings = {{
        {SKINSIM_BINDING_FRAME, vk::DescriptorType::eUniformBuffer,
         Stage::eVertex | Stage::eFragment},
        {SKINSIM_BINDING_DIFFUSION, vk::DescriptorType::eCombinedImageSampler, Stage::eFragment},
        {SKINSIM_BINDING_HEAT, vk::DescriptorType::eCombinedImageSampler, Stage::eFragment},
        {SKINSIM_BINDING_ALBEDO, vk::DescriptorType::eCombinedImageSampler, Stage::eFragment},
    }};
    const std::array<gpu::DescriptorBinding, 3> surfaceBindings = {{
        {SKINSIM_BINDING_HEIGHT, vk::DescriptorType::eCombinedImageSampler, Stage::eVertex},
        {SKINSIM_BINDING_DETAIL, vk::DescriptorType::eCombinedImageSampler, Stage::eFragment},
        {SKINSIM_BINDING_PIGMENT, vk::DescriptorType::eCombinedImageSampler, Stage::eFragment},
    }};
    const std::array<gpu::DescriptorBinding, 1> faceBindings = {
        {{SKINSIM_BINDING_FACE_COLOUR, vk::DescriptorType::eCombinedImageSampler,
          Stage::eFragment}}};
    frameLayout_ = gpu::createSetLayout(context, frameBindings);
    surfaceLayout_ = gpu::createSetLayout(context, surfaceBindings);
    faceLayout_ = gpu::createSetLayout(context, faceBindings);
    // Sets 2 and 3 are surfaces of the same layout: the one the change heatmap compares with and
    // the skin around the patch on a face; set 4 is the face's own (its colour texture).
    const vk::DescriptorSetLayout sets[] = {*frameLayout_, *surfaceLayout_, *surfaceLayout_,
                                            *surfaceLayout_, *faceLayout_};
    const std::array<vk::PushConstantRange, 2> push = {
        vk::PushConstantRange(Stage::eVertex, 0, sizeof(shader::GridPush)),
        vk::PushConstantRange(Stage::eFragment, sizeof(shader::GridPush),
                              sizeof(shader::SurfacePush))};
    layout_ = gpu::createPipelineLayout(context, sets, push);

    // Look-up tables: the pre-integrated diffusion and the skin albedo (half floats) and the
    // heatmap colours (sRGB, so samples come back linear).
    lutSampler_ = gpu::createSampler(context, {.mipmaps = false});
    const DiffusionLut diffusion = buildDiffusionLut();
    std::vector<std::uint16_t> halfs(diffusion.rgba.size());
    std::transform(diffusion.rgba.begin(), diffusion.rgba.end(), halfs.begin(), toHalf);
    const auto usage = vk::ImageUsageFlagBits::eSampled | vk::ImageUsageFlagBits::eTransferDst;
    luts_.emplace_back(context,
                       gpu::ImageDesc{.extent = {static_cast<std::uint32_t>(diffusion.width),
                                                 static_cast<std::uint32_t>(diffusion.height)},
                                      .format = vk::Format::eR16G16B16A16Sfloat,
                                      .usage = usage});
    const std::array<std::span<const std::byte>, 1> diffusionLevel = {
        std::as_bytes(std::span(halfs))};
    gpu::uploadImage(context, runner, luts_[0], diffusionLevel);
    const auto heat = heatColourTable();
    luts_.emplace_back(context, gpu::ImageDesc{.extent = {kHeatTableWidth, 2},
                                               .format = vk::Format::eR8G8B8A8Srgb,
                                               .usage = usage});
    const std::array<std::span<const std::byte>, 1> heatLevel = {std::as_bytes(std::span(heat))};
    gpu::uploadImage(context, runner, luts_[1], heatLevel);
    const AlbedoLut albedo = buildAlbedoLut();
    std::vector<std::uint16_t> albedoHalfs(albedo.rgba.size());
    std::transform(albedo.rgba.begin(), albedo.rgba.end(), albedoHalfs.begin(), toHalf);
    const auto albedoSize = static_cast<std::uint32_t>(albedo.size);
    luts_.emplace_back(context, gpu::ImageDesc{.extent = {albedoSize, albedoSize},
                                               .format = vk::Format::eR16G16B16A16Sfloat,
                                               .usage = usage});
    const std::array<std::span<const std::byte>, 1> albedoLevel = {
        std::as_bytes(std::span(albedoHalfs))};
    gpu::uploadImage(context, runner, luts_[2], albedoLevel);

    faceSampler_ = gpu::createSampler(context, {.addressMode = vk::SamplerAddressMode::eRepeat});
    blankFaceTexture_ = std::make_unique<gpu::Image>(
        context,
        gpu::ImageDesc{.extent = {1, 1}, .format = vk::Format::eR8G8B8A8Srgb, .usage = usage});
    const std::array<std::uint8_t, 4> white = {255, 255, 255, 255};
    const std::array<std::span<const std::byte>, 1> whiteLevel = {std::as_bytes(std::span(white))};
    gpu::uploadImage(context, runner, *blankFaceTexture_, whiteLevel);
    blankFacePool_ = gpu::createDescriptorPool(context, faceBindings, 1);
    blankFaceSet_ = gpu::allocateSet(context, blankFacePool_, *faceLayout_);
    gpu::DescriptorWriter()
        .sampledImage(SKINSIM_BINDING_FACE_COLOUR, blankFaceTexture_->view(), *faceSampler_)
        .write(context, *blankFaceSet_);

    pool_ = gpu::createDescriptorPool(context, frameBindings, framesInFlight);
    for (std::uint32_t i = 0; i < framesInFlight; ++i) {
        uniformBuffers_.emplace_back(
            context, gpu::BufferDesc{.sizeBytes = sizeof(shader::FrameUniforms),
                                     .usage = vk::BufferUsageFlagBits::eUniformBuffer,
                                     .hostVisible = true});
        frameSets_.push_back(gpu::allocateSet(context, pool_, *frameLayout_));
        gpu::DescriptorWriter()
            .uniformBuffer(SKINSIM_BINDING_FRAME, uniformBuffers_.back().handle(),
                           sizeof(shader::FrameUniforms))
            .sampledImage(SKINSIM_BINDING_DIFFUSION, luts_[0].view(), *lutSampler_)
            .sampledImage(SKINSIM_BINDING_HEAT, luts_[1].view(), *lutSampler_)
            .sampledImage(SKINSIM_BINDING_ALBEDO, luts_[2].view(), *lutSampler_)
            .write(context, *frameSets_.back());
    }
}

vk::Pipeline ScenePass::pipelineFor(Mode mode, bool face, bool cullBack) {
    const auto key = std::make_tuple(mode, face, cullBack);
    if (auto it = pipelines_.find(key); it != pipelines_.end()) {
        return *it->second;
    }
    gpu::GraphicsPipelineDesc desc{
        .vertexShader = face ? "face.vert" : "patch.vert",
        .fragmentShader = "skin.frag",
        .layout = *layout_,
        .renderPass = *renderPass_,
        .depthTest = true,
        .fragmentConstants = {static_cast<std::int32_t>(mode),
                              face ? shader::kViewFace : shader::kViewPatch}};
    if (face) {
        desc.bindings = {vk::VertexInputBindingDescription(0, sizeof(FaceVertex))};
        desc.attributes = {vk::VertexInputAttributeDescription(0, 0, vk::Format::eR32G32B32Sfloat,
                                                               offsetof(FaceVertex, positionMm)),
                           vk::VertexInputAttributeDescription(1, 0, vk::Format::eR32G32B32Sfloat,
                                                               offsetof(FaceVertex, normal)),
                           vk::VertexInputAttributeDescription(2, 0,
                                                               vk::Format::eR32G32B32A32Sfloat,
                                                               offsetof(FaceVertex, features)),
                           vk::VertexInputAttributeDescription(3, 0, vk::Format::eR32G32Sfloat,
                                                               offsetof(FaceVertex, eyeMm)),
                           vk::VertexInputAttributeDescription(4, 0, vk::Format::eR32G32Sfloat,
                                                               offsetof(FaceVertex, uv))};
    }
    // Open face scans are seen from both sides (skin.frag flips back-face normals); a closed
    // head's back faces are hidden behind its front, and culling them halves the fragments a CPU
    // driver shades where the draw order puts them first.
    desc.cullMode = cullBack ? vk::CullModeFlagBits::eBack : vk::CullModeFlagBits::eNone;
    return *pipelines_.emplace(key, gpu::createGraphicsPipeline(*context_, desc)).first->second;
}

const gpu::Buffer& ScenePass::gridIndices(glm::uvec2 quads) {
    const auto key = std::make_pair(quads.x, quads.y);
    if (auto it = grids_.find(key); it != grids_.end()) {
        return it->second;
    }
    std::vector<std::uint32_t> indices;
    indices.reserve(std::size_t(quads.x) * quads.y * 6);
    const std::uint32_t columns = quads.x + 1;
    for (std::uint32_t y = 0; y < quads.y; ++y) {
        for (std::uint32_t x = 0; x < quads.x; ++x) {
            const std::uint32_t a = y * columns + x, b = a + 1, c = a + columns, d = c + 1;
            indices.insert(indices.end(), {a, c, b, b, c, d});
        }
    }
    return grids_
        .emplace(key, gpu::uploadBuffer(*context_, *runner_, vk::BufferUsageFlagBits::eIndexBuffer,
                                        std::as_bytes(std::span(indices))))
        .first->second;
}

void ScenePass::record(vk::CommandBuffer cmd, FrameTargets& targets, std::uint32_t slot, Mode mode,
                       const shader::FrameUniforms& uniforms, const std::vector<SurfaceDraw>& draws,
                       const GpuFace* face, const GpuSurface* surround, glm::uvec2 gridQuads) {
    uniformBuffers_[slot].writeObject(uniforms);
    const vk::Pipeline pipeline =
        pipelineFor(mode, face != nullptr, face != nullptr && face->closed());
    const gpu::Buffer* grid = face == nullptr ? &gridIndices(gridQuads) : nullptr;

    const std::array<vk::ClearValue, 2> clears = {vk::ClearColorValue(kBackground),
                                                  vk::ClearDepthStencilValue(1.0f, 0)};
    cmd.beginRenderPass(vk::RenderPassBeginInfo(*renderPass_, targets.sceneFramebuffer(),
                                                vk::Rect2D({0, 0}, targets.extent()), clears),
                        vk::SubpassContents::eInline);
    cmd.bindPipeline(vk::PipelineBindPoint::eGraphics, pipeline);
    const shader::GridPush push{glm::vec4(gridQuads.x, gridQuads.y, 0.0f, 0.0f)};
    cmd.pushConstants(*layout_, vk::ShaderStageFlagBits::eVertex, 0, sizeof push, &push);
    if (face != nullptr) {
        cmd.bindVertexBuffers(0, face->vertices(), vk::DeviceSize{0});
        cmd.bindIndexBuffer(face->indices(), 0, vk::IndexType::eUint32);
    } else {
        cmd.bindIndexBuffer(grid->handle(), 0, vk::IndexType::eUint32);
    }
    for (const auto& draw : draws) {
        cmd.setViewport(0, draw.viewport);
        cmd.setScissor(0, draw.scissor);
        const GpuSurface* reference = draw.reference != nullptr ? draw.reference : draw.surface;
        const GpuSurface* around = surround != nullptr ? surround : draw.surface;
        const vk::DescriptorSet sets[] = {*frameSets_[slot], draw.surface->sceneSet(),
                                          reference->sceneSet(), around->sceneSet(),
                                          face != nullptr ? face->set() : *blankFaceSet_};
        cmd.bindDescriptorSets(vk::PipelineBindPoint::eGraphics, *layout_, 0, sets, {});
        const shader::SurfacePush look = draw.surface->surfacePush();
        cmd.pushConstants(*layout_, vk::ShaderStageFlagBits::eFragment, sizeof(shader::GridPush),
                          sizeof look, &look);
        cmd.drawIndexed(face != nullptr ? face->indexCount() : gridQuads.x * gridQuads.y * 6, 1, 0,
                        0, 0);
    }
    cmd.endRenderPass();
    targets.hdr().assumeLayout(vk::ImageLayout::eShaderReadOnlyOptimal);
}

} // namespace skinsim::render

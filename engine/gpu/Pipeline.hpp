#pragma once
// Pipelines from the SPIR-V embedded at build time (ShaderLibrary.hpp), described by plain
// structs with designated initialisers (STYLE.md 11). Viewport and scissor are always dynamic so a
// pipeline serves any target size and the side-by-side and split layouts.

#include "gpu/Context.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace skinsim::gpu {

/// A shader module from the embedded SPIR-V; throws GpuError if the build has no such shader.
vk::raii::ShaderModule loadShader(const Context& context, std::string_view name);

vk::raii::PipelineLayout
createPipelineLayout(const Context& context, std::span<const vk::DescriptorSetLayout> sets,
                     std::span<const vk::PushConstantRange> pushConstants = {});

struct GraphicsPipelineDesc {
    std::string_view vertexShader;   ///< e.g. "patch.vert"
    std::string_view fragmentShader; ///< e.g. "skin.frag"
    vk::PipelineLayout layout{};
    vk::RenderPass renderPass{};
    /// Vertex buffers; empty when the vertex shader makes its vertices from gl_VertexIndex.
    std::vector<vk::VertexInputBindingDescription> bindings{};
    std::vector<vk::VertexInputAttributeDescription> attributes{};
    vk::CullModeFlags cullMode = vk::CullModeFlagBits::eNone;
    bool depthTest = false; ///< test and write depth (less)
    /// The fragment shader's specialisation constants: constant_id i gets value i (32-bit ints).
    std::vector<std::int32_t> fragmentConstants{};
    std::uint32_t colourAttachments = 1;
};

vk::raii::Pipeline createGraphicsPipeline(const Context& context, const GraphicsPipelineDesc& desc);

vk::raii::Pipeline createComputePipeline(const Context& context, std::string_view shader,
                                         vk::PipelineLayout layout);

} // namespace skinsim::gpu

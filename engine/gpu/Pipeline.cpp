#include "gpu/Pipeline.hpp"

#include "gpu/ShaderLibrary.hpp"
#include "gpu/VulkanCheck.hpp"

#include <string>

namespace skinsim::gpu {

vk::raii::ShaderModule loadShader(const Context& context, std::string_view name) {
    const auto spirv = shaderSpirv(name);
    if (spirv.empty()) {
        throw GpuError("no embedded shader named " + std::string(name));
    }
    return vk::raii::ShaderModule(context.device(),
                                  vk::ShaderModuleCreateInfo({}, spirv.size_bytes(), spirv.data()));
}

vk::raii::PipelineLayout
createPipelineLayout(const Context& context, std::span<const vk::DescriptorSetLayout> sets,
                     std::span<const vk::PushConstantRange> pushConstants) {
    return vk::raii::PipelineLayout(context.device(),
                                    vk::PipelineLayoutCreateInfo({}, sets, pushConstants));
}

vk::raii::Pipeline createGraphicsPipeline(const Context& context,
                                          const GraphicsPipelineDesc& desc) {
    const auto vertex = loadShader(context, desc.vertexShader);
    const auto fragment = loadShader(context, desc.fragmentShader);
    std::vector<vk::SpecializationMapEntry> entries;
    for (std::uint32_t i = 0; i < desc.fragmentConstants.size(); ++i) {
        entries.emplace_back(i, i * sizeof(std::int32_t), sizeof(std::int32_t));
    }
    const vk::SpecializationInfo specialisation(
        entries, vk::ArrayProxyNoTemporaries<const std::int32_t>(desc.fragmentConstants));
    const std::array stages = {
        vk::PipelineShaderStageCreateInfo({}, vk::ShaderStageFlagBits::eVertex, *vertex, "main"),
        vk::PipelineShaderStageCreateInfo({}, vk::ShaderStageFlagBits::eFragment, *fragment, "main",
                                          entries.empty() ? nullptr : &specialisation),
    };
    const vk::PipelineVertexInputStateCreateInfo vertexInput({}, desc.bindings, desc.attributes);
    const vk::PipelineInputAssemblyStateCreateInfo assembly({},
                                                            vk::PrimitiveTopology::eTriangleList);
    const vk::PipelineViewportStateCreateInfo viewport({}, 1, nullptr, 1, nullptr);
    vk::PipelineRasterizationStateCreateInfo raster({}, VK_FALSE, VK_FALSE, vk::PolygonMode::eFill,
                                                    desc.cullMode,
                                                    vk::FrontFace::eCounterClockwise);
    raster.lineWidth = 1.0f;
    const vk::PipelineMultisampleStateCreateInfo multisample({}, vk::SampleCountFlagBits::e1);
    const vk::PipelineDepthStencilStateCreateInfo depth({}, desc.depthTest, desc.depthTest,
                                                        vk::CompareOp::eLess);
    std::vector<vk::PipelineColorBlendAttachmentState> blends(
        desc.colourAttachments,
        vk::PipelineColorBlendAttachmentState(VK_FALSE).setColorWriteMask(
            vk::ColorComponentFlagBits::eR | vk::ColorComponentFlagBits::eG |
            vk::ColorComponentFlagBits::eB | vk::ColorComponentFlagBits::eA));
    const vk::PipelineColorBlendStateCreateInfo blend({}, VK_FALSE, vk::LogicOp::eCopy, blends);
    const std::array dynamicStates = {vk::DynamicState::eViewport, vk::DynamicState::eScissor};
    const vk::PipelineDynamicStateCreateInfo dynamic({}, dynamicStates);
    const vk::GraphicsPipelineCreateInfo info({}, stages, &vertexInput, &assembly, nullptr,
                                              &viewport, &raster, &multisample, &depth, &blend,
                                              &dynamic, desc.layout, desc.renderPass, 0);
    return vk::raii::Pipeline(context.device(), nullptr, info);
}

vk::raii::Pipeline createComputePipeline(const Context& context, std::string_view shader,
                                         vk::PipelineLayout layout) {
    const auto module = loadShader(context, shader);
    const vk::ComputePipelineCreateInfo info(
        {},
        vk::PipelineShaderStageCreateInfo({}, vk::ShaderStageFlagBits::eCompute, *module, "main"),
        layout);
    return vk::raii::Pipeline(context.device(), nullptr, info);
}

} // namespace skinsim::gpu

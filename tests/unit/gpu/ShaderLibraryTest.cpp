// The shaders compiled at build time are embedded and are valid SPIR-V that a real Vulkan driver
// accepts (lavapipe in CI), with the validation layer watching.

#include "gpu/ShaderLibrary.hpp"

#include <gtest/gtest.h>
#include <string>
#include <vector>
#include <vulkan/vulkan_raii.hpp>

using skinsim::gpu::embeddedShaders;
using skinsim::gpu::shaderSpirv;

TEST(ShaderLibrary, EmbedsEveryShaderOfTheBuildAsSpirv) {
    ASSERT_FALSE(shaderSpirv("fullscreen.vert").empty());
    ASSERT_FALSE(shaderSpirv("solid.frag").empty());
    EXPECT_TRUE(shaderSpirv("no-such-shader.frag").empty());
    for (const auto& shader : embeddedShaders()) {
        ASSERT_GE(shader.spirv.size(), 5u) << shader.name;
        EXPECT_EQ(shader.spirv[0], 0x07230203u) << shader.name << ": SPIR-V magic number";
    }
}

namespace {
VKAPI_ATTR VkBool32 VKAPI_CALL countMessages(VkDebugUtilsMessageSeverityFlagBitsEXT severity,
                                             VkDebugUtilsMessageTypeFlagsEXT,
                                             const VkDebugUtilsMessengerCallbackDataEXT* data,
                                             void* user) {
    if (severity >= VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT) {
        static_cast<std::vector<std::string>*>(user)->push_back(data->pMessage);
    }
    return VK_FALSE;
}
} // namespace

TEST(ShaderLibrary, DriverAcceptsEveryShaderWithoutValidationMessages) {
    vk::raii::Context context;
    const char* layer = "VK_LAYER_KHRONOS_validation";
    bool haveLayer = false;
    for (const auto& l : context.enumerateInstanceLayerProperties()) {
        haveLayer = haveLayer || std::string(l.layerName.data()) == layer;
    }
    ASSERT_TRUE(haveLayer) << "vulkan-validationlayers must be installed (tools/deps.sh)";

    std::vector<std::string> messages;
    vk::ApplicationInfo app("skinsim-tests", 1, "skinsim", 1, VK_API_VERSION_1_2);
    const char* extensions[] = {VK_EXT_DEBUG_UTILS_EXTENSION_NAME};
    vk::raii::Instance instance(context, vk::InstanceCreateInfo({}, &app, layer, extensions));
    vk::raii::DebugUtilsMessengerEXT messenger(
        instance, vk::DebugUtilsMessengerCreateInfoEXT(
                      {},
                      vk::DebugUtilsMessageSeverityFlagBitsEXT::eWarning |
                          vk::DebugUtilsMessageSeverityFlagBitsEXT::eError,
                      vk::DebugUtilsMessageTypeFlagBitsEXT::eGeneral |
                          vk::DebugUtilsMessageTypeFlagBitsEXT::eValidation,
                      &countMessages, &messages));
    vk::raii::PhysicalDevices physicalDevices(instance);
    ASSERT_FALSE(physicalDevices.empty()) << "no Vulkan device (install mesa-vulkan-drivers)";
    auto& physical = physicalDevices.front();
    const float priority = 1.0f;
    vk::DeviceQueueCreateInfo queue({}, 0, 1, &priority);
    vk::raii::Device device(physical, vk::DeviceCreateInfo({}, queue));
    for (const auto& shader : embeddedShaders()) {
        vk::raii::ShaderModule module(device, vk::ShaderModuleCreateInfo({}, shader.spirv));
        EXPECT_NE(*module, vk::ShaderModule{}) << shader.name;
    }
    EXPECT_TRUE(messages.empty()) << messages.front();
}

#pragma once
// Programmer errors in Vulkan calls (a wrong usage flag, an exhausted pool, a lost device) are
// caught where they happen, with the file, the line and the result's name, in every build type
// (STYLE.md 8). They throw GpuError, which the render boundary turns into an Error::failure (exit
// code 1). Expected results (VK_SUBOPTIMAL_KHR, timeouts) are handled by the caller instead.

#include <stdexcept>
#include <string>
#include <vulkan/vulkan.hpp>

namespace skinsim::gpu {

/// A Vulkan call failed in a way the program did not expect.
class GpuError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

[[noreturn]] void throwVulkanFailure(vk::Result result, const char* expression, const char* file,
                                     int line);

} // namespace skinsim::gpu

/// Checks a VkResult or vk::Result; anything but success throws GpuError naming the call.
#define SKINSIM_VK_CHECK(expression)                                                               \
    do {                                                                                           \
        const auto skinsimVkResult_ = static_cast<vk::Result>(expression);                         \
        if (skinsimVkResult_ != vk::Result::eSuccess) {                                            \
            ::skinsim::gpu::throwVulkanFailure(skinsimVkResult_, #expression, __FILE__, __LINE__); \
        }                                                                                          \
    } while (false)

#pragma once
// The Vulkan instance, the chosen device and its queue: what every other GPU piece is made from.
// One Context per renderer user (the CLI, a test, the studio); no global state, so two can live
// in one process. Creation is the library boundary where "no Vulkan" becomes a message a user can
// act on (Error::failure, exit code 1); after that, Vulkan failures are programmer errors.

#include "core/Result.hpp"
#include "gpu/ValidationLog.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>
#include <vulkan/vulkan_raii.hpp>

namespace skinsim::gpu {

/// Vulkan 1.2: render passes, no 1.3 features, so older drivers and lavapipe 22 run it.
inline constexpr std::uint32_t kVulkanApiVersion = VK_API_VERSION_1_2;

/// Validation is on in debug builds; SKINSIM_VULKAN_VALIDATION=1 or 0 overrides either way.
bool validationRequestedByDefault();

struct ContextConfig {
    /// Shown to drivers and tools (RenderDoc, validation messages).
    std::string applicationName = "skinsim";
    /// Turn on VK_LAYER_KHRONOS_validation and route its messages to `log`. When the layer is not
    /// installed the context still opens, says so once in the log, and validationActive() is false.
    bool validation = validationRequestedByDefault();
    /// Where validation and driver messages go; nullptr: a log writing to stderr.
    std::shared_ptr<ValidationLog> log{};
    /// Extra instance extensions, e.g. the surface extensions a window needs (studio).
    std::vector<std::string> instanceExtensions{};
    /// Extra device extensions, e.g. VK_KHR_swapchain (studio).
    std::vector<std::string> deviceExtensions{};
    /// When set, only queue families for which this returns true qualify.
    std::function<bool(const vk::raii::PhysicalDevice&, std::uint32_t family)> queueFamilyFilter{};
    /// A window (studio): makes the window's surface once the instance exists (e.g. with
    /// glfwCreateWindowSurface). The context then owns the surface, picks a queue that can present
    /// to it and enables VK_KHR_swapchain. `instanceExtensions` must hold the surface extensions.
    std::function<VkSurfaceKHR(VkInstance)> createSurface{};
    /// Only devices whose name contains this (case-insensitive); empty: $SKINSIM_GPU, else any.
    std::string deviceName{};
};

class Context {
  public:
    /// Opens Vulkan and the best device (discrete > integrated > CPU). Failure: no loader, no
    /// device, or no device with what the config needs; the message says which and what to install.
    static Result<std::unique_ptr<Context>> create(const ContextConfig& config = {});

    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
    ~Context();

    const vk::raii::Instance& instance() const { return instance_; }
    const vk::raii::PhysicalDevice& physicalDevice() const { return physicalDevice_; }
    const vk::raii::Device& device() const { return device_; }
    const vk::raii::Queue& queue() const { return queue_; }
    /// The window's surface (config.createSurface), or a null handle when headless.
    vk::SurfaceKHR surface() const { return *surface_; }
    std::uint32_t queueFamily() const { return queueFamily_; }

    std::string deviceName() const;
    vk::PhysicalDeviceType deviceType() const;
    bool validationActive() const { return validationActive_; }
    ValidationLog& log() const { return *log_; }

    /// A memory type index allowed by `typeBits` with `required` properties; the first one with
    /// `preferred` as well if there is one. Throws GpuError when none fits (a programmer error).
    std::uint32_t memoryType(std::uint32_t typeBits, vk::MemoryPropertyFlags required,
                             vk::MemoryPropertyFlags preferred = {}) const;
    /// Whether `format` supports `features` with optimal tiling.
    bool supportsFormat(vk::Format format, vk::FormatFeatureFlags features) const;

  private:
    Context() = default;

    // Declaration order is destruction order in reverse: the device goes before the instance.
    std::shared_ptr<ValidationLog> log_;
    vk::raii::Context loader_{};
    vk::raii::Instance instance_{nullptr};
    vk::raii::DebugUtilsMessengerEXT messenger_{nullptr};
    vk::raii::SurfaceKHR surface_{nullptr};
    vk::raii::PhysicalDevice physicalDevice_{nullptr};
    vk::raii::Device device_{nullptr};
    vk::raii::Queue queue_{nullptr};
    std::uint32_t queueFamily_ = 0;
    bool validationActive_ = false;
    vk::PhysicalDeviceMemoryProperties memory_{};
};

} // namespace skinsim::gpu

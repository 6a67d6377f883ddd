#include "gpu/Context.hpp"

#include "gpu/DeviceChoice.hpp"
#include "gpu/VulkanCheck.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace skinsim::gpu {

namespace {

constexpr const char* kValidationLayer = "VK_LAYER_KHRONOS_validation";

VKAPI_ATTR VkBool32 VKAPI_CALL onDebugMessage(VkDebugUtilsMessageSeverityFlagBitsEXT severity,
                                              VkDebugUtilsMessageTypeFlagsEXT,
                                              const VkDebugUtilsMessengerCallbackDataEXT* data,
                                              void* user) {
    auto* log = static_cast<ValidationLog*>(user);
    const MessageSeverity s =
        severity >= VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT     ? MessageSeverity::Error
        : severity >= VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT ? MessageSeverity::Warning
                                                                      : MessageSeverity::Info;
    log->report(s, data->pMessage != nullptr ? data->pMessage : "(no message)");
    return VK_FALSE; // never abort the call that triggered the message
}

bool hasLayer(const vk::raii::Context& loader, const char* name) {
    const auto layers = loader.enumerateInstanceLayerProperties();
    return std::any_of(layers.begin(), layers.end(),
                       [&](const auto& l) { return std::string_view(l.layerName.data()) == name; });
}

bool hasExtensions(const vk::raii::PhysicalDevice& device, const std::vector<std::string>& wanted) {
    std::set<std::string> available;
    for (const auto& e : device.enumerateDeviceExtensionProperties()) {
        available.insert(e.extensionName.data());
    }
    return std::all_of(wanted.begin(), wanted.end(),
                       [&](const auto& w) { return available.count(w) > 0; });
}

/// A queue family with graphics and compute (and presentation, when asked): the one queue the
/// renderer uses for everything, so no ownership transfers are needed.
std::optional<std::uint32_t> pickQueueFamily(const vk::raii::PhysicalDevice& device,
                                             const ContextConfig& config) {
    const auto families = device.getQueueFamilyProperties();
    for (std::uint32_t i = 0; i < families.size(); ++i) {
        const auto flags = families[i].queueFlags;
        if (!(flags & vk::QueueFlagBits::eGraphics) || !(flags & vk::QueueFlagBits::eCompute)) {
            continue;
        }
        if (config.queueFamilyFilter && !config.queueFamilyFilter(device, i)) {
            continue;
        }
        return i;
    }
    return std::nullopt;
}

} // namespace

bool validationRequestedByDefault() {
    if (const char* env = std::getenv("SKINSIM_VULKAN_VALIDATION");
        env != nullptr && *env != '\0') {
        return std::string_view(env) != "0";
    }
#ifdef NDEBUG
    return false;
#else
    return true;
#endif
}

Context::~Context() = default;

Result<std::unique_ptr<Context>> Context::create(const ContextConfig& config) {
    std::unique_ptr<Context> ctx(new Context());
    ctx->log_ = config.log ? config.log : std::make_shared<ValidationLog>();
    try {
        ctx->loader_ = vk::raii::Context();
    } catch (const std::exception& e) {
        return Error::failure(std::string("no Vulkan loader (install libvulkan1 and a driver, e.g. "
                                          "mesa-vulkan-drivers): ") +
                              e.what());
    }
    try {
        std::vector<const char*> layers;
        std::vector<const char*> extensions;
        for (const auto& e : config.instanceExtensions) {
            extensions.push_back(e.c_str());
        }
        if (config.validation) {
            if (hasLayer(ctx->loader_, kValidationLayer)) {
                layers.push_back(kValidationLayer);
                extensions.push_back(VK_EXT_DEBUG_UTILS_EXTENSION_NAME);
                ctx->validationActive_ = true;
            } else {
                ctx->log_->report(MessageSeverity::Info,
                                  "validation requested but VK_LAYER_KHRONOS_validation is not "
                                  "installed (vulkan-validationlayers); running without it");
            }
        }
        const vk::ApplicationInfo app(config.applicationName.c_str(), 1, "skinsim", 1,
                                      kVulkanApiVersion);
        const vk::DebugUtilsMessengerCreateInfoEXT messengerInfo(
            {},
            vk::DebugUtilsMessageSeverityFlagBitsEXT::eWarning |
                vk::DebugUtilsMessageSeverityFlagBitsEXT::eError,
            vk::DebugUtilsMessageTypeFlagBitsEXT::eGeneral |
                vk::DebugUtilsMessageTypeFlagBitsEXT::eValidation |
                vk::DebugUtilsMessageTypeFlagBitsEXT::ePerformance,
            &onDebugMessage, ctx->log_.get());
        vk::InstanceCreateInfo instanceInfo({}, &app, layers, extensions);
        // Chained so that instance creation and destruction themselves are validated too.
        if (ctx->validationActive_) {
            instanceInfo.pNext = &messengerInfo;
        }
        try {
            ctx->instance_ = vk::raii::Instance(ctx->loader_, instanceInfo);
        } catch (const vk::IncompatibleDriverError&) {
            return Error::failure(
                "no Vulkan device: no Vulkan driver is installed (install a GPU driver, or "
                "Mesa's CPU driver lavapipe: Debian package mesa-vulkan-drivers)");
        }
        if (ctx->validationActive_) {
            ctx->messenger_ = vk::raii::DebugUtilsMessengerEXT(ctx->instance_, messengerInfo);
        }
        ContextConfig needs = config;
        if (config.createSurface) {
            const VkSurfaceKHR raw = config.createSurface(*ctx->instance_);
            if (raw == VK_NULL_HANDLE) {
                return Error::failure("cannot create a Vulkan surface for the window");
            }
            ctx->surface_ = vk::raii::SurfaceKHR(ctx->instance_, raw);
            const vk::SurfaceKHR surface = *ctx->surface_;
            needs.deviceExtensions.push_back(VK_KHR_SWAPCHAIN_EXTENSION_NAME);
            needs.queueFamilyFilter = [surface, filter = config.queueFamilyFilter](
                                          const vk::raii::PhysicalDevice& d, std::uint32_t family) {
                return d.getSurfaceSupportKHR(family, surface) && (!filter || filter(d, family));
            };
        }

        vk::raii::PhysicalDevices devices(ctx->instance_);
        if (devices.empty()) {
            return Error::failure("no Vulkan device: install a GPU driver, or Mesa's CPU driver "
                                  "lavapipe (Debian: mesa-vulkan-drivers)");
        }
        std::vector<DeviceCandidate> candidates;
        std::vector<std::uint32_t> families;
        for (const auto& device : devices) {
            const auto props = device.getProperties();
            const auto family = pickQueueFamily(device, needs);
            candidates.push_back(
                {props.deviceName.data(), props.deviceType, props.apiVersion,
                 family.has_value() && hasExtensions(device, needs.deviceExtensions)});
            families.push_back(family.value_or(0));
        }
        std::string filter = config.deviceName;
        if (const char* env = std::getenv("SKINSIM_GPU"); filter.empty() && env != nullptr) {
            filter = env;
        }
        const auto chosen = chooseDevice(candidates, kVulkanApiVersion, filter);
        if (!chosen) {
            std::string names;
            for (const auto& c : candidates) {
                names += (names.empty() ? "" : ", ") + c.name;
            }
            return Error::failure(
                "no usable Vulkan 1.2 device" +
                (filter.empty() ? std::string() : " named like '" + filter + "'") +
                " among: " + names);
        }
        ctx->physicalDevice_ = std::move(devices[*chosen]);
        ctx->queueFamily_ = families[*chosen];
        ctx->memory_ = ctx->physicalDevice_.getMemoryProperties();

        const float priority = 1.0f;
        const vk::DeviceQueueCreateInfo queueInfo({}, ctx->queueFamily_, 1, &priority);
        std::vector<const char*> deviceExtensions;
        for (const auto& e : needs.deviceExtensions) {
            deviceExtensions.push_back(e.c_str());
        }
        ctx->device_ = vk::raii::Device(ctx->physicalDevice_,
                                        vk::DeviceCreateInfo({}, queueInfo, {}, deviceExtensions));
        ctx->queue_ = vk::raii::Queue(ctx->device_, ctx->queueFamily_, 0);
    } catch (const std::exception& e) {
        return Error::failure(std::string("cannot open a Vulkan device: ") + e.what());
    }
    return ctx;
}

std::string Context::deviceName() const {
    return physicalDevice_.getProperties().deviceName.data();
}

vk::PhysicalDeviceType Context::deviceType() const {
    return physicalDevice_.getProperties().deviceType;
}

std::uint32_t Context::memoryType(std::uint32_t typeBits, vk::MemoryPropertyFlags required,
                                  vk::MemoryPropertyFlags preferred) const {
    std::optional<std::uint32_t> fallback;
    for (std::uint32_t i = 0; i < memory_.memoryTypeCount; ++i) {
        const auto flags = memory_.memoryTypes[i].propertyFlags;
        if (!(typeBits & (1u << i)) || (flags & required) != required) {
            continue;
        }
        if ((flags & preferred) == preferred) {
            return i;
        }
        if (!fallback) {
            fallback = i;
        }
    }
    if (!fallback) {
        throw GpuError("no Vulkan memory type with " + vk::to_string(required));
    }
    return *fallback;
}

bool Context::supportsFormat(vk::Format format, vk::FormatFeatureFlags features) const {
    return (physicalDevice_.getFormatProperties(format).optimalTilingFeatures & features) ==
           features;
}

} // namespace skinsim::gpu

#pragma once
// Which Vulkan device to use: a discrete GPU before an integrated one before a CPU
// implementation (lavapipe), so the same binary uses an H100 where there is one and still runs on
// a laptop with no GPU. Pure logic over a description of each device, so it is tested without
// any device.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vulkan/vulkan.hpp>

namespace skinsim::gpu {

struct DeviceCandidate {
    std::string name;
    vk::PhysicalDeviceType type = vk::PhysicalDeviceType::eOther;
    std::uint32_t apiVersion = 0;
    /// Has a graphics+compute queue family (and can present, when a window asks for that) and
    /// every extension the caller requires.
    bool usable = false;
};

/// Higher is preferred: discrete 4, integrated 3, virtual 2, CPU 1, other 0.
int deviceTypeRank(vk::PhysicalDeviceType type);

/// The best usable candidate with Vulkan >= minApiVersion; when `nameFilter` is not empty only
/// devices whose name contains it (case-insensitive) qualify. Ties keep enumeration order.
std::optional<std::size_t> chooseDevice(std::span<const DeviceCandidate> candidates,
                                        std::uint32_t minApiVersion,
                                        std::string_view nameFilter = {});

} // namespace skinsim::gpu

#include "gpu/DeviceChoice.hpp"

#include <algorithm>
#include <cctype>

namespace skinsim::gpu {

int deviceTypeRank(vk::PhysicalDeviceType type) {
    switch (type) {
    case vk::PhysicalDeviceType::eDiscreteGpu:
        return 4;
    case vk::PhysicalDeviceType::eIntegratedGpu:
        return 3;
    case vk::PhysicalDeviceType::eVirtualGpu:
        return 2;
    case vk::PhysicalDeviceType::eCpu:
        return 1;
    default:
        return 0;
    }
}

namespace {
bool containsIgnoringCase(std::string_view text, std::string_view part) {
    const auto it =
        std::search(text.begin(), text.end(), part.begin(), part.end(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) ==
                   std::tolower(static_cast<unsigned char>(b));
        });
    return it != text.end();
}
} // namespace

std::optional<std::size_t> chooseDevice(std::span<const DeviceCandidate> candidates,
                                        std::uint32_t minApiVersion, std::string_view nameFilter) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const auto& c = candidates[i];
        if (!c.usable || c.apiVersion < minApiVersion) {
            continue;
        }
        if (!nameFilter.empty() && !containsIgnoringCase(c.name, nameFilter)) {
            continue;
        }
        if (!best || deviceTypeRank(c.type) > deviceTypeRank(candidates[*best].type)) {
            best = i;
        }
    }
    return best;
}

} // namespace skinsim::gpu

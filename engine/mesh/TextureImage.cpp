#include "mesh/TextureImage.hpp"

#include "core/AtomicFile.hpp"
#include "core/Limits.hpp"

#include <cstring>
#include <limits>
#include <memory>
#include <stb_image.h>
#include <vector>

namespace skinsim::mesh {

Result<Image8> decodeTextureImage(std::span<const std::uint8_t> bytes, const std::string& origin) {
    if (bytes.empty() || bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        return Error::badInput(origin + ": the texture is empty or too large to read");
    }
    const int length = static_cast<int>(bytes.size());
    int width = 0, height = 0, channels = 0;
    // The header first: an oversized texture is refused before gigabytes are allocated.
    if (stbi_info_from_memory(bytes.data(), length, &width, &height, &channels) == 0) {
        return Error::badInput(origin + ": the texture cannot be decoded (" +
                               stbi_failure_reason() + "); use PNG or JPEG");
    }
    if (width > kMaxTextureSidePx || height > kMaxTextureSidePx) {
        return Error::badInput(origin + ": the texture is " + std::to_string(width) + " x " +
                               std::to_string(height) + " px; at most " +
                               std::to_string(kMaxTextureSidePx) + " px a side is supported");
    }
    const std::unique_ptr<stbi_uc, decltype(&stbi_image_free)> decoded(
        stbi_load_from_memory(bytes.data(), length, &width, &height, &channels, 4),
        &stbi_image_free);
    if (decoded == nullptr) {
        return Error::badInput(origin + ": the texture cannot be decoded (" +
                               stbi_failure_reason() + ")");
    }
    Image8 image(width, height, 4);
    std::memcpy(image.pixels.data(), decoded.get(), image.pixels.size());
    return image;
}

Result<Image8> readTextureImage(const std::filesystem::path& path) {
    auto text = readFile(path, kMaxTextureFileBytes);
    if (!text) {
        return text.error();
    }
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.value().data());
    return decodeTextureImage(std::span(bytes, text.value().size()), path.string());
}

} // namespace skinsim::mesh

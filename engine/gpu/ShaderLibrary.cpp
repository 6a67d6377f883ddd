#include "gpu/ShaderLibrary.hpp"

namespace skinsim::gpu {

std::span<const std::uint32_t> shaderSpirv(std::string_view name) {
    for (const auto& shader : embeddedShaders()) {
        if (shader.name == name) {
            return shader.spirv;
        }
    }
    return {};
}

} // namespace skinsim::gpu

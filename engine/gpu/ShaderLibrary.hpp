#pragma once
// The SPIR-V compiled from shaders/ at build time, embedded in the executable (no shader files to
// find at run time). Names are the GLSL file names: "fullscreen.vert", "solid.frag".

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace skinsim::gpu {

struct EmbeddedShader {
    std::string_view name;
    std::span<const std::uint32_t> spirv;
};

/// Every shader of the build (generated source).
const std::vector<EmbeddedShader>& embeddedShaders();

/// The SPIR-V of one shader; empty if there is none by that name.
std::span<const std::uint32_t> shaderSpirv(std::string_view name);

} // namespace skinsim::gpu

#include "render/GpuFace.hpp"

#include "gpu/Transfer.hpp"

#include <vector>

namespace skinsim::render {

namespace {
std::vector<FaceVertex> interleave(const mesh::TriangleMesh& mesh) {
    std::vector<FaceVertex> out(mesh.positions.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] = {mesh.positions[i], mesh.normals[i]};
    }
    return out;
}
} // namespace

GpuFace::GpuFace(const gpu::Context& context, gpu::CommandRunner& runner,
                 const mesh::TriangleMesh& mesh, const mesh::PatchPlacement& placement)
    : context_(&context),
      vertices_(gpu::uploadBuffer(context, runner, vk::BufferUsageFlagBits::eVertexBuffer,
                                  std::as_bytes(std::span<const FaceVertex>(interleave(mesh))))),
      indices_(gpu::uploadBuffer(context, runner, vk::BufferUsageFlagBits::eIndexBuffer,
                                 std::as_bytes(std::span(mesh.indices)))),
      indexCount_(static_cast<std::uint32_t>(mesh.indices.size())), placement_(placement),
      headCentre_(mesh::boundsOf(mesh).centre()) {}

GpuFace::~GpuFace() {
    context_->device().waitIdle();
}

} // namespace skinsim::render

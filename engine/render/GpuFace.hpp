#pragma once
// A face mesh on the GPU, with where the patch sits on it. Made by Renderer::uploadFace.

#include "gpu/Buffer.hpp"
#include "gpu/Commands.hpp"
#include "mesh/PatchPlacement.hpp"

namespace skinsim::render {

/// Vertex layout of face.vert: position (mm) and normal.
struct FaceVertex {
    glm::vec3 positionMm;
    glm::vec3 normal;
};
static_assert(sizeof(FaceVertex) == 24);

class GpuFace {
  public:
    GpuFace(const gpu::Context& context, gpu::CommandRunner& runner, const mesh::TriangleMesh& mesh,
            const mesh::PatchPlacement& placement);

    vk::Buffer vertices() const { return vertices_.handle(); }
    vk::Buffer indices() const { return indices_.handle(); }
    std::uint32_t indexCount() const { return indexCount_; }
    const mesh::PatchPlacement& placement() const { return placement_; }
    glm::vec3 headCentreMm() const { return headCentre_; }

  private:
    gpu::Buffer vertices_;
    gpu::Buffer indices_;
    std::uint32_t indexCount_;
    mesh::PatchPlacement placement_;
    glm::vec3 headCentre_;
};

} // namespace skinsim::render

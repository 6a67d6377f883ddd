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
    /// Waits until the GPU is idle (frames in flight may still draw the mesh).
    ~GpuFace();
    GpuFace(const GpuFace&) = delete;
    GpuFace& operator=(const GpuFace&) = delete;

    vk::Buffer vertices() const { return vertices_.handle(); }
    vk::Buffer indices() const { return indices_.handle(); }
    std::uint32_t indexCount() const { return indexCount_; }
    const mesh::PatchPlacement& placement() const { return placement_; }
    glm::vec3 headCentreMm() const { return headCentre_; }

  private:
    const gpu::Context* context_;
    gpu::Buffer vertices_;
    gpu::Buffer indices_;
    std::uint32_t indexCount_;
    mesh::PatchPlacement placement_;
    glm::vec3 headCentre_;
};

} // namespace skinsim::render

#pragma once
// A face mesh on the GPU, with where the patch sits on it: its vertices (position, normal, what
// each vertex is, its eye coordinates and UVs), its base-colour texture (a scan's; 1x1 white
// when it has none) and the descriptor set binding it. Made by Renderer::uploadFace.

#include "gpu/Buffer.hpp"
#include "gpu/Commands.hpp"
#include "gpu/Image.hpp"
#include "mesh/PatchPlacement.hpp"

namespace skinsim::render {

/// Vertex layout of face.vert.
struct FaceVertex {
    glm::vec3 positionMm;
    glm::vec3 normal;
    glm::vec4 features; ///< x eye, y lip vermilion, z eyebrow (TriangleMesh::features)
    glm::vec2 eyeMm;    ///< mm from the iris centre (TriangleMesh::eyeMm)
    glm::vec2 uv;       ///< base-colour texture coordinate, v up
};
static_assert(sizeof(FaceVertex) == 56);

/// Builds the vertex array (what GpuFace uploads): features and eye coordinates zero when the
/// mesh has none, v flipped to the texture's top-row-first layout.
std::vector<FaceVertex> faceVertices(const mesh::TriangleMesh& mesh);

/// The mean linear-RGB base colour of the mesh's texture over the vertices within `radiusMm` of
/// `centreMm` (the skin a patch there must match), or nullopt without a texture.
std::optional<glm::vec3> meanTextureColour(const mesh::TriangleMesh& mesh, glm::vec3 centreMm,
                                           float radiusMm);

class GpuFace {
  public:
    /// `layout`: the scene pipelines' face set layout; `sampler` reads the texture.
    GpuFace(const gpu::Context& context, gpu::CommandRunner& runner, const mesh::TriangleMesh& mesh,
            const mesh::PatchPlacement& placement, vk::DescriptorSetLayout layout,
            vk::Sampler sampler);
    /// Waits until the GPU is idle (frames in flight may still draw the mesh).
    ~GpuFace();
    GpuFace(const GpuFace&) = delete;
    GpuFace& operator=(const GpuFace&) = delete;

    vk::Buffer vertices() const { return vertices_.handle(); }
    vk::Buffer indices() const { return indices_.handle(); }
    std::uint32_t indexCount() const { return indexCount_; }
    const mesh::PatchPlacement& placement() const { return placement_; }
    /// Moves the patch on the face (`mesh`: the one uploaded): only uniforms change, so it
    /// takes effect from the next frame recorded.
    void place(const mesh::TriangleMesh& mesh, const mesh::PatchPlacement& placement);
    glm::vec3 headCentreMm() const { return headCentre_; }
    vk::DescriptorSet set() const { return *set_; }
    /// Whether the mesh brought a colour texture (a scan), and its mean linear colour around the
    /// patch (what the patch's colour is matched to).
    bool textured() const { return textured_; }
    /// Whether its back faces can be culled (TriangleMesh::closed).
    bool closed() const { return closed_; }
    glm::vec3 skinColourAroundPatch() const { return skinColour_; }

  private:
    const gpu::Context* context_;
    gpu::Buffer vertices_;
    gpu::Buffer indices_;
    std::uint32_t indexCount_;
    mesh::PatchPlacement placement_;
    glm::vec3 headCentre_;
    bool textured_;
    bool closed_;
    glm::vec3 skinColour_{1.0f};
    gpu::Image texture_;
    vk::raii::DescriptorPool pool_{nullptr};
    vk::raii::DescriptorSet set_{nullptr};
};

} // namespace skinsim::render

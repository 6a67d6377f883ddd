#include "mesh/MeshImport.hpp"

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <system_error>

namespace skinsim::mesh {

Result<TriangleMesh> importMesh(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return Error::badInput(name + ": no such file");
    }
    Assimp::Importer importer;
    // Points and lines are dropped (SortByPType + the flag below): a face view needs surfaces.
    importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE,
                                aiPrimitiveType_POINT | aiPrimitiveType_LINE);
    const aiScene* scene = importer.ReadFile(
        name, aiProcess_Triangulate | aiProcess_JoinIdenticalVertices | aiProcess_GenSmoothNormals |
                  aiProcess_PreTransformVertices | aiProcess_SortByPType |
                  aiProcess_ValidateDataStructure | aiProcess_FindInvalidData);
    if (scene == nullptr) {
        return Error::badInput(name + ": cannot read this mesh: " + importer.GetErrorString());
    }
    if ((scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE) != 0 || scene->mNumMeshes == 0) {
        return Error::badInput(name + ": the file holds no mesh (no triangles)");
    }

    TriangleMesh mesh;
    bool allHaveUvs = true;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh* part = scene->mMeshes[m];
        if ((part->mPrimitiveTypes & aiPrimitiveType_TRIANGLE) == 0) {
            continue;
        }
        allHaveUvs = allHaveUvs && part->HasTextureCoords(0);
        const auto base = static_cast<std::uint32_t>(mesh.positions.size());
        for (unsigned v = 0; v < part->mNumVertices; ++v) {
            const aiVector3D& p = part->mVertices[v];
            mesh.positions.emplace_back(p.x, p.y, p.z);
            const aiVector3D n = part->HasNormals() ? part->mNormals[v] : aiVector3D(0, 0, 1);
            mesh.normals.emplace_back(n.x, n.y, n.z);
            const aiVector3D t =
                part->HasTextureCoords(0) ? part->mTextureCoords[0][v] : aiVector3D(0, 0, 0);
            mesh.uvs.emplace_back(t.x, t.y);
        }
        for (unsigned f = 0; f < part->mNumFaces; ++f) {
            const aiFace& face = part->mFaces[f];
            if (face.mNumIndices == 3) {
                mesh.indices.insert(
                    mesh.indices.end(),
                    {base + face.mIndices[0], base + face.mIndices[1], base + face.mIndices[2]});
            }
        }
    }
    if (mesh.indices.empty()) {
        return Error::badInput(name + ": the file has no triangles (points or lines only?)");
    }
    for (auto& n : mesh.normals) {
        const float length = glm::length(n);
        n = std::isfinite(length) && length > 0.0f ? n / length : glm::vec3(0.0f, 0.0f, 1.0f);
    }
    if (!allHaveUvs) {
        generateUvs(mesh);
    }
    if (auto s = validateMesh(mesh, name); !s) {
        return s.error();
    }
    return mesh;
}

} // namespace skinsim::mesh

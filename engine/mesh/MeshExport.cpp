#include "mesh/MeshExport.hpp"

#include "core/AtomicFile.hpp"

#include <algorithm>
#include <assimp/Exporter.hpp>
#include <assimp/commonMetaData.h>
#include <assimp/material.h>
#include <assimp/scene.h>
#include <cctype>
#include <cstring>
#include <memory>
#include <string>

namespace skinsim::mesh {

namespace {

std::string extensionOf(const std::filesystem::path& path) {
    std::string e = path.extension().string();
    std::transform(e.begin(), e.end(), e.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return e.empty() ? e : e.substr(1);
}

/// A PNG as Assimp's compressed embedded texture (mHeight 0, mWidth its byte count).
aiTexture* embeddedPng(const std::string& png) {
    auto* texture = new aiTexture();
    texture->mWidth = static_cast<unsigned>(png.size());
    texture->mHeight = 0;
    std::strncpy(texture->achFormatHint, "png", sizeof texture->achFormatHint - 1);
    const std::size_t texels = (png.size() + sizeof(aiTexel) - 1) / sizeof(aiTexel);
    texture->pcData = new aiTexel[texels];
    std::memcpy(texture->pcData, png.data(), png.size());
    return texture;
}

/// The scene Assimp exports: one mesh, one material, the textures embedded ("*0", "*1").
Result<std::unique_ptr<aiScene>> sceneOf(const TriangleMesh& mesh, const Image8& normalTexture,
                                         float unitPerMm, bool textured) {
    auto scene = std::make_unique<aiScene>();
    scene->mRootNode = new aiNode("skinsim patch");
    scene->mRootNode->mNumMeshes = 1;
    scene->mRootNode->mMeshes = new unsigned[1]{0};

    auto* part = new aiMesh();
    part->mName = "relief";
    part->mMaterialIndex = 0;
    part->mPrimitiveTypes = aiPrimitiveType_TRIANGLE;
    const auto vertices = static_cast<unsigned>(mesh.positions.size());
    part->mNumVertices = vertices;
    part->mVertices = new aiVector3D[vertices];
    part->mNormals = new aiVector3D[vertices];
    part->mTextureCoords[0] = new aiVector3D[vertices];
    part->mNumUVComponents[0] = 2;
    for (unsigned v = 0; v < vertices; ++v) {
        const glm::vec3 p = mesh.positions[v] * unitPerMm;
        const glm::vec3 n = mesh.normals[v];
        part->mVertices[v] = aiVector3D(p.x, p.y, p.z);
        part->mNormals[v] = aiVector3D(n.x, n.y, n.z);
        part->mTextureCoords[0][v] = aiVector3D(mesh.uvs[v].x, mesh.uvs[v].y, 0.0f);
    }
    part->mNumFaces = static_cast<unsigned>(mesh.indices.size() / 3);
    part->mFaces = new aiFace[part->mNumFaces];
    for (unsigned f = 0; f < part->mNumFaces; ++f) {
        part->mFaces[f].mNumIndices = 3;
        part->mFaces[f].mIndices =
            new unsigned[3]{mesh.indices[3 * f], mesh.indices[3 * f + 1], mesh.indices[3 * f + 2]};
    }
    scene->mNumMeshes = 1;
    scene->mMeshes = new aiMesh* [1] { part };

    // glTF's asset.copyright: what the file is, for whoever opens it.
    scene->mMetaData = aiMetadata::Alloc(1);
    scene->mMetaData->Set(0, AI_METADATA_SOURCE_COPYRIGHT,
                          aiString("Simulated by skinsim: not a photograph or scan of a patient"));

    auto* material = new aiMaterial();
    const aiString name("skin");
    material->AddProperty(&name, AI_MATKEY_NAME);
    std::vector<std::string> pngs;
    if (textured && mesh.baseColour.width > 0) {
        auto png = encodePng(mesh.baseColour);
        if (!png) {
            return png.error();
        }
        pngs.push_back(std::move(png.value()));
        const aiString path("*0");
        material->AddProperty(&path, AI_MATKEY_TEXTURE(aiTextureType_DIFFUSE, 0));
        material->AddProperty(&path, AI_MATKEY_TEXTURE(aiTextureType_BASE_COLOR, 0));
    }
    if (textured && normalTexture.width > 0) {
        auto png = encodePng(normalTexture);
        if (!png) {
            return png.error();
        }
        std::string name(1, '*'); // "*N": embedded texture N
        name += std::to_string(pngs.size());
        const aiString path(name);
        pngs.push_back(std::move(png.value()));
        material->AddProperty(&path, AI_MATKEY_TEXTURE(aiTextureType_NORMALS, 0));
    }
    scene->mNumMaterials = 1;
    scene->mMaterials = new aiMaterial* [1] { material };
    if (!pngs.empty()) {
        scene->mNumTextures = static_cast<unsigned>(pngs.size());
        scene->mTextures = new aiTexture*[pngs.size()];
        for (std::size_t i = 0; i < pngs.size(); ++i) {
            scene->mTextures[i] = embeddedPng(pngs[i]);
        }
    }
    return scene;
}

} // namespace

Status checkExportFormat(const std::filesystem::path& path) {
    const std::string extension = extensionOf(path);
    if (std::find(kExportExtensions.begin(), kExportExtensions.end(), extension) !=
        kExportExtensions.end()) {
        return {};
    }
    std::string message = path.string();
    message += ": skinsim exports .glb (glTF 2.0 binary, textured), .ply, .stl (3D printing) or "
               ".obj; '";
    message += path.extension().string();
    message += "' is none of them";
    return Error::badInput(message);
}

Status exportMesh(const TriangleMesh& mesh, const Image8& normalTexture,
                  const std::filesystem::path& path) {
    if (Status format = checkExportFormat(path); !format) {
        return format;
    }
    if (Status valid = validateMesh(mesh, path.string()); !valid) {
        return Error::failure(valid.error().message);
    }
    const std::string extension = extensionOf(path);
    // Assimp's exporter IDs: binary glTF 2, binary PLY and STL, OBJ without a material file.
    const char* format = extension == "glb"   ? "glb2"
                         : extension == "ply" ? "plyb"
                         : extension == "stl" ? "stlb"
                                              : "objnomtl";
    const bool glb = extension == "glb";
    auto scene = sceneOf(mesh, normalTexture, glb ? 1e-3f : 1.0f, glb);
    if (!scene) {
        return scene.error();
    }
    Assimp::Exporter exporter;
    const aiExportDataBlob* blob = exporter.ExportToBlob(scene.value().get(), format);
    if (blob == nullptr) {
        return Error::failure(path.string() + ": the " + extension +
                              " exporter failed: " + exporter.GetErrorString());
    }
    return writeFileAtomically(path,
                               std::string_view(static_cast<const char*>(blob->data), blob->size));
}

} // namespace skinsim::mesh

#include "mesh/MeshImport.hpp"

#include "core/AtomicFile.hpp"
#include "core/Limits.hpp"
#include "mesh/MeshFileCheck.hpp"
#include "mesh/TextureImage.hpp"

#include <algorithm>
#include <assimp/BaseImporter.h>
#include <assimp/Importer.hpp>
#include <assimp/material.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <cmath>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <system_error>

namespace skinsim::mesh {

namespace {
/// The colour texture of one material and the UV set it is mapped with.
struct BaseColourTexture {
    unsigned material = 0;
    unsigned uvChannel = 0;
    std::string path; ///< as the file names it: a file, or "*N" for an embedded one
    Image8 image;
};

/// glTF's baseColorTexture arrives as BASE_COLOR (and DIFFUSE), OBJ's map_Kd as DIFFUSE.
std::optional<BaseColourTexture> namedTexture(const aiMaterial& material, unsigned index) {
    for (const aiTextureType type : {aiTextureType_BASE_COLOR, aiTextureType_DIFFUSE}) {
        aiString path;
        unsigned uvChannel = 0;
        if (material.GetTextureCount(type) > 0 &&
            material.GetTexture(type, 0, &path, nullptr, &uvChannel) == aiReturn_SUCCESS &&
            path.length > 0) {
            return BaseColourTexture{index, uvChannel, path.C_Str(), {}};
        }
    }
    return std::nullopt;
}

/// Assimp's uncompressed embedded textures: BGRA texels, row 0 at the top.
Result<Image8> texelImage(const aiTexture& texture, const std::string& origin) {
    const auto width = static_cast<int>(std::min(texture.mWidth, 1u << 30));
    const auto height = static_cast<int>(std::min(texture.mHeight, 1u << 30));
    if (width > kMaxTextureSidePx || height > kMaxTextureSidePx) {
        return Error::badInput(origin + ": the texture is " + std::to_string(width) + " x " +
                               std::to_string(height) + " px; at most " +
                               std::to_string(kMaxTextureSidePx) + " px a side is supported");
    }
    Image8 image(width, height, 4);
    for (std::size_t i = 0; i < std::size_t(width) * height; ++i) {
        const aiTexel& t = texture.pcData[i];
        std::uint8_t* p = &image.pixels[4 * i];
        p[0] = t.r;
        p[1] = t.g;
        p[2] = t.b;
        p[3] = t.a;
    }
    return image;
}

/// An external texture: relative to the mesh file's folder (where OBJ's MTL and glTF's images
/// live), or by its file name alone there when the path is one from the scanning machine.
Result<Image8> textureFile(const BaseColourTexture& texture, const std::filesystem::path& meshFile,
                           const std::string& origin) {
    std::string portable = texture.path;
    std::replace(portable.begin(), portable.end(), '\\', '/');
    const std::filesystem::path named(portable);
    const std::filesystem::path folder = meshFile.parent_path();
    const std::filesystem::path resolved = named.is_absolute() ? named : folder / named;
    std::error_code ec;
    for (const auto& candidate : {resolved, folder / named.filename()}) {
        if (std::filesystem::is_regular_file(candidate, ec)) {
            auto image = readTextureImage(candidate);
            if (!image) {
                return image.error().within(origin);
            }
            return image;
        }
    }
    return Error::badInput(origin + ": the base-colour texture '" + texture.path +
                           "' was not found next to the mesh (looked for " + resolved.string() +
                           ")");
}

/// Decodes a texture embedded in the file ("*N", or by name in FBX) or found next to it.
Result<Image8> loadTexture(const aiScene& scene, const BaseColourTexture& texture,
                           const std::filesystem::path& meshFile) {
    const std::string name = meshFile.string();
    if (const aiTexture* embedded = scene.GetEmbeddedTexture(texture.path.c_str())) {
        const std::string origin = name + ": embedded texture " + texture.path;
        if (embedded->mHeight > 0) {
            return texelImage(*embedded, origin);
        }
        // Compressed (PNG, JPEG): mWidth is the byte count.
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(embedded->pcData);
        return decodeTextureImage(std::span(bytes, embedded->mWidth), origin);
    }
    if (texture.path.starts_with('*')) {
        return Error::badInput(name + ": a material names embedded texture " + texture.path +
                               ", which the file does not hold");
    }
    return textureFile(texture, meshFile, name);
}

/// The first base-colour texture a triangle mesh of the scene uses, decoded; none: nullopt.
Result<std::optional<BaseColourTexture>> firstBaseColour(const aiScene& scene,
                                                         const std::filesystem::path& meshFile) {
    const std::string name = meshFile.string();
    for (unsigned m = 0; m < scene.mNumMeshes; ++m) {
        const aiMesh& part = *scene.mMeshes[m];
        if ((part.mPrimitiveTypes & aiPrimitiveType_TRIANGLE) == 0 ||
            part.mMaterialIndex >= scene.mNumMaterials) {
            continue;
        }
        auto texture = namedTexture(*scene.mMaterials[part.mMaterialIndex], part.mMaterialIndex);
        if (!texture) {
            continue;
        }
        auto image = loadTexture(scene, *texture, meshFile);
        if (!image) {
            return image.error();
        }
        texture->image = std::move(image.value());
        return std::optional(std::move(*texture));
    }
    return std::optional<BaseColourTexture>();
}
/// Takes out of `importer` every reader but those of the scan formats (kScanExtensions) and
/// returns them: a file its extension's readers refuse is then offered, by signature, to those
/// readers alone, never to the sixty others Assimp has (MeshFileCheck.hpp says why). Assimp's
/// UnregisterLoader hands the reader back to the caller, who deletes it.
std::vector<std::unique_ptr<Assimp::BaseImporter>> keepScanReaders(Assimp::Importer& importer) {
    std::vector<std::unique_ptr<Assimp::BaseImporter>> removed;
    for (std::size_t i = importer.GetImporterCount(); i-- > 0;) {
        Assimp::BaseImporter* reader = importer.GetImporter(i);
        std::set<std::string> extensions;
        reader->GetExtensionList(extensions);
        const bool scan = std::any_of(extensions.begin(), extensions.end(), [](const auto& e) {
            return std::find(kScanExtensions.begin(), kScanExtensions.end(), e) !=
                   kScanExtensions.end();
        });
        if (!scan && importer.UnregisterLoader(reader) == aiReturn_SUCCESS) {
            removed.emplace_back(reader);
        }
    }
    return removed;
}
} // namespace

Result<TriangleMesh> importMesh(const std::filesystem::path& path) {
    const std::string name = path.string();
    // The same checks and wording as every other input (core's readFile); Assimp opens the file.
    if (Status checked = checkInputFile(path, kMaxMeshFileBytes); !checked) {
        return checked.error();
    }
    if (Status format = checkScanFormat(path); !format) {
        return format.error();
    }
    if (Status counts = checkDeclaredSizes(path); !counts) {
        return counts.error();
    }
    Assimp::Importer importer;
    const auto otherReaders = keepScanReaders(importer);
    // Points and lines are dropped (SortByPType + the flag below): a face view needs surfaces.
    importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE,
                                aiPrimitiveType_POINT | aiPrimitiveType_LINE);
    // No aiProcess_FlipUVs: Assimp gives UVs with v = 0 at the image's bottom for every format
    // (its glTF reader flips glTF's top-left origin), as TriangleMesh::baseColour is sampled.
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
    auto texture = firstBaseColour(*scene, path);
    if (!texture) {
        return texture.error();
    }

    TriangleMesh mesh;
    bool allHaveUvs = true;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh* part = scene->mMeshes[m];
        if ((part->mPrimitiveTypes & aiPrimitiveType_TRIANGLE) == 0) {
            continue;
        }
        const bool textured = *texture && part->mMaterialIndex == (*texture)->material;
        const unsigned channel = textured ? (*texture)->uvChannel : 0;
        const bool hasUvs =
            channel < AI_MAX_NUMBER_OF_TEXTURECOORDS && part->HasTextureCoords(channel);
        if (textured && !hasUvs) {
            return Error::badInput(name + ": the base-colour texture '" + (*texture)->path +
                                   "' cannot be mapped: the mesh has no UVs (texture "
                                   "coordinates) for it");
        }
        allHaveUvs = allHaveUvs && hasUvs;
        const auto base = static_cast<std::uint32_t>(mesh.positions.size());
        for (unsigned v = 0; v < part->mNumVertices; ++v) {
            const aiVector3D& p = part->mVertices[v];
            mesh.positions.emplace_back(p.x, p.y, p.z);
            const aiVector3D n = part->HasNormals() ? part->mNormals[v] : aiVector3D(0, 0, 1);
            mesh.normals.emplace_back(n.x, n.y, n.z);
            if (*texture && !textured) {
                mesh.uvs.push_back(kNoTextureUv);
            } else {
                const aiVector3D t = hasUvs ? part->mTextureCoords[channel][v] : aiVector3D(0);
                mesh.uvs.emplace_back(t.x, t.y);
            }
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
    if (*texture) {
        mesh.baseColour = std::move((*texture)->image);
    } else if (!allHaveUvs) {
        generateUvs(mesh);
    }
    if (auto s = validateMesh(mesh, name); !s) {
        return s.error();
    }
    return mesh;
}

Result<TriangleMesh> importMesh(const std::filesystem::path& path, const ImportOptions& options) {
    auto mesh = importMesh(path);
    if (!mesh) {
        return mesh;
    }
    if (auto s = toHeadAxesInMm(*mesh, options, path.string()); !s) {
        return s.error();
    }
    return mesh;
}

} // namespace skinsim::mesh

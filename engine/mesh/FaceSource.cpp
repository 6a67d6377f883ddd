#include "mesh/FaceSource.hpp"

#include "mesh/FaceMesh.hpp"
#include "mesh/MeshImport.hpp"

#include <map>
#include <mutex>

namespace skinsim::mesh {

std::shared_ptr<const TriangleMesh> defaultHead(Sex sex, float cellMm) {
    static std::mutex mutex;
    static std::map<std::pair<Sex, float>, std::shared_ptr<const TriangleMesh>> heads;
    const std::lock_guard lock(mutex);
    auto& head = heads[{sex, cellMm}];
    if (!head) {
        head = std::make_shared<const TriangleMesh>(buildFaceMesh({.sex = sex, .cellMm = cellMm}));
    }
    return head;
}

std::optional<glm::vec2> aimOf(const PatchSpec& patch) {
    if (!patch.onFaceDeg) {
        return std::nullopt;
    }
    return glm::vec2(static_cast<float>((*patch.onFaceDeg)[0]),
                     static_cast<float>((*patch.onFaceDeg)[1]));
}

Result<PlacedFace> loadPlacedFace(const std::optional<std::filesystem::path>& scan,
                                  const ImportOptions& options, Sex sex, const PatchSpec& patch,
                                  float headCellMm) {
    std::shared_ptr<const TriangleMesh> mesh;
    if (scan) {
        auto imported = importMesh(*scan, options);
        if (!imported) {
            return imported.error();
        }
        placeInHeadFrame(*imported);
        mesh = std::make_shared<const TriangleMesh>(std::move(imported.value()));
    } else {
        mesh = defaultHead(sex, headCellMm);
    }
    auto placement = placePatch(*mesh, patch.region, aimOf(patch));
    if (!placement) {
        return scan ? placement.error().within(scan->string()) : placement.error();
    }
    return PlacedFace{std::move(mesh), *placement};
}

} // namespace skinsim::mesh

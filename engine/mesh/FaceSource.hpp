#pragma once
// The face the face view shows, with the patch placed on it: the project's default head for the
// patient's sex (FaceMesh.hpp, built once per sex and kept), or the patient's own scan read from
// a file (MeshImport.hpp) at its true size in the head frame. One place for the CLI, the demo and
// the studio, so they all show the same face.

#include "mesh/ImportOptions.hpp"
#include "mesh/PatchPlacement.hpp"

#include <filesystem>
#include <memory>
#include <optional>

namespace skinsim::mesh {

struct PlacedFace {
    std::shared_ptr<const TriangleMesh> mesh;
    PatchPlacement placement;
};

/// The default head's cell sizes: fine for pictures and close-ups (~340k triangles, no facets at
/// 16 cm); coarse (~150k) where a cell is under 3 pixels, as at arm's length and 50 cm in the
/// studio's view, which draws it twice as fast on a CPU driver.
inline constexpr float kFineHeadCellMm = 2.0f;
inline constexpr float kCoarseHeadCellMm = 3.0f;

/// The default head of `sex` meshed at `cellMm`, built on first use (about half a second) and
/// shared afterwards. Thread-safe.
std::shared_ptr<const TriangleMesh> defaultHead(Sex sex, float cellMm = kFineHeadCellMm);

/// The default head of `sex` (no `scan`) or the scan, with the patch on its region, or where
/// `patch.onFaceDeg` aims. Errors name the file.
Result<PlacedFace> loadPlacedFace(const std::optional<std::filesystem::path>& scan,
                                  const ImportOptions& options, Sex sex, const PatchSpec& patch,
                                  float headCellMm = kFineHeadCellMm);

/// The patch's aim on the face (PatchSpec::onFaceDeg) as placePatch takes it.
std::optional<glm::vec2> aimOf(const PatchSpec& patch);

} // namespace skinsim::mesh

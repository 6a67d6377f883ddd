#pragma once
// What the face view draws besides the patch: the face with the patch placed on the scenario's
// region (the default head for the patient's sex, or a scan) and the normal skin around the
// patch (a periodic tile). One place for `skinsim render`, the demo and the studio (its view and
// its exported pictures), built on another thread where a caller has other work meanwhile.

#include "mesh/FaceSource.hpp"
#include "render/GpuFace.hpp"
#include "render/GpuSurface.hpp"
#include "render/Renderer.hpp"
#include "render/SkinSurface.hpp"
#include "sim/Scenario.hpp"

#include <filesystem>
#include <future>
#include <memory>
#include <optional>

namespace skinsim::app {

/// Which face: the default head (no scan) meshed at `headCellMm`, or a scan read with `import`.
struct FaceChoice {
    std::optional<std::filesystem::path> scan;
    mesh::ImportOptions import;
    float headCellMm = mesh::kFineHeadCellMm;
};

/// The face view's scene on the CPU side.
struct FaceScene {
    mesh::PlacedFace face;
    render::SkinSurface surround; ///< the skin around the patch (Renderer::uploadSurround)
};

/// The same on the GPU, uploaded to one renderer.
struct GpuFaceScene {
    std::unique_ptr<render::GpuFace> face;
    std::unique_ptr<render::GpuSurface> surround;
};

/// The default head meshed at `cellMm` (FaceSource.hpp: fine for pictures, coarse at a distance).
inline FaceChoice defaultHead(float cellMm) {
    return {.scan = std::nullopt, .import = {}, .headCellMm = cellMm};
}

/// The face of `choice` with the scenario's patch placed on it. Errors name the scan file.
Result<mesh::PlacedFace> placedFace(const Scenario& scenario, const FaceChoice& choice = {});

/// The same, built on another thread (the default head takes 0.3-1.5 s the first time).
std::future<Result<mesh::PlacedFace>> placedFaceLater(const Scenario& scenario,
                                                      const FaceChoice& choice = {});

/// The skin around the scenario's patch: its patient's microrelief and pigment, without scars.
render::SkinSurface surroundTile(const Scenario& scenario);

/// The same, made on another thread (a tile of microrelief and pores: a noticeable pause on a
/// UI thread); it copies what it needs of `scenario`.
std::future<render::SkinSurface> surroundTileLater(const Scenario& scenario);

/// The face and the surround, built on this thread.
Result<FaceScene> loadFaceScene(const Scenario& scenario, const FaceChoice& choice = {});

/// The same built on another thread; with `face` (a scan read up front, so that a bad file is
/// refused before anything slow), only the surround.
std::future<Result<FaceScene>> loadFaceSceneLater(const Scenario& scenario,
                                                  const FaceChoice& choice = {},
                                                  std::optional<mesh::PlacedFace> face = {});

/// Uploads a placed face to `renderer`.
Result<std::unique_ptr<render::GpuFace>> uploadFace(render::Renderer& renderer,
                                                    const mesh::PlacedFace& face);

/// Uploads what `into` does not hold yet (the face, the surround) of `scene` to `renderer`.
Status uploadFaceScene(render::Renderer& renderer, const FaceScene& scene, GpuFaceScene& into);

} // namespace skinsim::app

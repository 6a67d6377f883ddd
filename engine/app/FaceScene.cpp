#include "app/FaceScene.hpp"

namespace skinsim::app {

Result<mesh::PlacedFace> placedFace(const Scenario& scenario, const FaceChoice& choice) {
    return mesh::loadPlacedFace(choice.scan, choice.import, scenario.patient.sex, scenario.patch,
                                choice.headCellMm);
}

std::future<Result<mesh::PlacedFace>> placedFaceLater(const Scenario& scenario,
                                                      const FaceChoice& choice) {
    // Copies: the caller's scenario may change (an edit) while the face is built.
    return std::async(
        std::launch::async, [sex = scenario.patient.sex, patch = scenario.patch, choice] {
            return mesh::loadPlacedFace(choice.scan, choice.import, sex, patch, choice.headCellMm);
        });
}

render::SkinSurface surroundTile(const Scenario& scenario) {
    return render::surroundSurface(scenario.patch, scenario.patient, scenario.seed);
}

std::future<render::SkinSurface> surroundTileLater(const Scenario& scenario) {
    return std::async(std::launch::async,
                      [patch = scenario.patch, patient = scenario.patient, seed = scenario.seed] {
                          return render::surroundSurface(patch, patient, seed);
                      });
}

Result<FaceScene> loadFaceScene(const Scenario& scenario, const FaceChoice& choice) {
    auto face = placedFace(scenario, choice);
    if (!face) {
        return face.error();
    }
    return FaceScene{std::move(face.value()), surroundTile(scenario)};
}

std::future<Result<FaceScene>> loadFaceSceneLater(const Scenario& scenario,
                                                  const FaceChoice& choice,
                                                  std::optional<mesh::PlacedFace> face) {
    return std::async(std::launch::async,
                      [scenario, choice, face = std::move(face)]() -> Result<FaceScene> {
                          if (face) {
                              return FaceScene{*face, surroundTile(scenario)};
                          }
                          // The head and the tile side by side (two cores).
                          auto head = placedFaceLater(scenario, choice);
                          render::SkinSurface tile = surroundTile(scenario);
                          auto built = head.get();
                          if (!built) {
                              return built.error();
                          }
                          return FaceScene{std::move(built.value()), std::move(tile)};
                      });
}

Result<std::unique_ptr<render::GpuFace>> uploadFace(render::Renderer& renderer,
                                                    const mesh::PlacedFace& face) {
    return renderer.uploadFace(*face.mesh, face.placement);
}

Status uploadFaceScene(render::Renderer& renderer, const FaceScene& scene, GpuFaceScene& into) {
    if (!into.face) {
        auto face = uploadFace(renderer, scene.face);
        if (!face) {
            return face.error();
        }
        into.face = std::move(face.value());
    }
    if (!into.surround) {
        auto surround = renderer.uploadSurround(scene.surround);
        if (!surround) {
            return surround.error();
        }
        into.surround = std::move(surround.value());
    }
    return {};
}

} // namespace skinsim::app

#pragma once
// A simulated day as the renderer takes it: the one conversion the CLI (render, report, demo)
// and the studio share (STYLE.md 16), so that every picture shows the same marks of healing,
// and the pair every comparison shows (day 0 and the day shown).

#include "app/SimulationSteps.hpp"
#include "render/GpuSurface.hpp"
#include "render/Renderer.hpp"
#include "render/SkinSurface.hpp"
#include "sim/Scenario.hpp"
#include "sim/SimulationFiles.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace skinsim::app {

/// The renderer's surface for `day`; `blood` is the patch's resting blood (the same every day).
render::SkinSurface skinOfDay(const DaySurface& day, const FieldF& blood);

/// What a picture shows: the skin before treatment (day 0) and on the day shown.
struct DaySkins {
    render::SkinSurface before;
    std::optional<render::SkinSurface> after; ///< absent: the same as before (day 0)
};

/// The same on one renderer's GPU.
struct GpuDaySkins {
    std::unique_ptr<render::GpuSurface> before;
    std::unique_ptr<render::GpuSurface> after; ///< null: the same as before
    render::GpuSurface* shownAfter() const { return after ? after.get() : before.get(); }
};

/// Uploads `skins` to `renderer`; `beforeName` and `afterName` name them in its messages.
Result<GpuDaySkins> uploadDaySkins(render::Renderer& renderer, const DaySkins& skins,
                                   const std::string& beforeName, const std::string& afterName);

/// The surface of `day` among a run's observed days, or null where it was not observed.
const DaySurface* findDay(const std::vector<DaySurface>& days, int day);

/// Day 0 and the day shown as the renderer takes them; absent where either is missing (not
/// simulated, or not yet).
std::optional<DaySkins> daySkins(const DaySurface* day0, const DaySurface* shown,
                                 const FieldF& blood);

/// Day 0 from the skin generator alone (no simulation): `progress` gets percent of the patch
/// generated. Errors name the scenario file.
Result<DaySkins> generatedDayZero(const Scenario& scenario, const StepProgress& progress = {});

/// Day 0 and `day` of the scenario's median patient: prepares the simulation (`progress` as
/// prepareWithProgress) and runs the patient only as far as `day`.
Result<DaySkins> medianPatientDays(Scenario scenario, int day, const StepProgress& progress = {});

} // namespace skinsim::app

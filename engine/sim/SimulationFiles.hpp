#pragma once
// The files of `skinsim simulate` (DESIGN.md section 5): for each observed day the median
// patient's day-DDDD/ height maps and colour maps, metrics.csv (one row per simulated day) and
// outcome.json. Every file is written atomically.

#include "core/Result.hpp"
#include "sim/Outcome.hpp"
#include "sim/OutcomeJson.hpp"
#include "sim/Pipeline.hpp"
#include "sim/Simulator.hpp"
#include "tissue/HealingMarks.hpp"

#include <filesystem>
#include <functional>

namespace skinsim {

/// The median patient's surface, redness and pigment on one day.
struct DaySurface {
    int day = 0;
    FieldF heightUm;
    FieldF erythema;
    FieldF melanin;
    HealingMarks marks; ///< crusts, bruising, swelling: for the pictures only
};

/// The surface of a simulated day: height, colour fields and the marks of healing.
DaySurface daySurface(const TissueBaseline& baseline, const StepView& view);

/// Runs the median patient, returning their surface on each observed day and their measures on
/// each step day (for metrics.csv), and fills in `outcome`'s roughness per observed day.
struct MedianRun {
    std::vector<DaySurface> days;
    std::vector<MedianStepRow> steps;
};
/// With `onDay`, each observed day's surface is handed over as soon as it exists instead of being
/// kept in MedianRun::days (memory: one day at a time).
MedianRun runMedianPatient(const PreparedSimulation& prepared, const Scenario& scenario,
                           Outcome& outcome, const std::function<void(DaySurface&&)>& onDay = {});

/// Writes everything into `dir` as a whole: a staging folder that replaces `dir` at the end
/// (core/StagedFolder.hpp); an existing `dir` must hold only skinsim's outputs.
Status writeSimulation(const std::filesystem::path& dir, const PreparedSimulation& prepared,
                       const Scenario& scenario, Outcome& outcome);

} // namespace skinsim

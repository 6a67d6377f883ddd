#pragma once
// From a scenario to a simulation ready to run: generate the patch, derive its tissue baseline,
// prepare the course. Shared by `skinsim simulate`, the report, the studio and the tests.

#include "core/Result.hpp"
#include "sim/Course.hpp"
#include "sim/Outcome.hpp"
#include "sim/Scenario.hpp"
#include "skin/SkinGenerator.hpp"

#include <functional>

namespace skinsim {

struct PreparedSimulation {
    SkinPatch patch; ///< scar list, blood and metadata; its tissue fields moved into `baseline`
    TissueBaseline baseline;
    Course course;
};

/// Generates the scenario's patch and prepares its course. Bad scars (overlap, outside the
/// patch, atypical sizes) are Error::badInput with the generator's message; so is a plan entry
/// the catalogue does not allow (prepareCourse).
Result<PreparedSimulation> prepareSimulation(const Scenario& scenario,
                                             const GenerateOptions& options = {});

/// Runs the Monte-Carlo outcome of a prepared simulation with the scenario's draws and seed.
/// `cancelled`: see runMonteCarlo (an empty Outcome when it said yes).
Outcome simulateOutcome(const PreparedSimulation& prepared, const Scenario& scenario,
                        const std::function<void(int, int)>& progress = {},
                        const std::function<bool()>& cancelled = {});

} // namespace skinsim

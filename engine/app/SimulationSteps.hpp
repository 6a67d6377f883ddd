#pragma once
// The first steps of every consultation (simulate, report, demo, render and the studio's
// tools): prepare a scenario's simulation and run its Monte-Carlo outcome, telling a caller how
// far they are. How progress is shown (a terminal line in tools/, a bar in the studio) is the
// caller's.

#include "sim/Pipeline.hpp"

#include <functional>

namespace skinsim::app {

/// How far a step is: `done` of `total` units. Called from any thread; may be empty.
using StepProgress = std::function<void(long done, long total)>;

/// Generator options that report percent of the skin generated to `progress`.
GenerateOptions generateOptionsWith(const StepProgress& progress);

/// Generates the scenario's skin and prepares its course (`progress`: percent of the skin
/// generated). Errors name the scenario file.
Result<PreparedSimulation> prepareWithProgress(const Scenario& scenario,
                                               const StepProgress& progress = {});

/// The Monte-Carlo outcome over the scenario's draws (`progress`: draws done of all).
Outcome simulateWithProgress(const PreparedSimulation& prepared, const Scenario& scenario,
                             const StepProgress& progress = {});

} // namespace skinsim::app

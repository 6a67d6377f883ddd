#pragma once
// The steps several subcommands share (simulate, report, demo): prepare a scenario's simulation
// and run its Monte-Carlo outcome with progress lines on a terminal. A simulated day becomes what
// the renderer shows through ui::skinOfDay (ui/DaySkin.hpp), the conversion the studio uses too.

#include "sim/Pipeline.hpp"
#include "sim/SimulationFiles.hpp"
#include "ui/DaySkin.hpp"

namespace skinsim::cli {

/// Generates the scenario's skin and prepares its course ("generating skin" progress). Errors
/// name the scenario file.
Result<PreparedSimulation> prepareWithProgress(const Scenario& scenario);

/// The Monte-Carlo outcome over the scenario's draws ("simulating N patients" progress).
Outcome simulateWithProgress(const PreparedSimulation& prepared, const Scenario& scenario);

} // namespace skinsim::cli

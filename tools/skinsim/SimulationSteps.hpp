#pragma once
// The steps several subcommands share (simulate, report, demo): prepare a scenario's simulation
// and run its Monte-Carlo outcome with progress lines on a terminal, and turn a simulated day into
// what the renderer shows.

#include "render/SkinSurface.hpp"
#include "sim/Pipeline.hpp"
#include "sim/SimulationFiles.hpp"

namespace skinsim::cli {

/// Generates the scenario's skin and prepares its course ("generating skin" progress). Errors
/// name the scenario file.
Result<PreparedSimulation> prepareWithProgress(const Scenario& scenario);

/// The Monte-Carlo outcome over the scenario's draws ("simulating N patients" progress).
Outcome simulateWithProgress(const PreparedSimulation& prepared, const Scenario& scenario);

/// A simulated day as the renderer takes it (the resting blood is the patch's).
render::SkinSurface surfaceOf(const DaySurface& day, const FieldF& blood);

} // namespace skinsim::cli

#pragma once
// The consultation steps of engine/app with their progress on a terminal (core/Progress.hpp):
// what the subcommands (simulate, render, report, demo) show while they wait.

#include "app/ConsultationReport.hpp"
#include "app/SimulationSteps.hpp"
#include "core/Progress.hpp"

#include <filesystem>

namespace skinsim::cli {

/// A progress callback that draws on `line`.
app::StepProgress progressOn(ProgressLine& line);

/// app::prepareWithProgress with a "generating skin" line.
Result<PreparedSimulation> prepareOnTerminal(const Scenario& scenario);

/// app::simulateWithProgress with a "simulating N patients" line.
Outcome simulateOnTerminal(const PreparedSimulation& prepared, const Scenario& scenario);

/// app::writeConsultationReport (HTML or PDF) with a "report: simulating and rendering 3 patients"
/// line.
Status writeReportOnTerminal(const app::ReportSources& sources, const std::filesystem::path& out);

} // namespace skinsim::cli

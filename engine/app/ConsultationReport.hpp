#pragma once
// The consultation report (DESIGN.md section 5, `skinsim report`, the demo): renders the
// before/after images of the median, poor (p10) and good (p90) patient on the GPU, and hands them
// with the outcome numbers to engine/report, which builds one self-contained HTML file (or a PDF
// of it). Here, not in tools/, so that the studio can write the same report.

#include "app/SimulationSteps.hpp"
#include "core/Result.hpp"
#include "gpu/Context.hpp"
#include "sim/Outcome.hpp"
#include "sim/Pipeline.hpp"
#include "sim/Scenario.hpp"

#include <filesystem>

namespace skinsim::app {

/// What the report is made from; the caller (report command, demo) has already prepared and
/// simulated.
struct ReportSources {
    const Scenario& scenario;
    const PreparedSimulation& prepared;
    const Outcome& outcome; ///< from simulateOutcome(prepared, scenario)
    gpu::Context& context;  ///< the report creates its own renderer(s) on it
};

/// Renders the images, builds the HTML and writes it atomically to `out`: a `.html` as it is, a
/// `.pdf` printed by headless Chromium (app/ChromiumPdf.hpp) from the same page with the pictures
/// rendered at print resolution. `progress`: pictures done of all (the three patients run
/// meanwhile).
Status writeConsultationReport(const ReportSources& sources, const std::filesystem::path& out,
                               const StepProgress& progress = {});

} // namespace skinsim::app

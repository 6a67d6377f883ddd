#include "TerminalSteps.hpp"

namespace skinsim::cli {

app::StepProgress progressOn(ProgressLine& line) {
    return [&line](long done, long total) { line.update(done, total); };
}

Result<PreparedSimulation> prepareOnTerminal(const Scenario& scenario) {
    ProgressLine progress("generating skin");
    return app::prepareWithProgress(scenario, progressOn(progress));
}

Outcome simulateOnTerminal(const PreparedSimulation& prepared, const Scenario& scenario) {
    ProgressLine progress("simulating " + std::to_string(scenario.draws) + " patients");
    return app::simulateWithProgress(prepared, scenario, progressOn(progress));
}

Status writeReportOnTerminal(const app::ReportSources& sources, const std::filesystem::path& out) {
    ProgressLine progress("report: simulating and rendering 3 patients");
    return app::writeConsultationReport(sources, out, progressOn(progress));
}

} // namespace skinsim::cli

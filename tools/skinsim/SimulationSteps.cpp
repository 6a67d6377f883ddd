#include "SimulationSteps.hpp"

#include "core/Progress.hpp"

namespace skinsim::cli {

Result<PreparedSimulation> prepareWithProgress(const Scenario& scenario) {
    ProgressLine progress("generating skin");
    GenerateOptions options;
    options.progress = [&](std::string_view, double f) {
        progress.update(static_cast<long>(f * 100), 100);
    };
    auto prepared = prepareSimulation(scenario, options);
    if (!prepared) {
        return prepared.error().within(scenario.source.string());
    }
    return prepared;
}

Outcome simulateWithProgress(const PreparedSimulation& prepared, const Scenario& scenario) {
    ProgressLine progress("simulating " + std::to_string(scenario.draws) + " patients");
    return simulateOutcome(prepared, scenario,
                           [&](int done, int total) { progress.update(done, total); });
}

} // namespace skinsim::cli

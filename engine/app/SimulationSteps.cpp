#include "app/SimulationSteps.hpp"

namespace skinsim::app {

GenerateOptions generateOptionsWith(const StepProgress& progress) {
    GenerateOptions options;
    if (progress) {
        options.progress = [progress](std::string_view, double f) {
            progress(static_cast<long>(f * 100), 100);
        };
    }
    return options;
}

Result<PreparedSimulation> prepareWithProgress(const Scenario& scenario,
                                               const StepProgress& progress) {
    auto prepared = prepareSimulation(scenario, generateOptionsWith(progress));
    if (!prepared) {
        return prepared.error().within(scenario.source.string());
    }
    return prepared;
}

Outcome simulateWithProgress(const PreparedSimulation& prepared, const Scenario& scenario,
                             const StepProgress& progress) {
    std::function<void(int, int)> draws;
    if (progress) {
        draws = [&](int done, int total) { progress(done, total); };
    }
    return simulateOutcome(prepared, scenario, draws);
}

} // namespace skinsim::app

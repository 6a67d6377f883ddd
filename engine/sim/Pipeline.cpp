#include "sim/Pipeline.hpp"

#include "sim/PatchTissue.hpp"

namespace skinsim {

Result<PreparedSimulation> prepareSimulation(const Scenario& scenario,
                                             const GenerateOptions& options) {
    auto patch =
        generateSkin(scenario.patch, scenario.patient, scenario.scars, scenario.seed, options);
    if (!patch) {
        return patch.error();
    }
    PreparedSimulation p;
    p.patch = std::move(*patch);
    p.baseline = tissueFromPatch(p.patch);
    auto course = prepareCourse(scenario, p.baseline);
    if (!course) {
        return course.error();
    }
    p.course = std::move(*course);
    return p;
}

Outcome simulateOutcome(const PreparedSimulation& prepared, const Scenario& scenario,
                        const std::function<void(int, int)>& progress,
                        const std::function<bool()>& cancelled) {
    return runMonteCarlo(prepared.baseline, prepared.course, scenario.patient, scenario.seed,
                         scenario.draws, progress, cancelled);
}

} // namespace skinsim

#include "report/ScarSummary.hpp"

#include "sim/Measure.hpp"

namespace skinsim::report {

ScarSummary summariseScars(const TissueBaseline& baseline) {
    ScarSummary summary;
    for (const ScarRecord& scar : baseline.scars) {
        ++summary.countByType[static_cast<std::size_t>(scar.type)];
    }
    TissueState state = initialState(baseline);
    SagCache sag;
    sag.update(baseline, state);
    const PatchMeasure measure = measurePatch(baseline, state, sag);
    summary.gbQualitative = measure.gbQualitative;
    summary.gbQuantitative = measure.gbQuantitative;
    summary.volumeMm3 = measure.volumeMm3;
    return summary;
}

} // namespace skinsim::report

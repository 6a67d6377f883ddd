#pragma once
// outcome.json and metrics.csv of `skinsim simulate` (DESIGN.md section 5; keys are a contract).

#include "core/Json.hpp"
#include "sim/Measure.hpp"
#include "sim/Outcome.hpp"
#include "sim/Scenario.hpp"

#include <filesystem>
#include <string>

namespace skinsim {

/// {"p10", "p50", "p90"} of a band (and "mean" when asked).
Json bandJson(const Band& band, bool withMean = false);

/// The outcome as DESIGN.md section 5 lays it out, plus per-session downtime and the model's
/// sources summary.
Json outcomeJson(const Outcome& outcome, const Scenario& scenario);

/// One row per simulated step day: the improvement band over draws, then the median patient's
/// own measures (`medianRows`, one per step day).
struct MedianStepRow {
    int day = 0;
    double improvement = 0;
    std::array<double, 4> improvementByType{};
    double scarVolumeMm3 = 0;
    int gbQualitative = 0;
    int gbQuantitative = 0;
    double erythema = 0;
    double pih = 0;
};
/// The median patient's row on a step day: measures `m` against the day-0 measures `day0`.
MedianStepRow medianStepRow(int day, const PatchMeasure& m, const PatchMeasure& day0, double pih);

/// The improvement band on `day`, interpolated linearly between the Monte-Carlo sample days.
Band bandAt(const Outcome& outcome, int day);

std::string metricsCsv(const Outcome& outcome, const std::vector<MedianStepRow>& medianRows);

} // namespace skinsim

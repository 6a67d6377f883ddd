#pragma once
// The outcome range of a course over Monte-Carlo draws of the patient's response (DESIGN.md
// sections 3 and 5): improvement bands overall and by scar type, responder quartiles as trials
// report them, Goodman-Baron grades, scar volume, redness, downtime and PIH risk.

#include "analysis/Roughness.hpp"
#include "sim/Course.hpp"
#include "sim/Measure.hpp"

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace skinsim {

/// A distribution summarised as trials and the report need it.
struct Band {
    double p10 = 0;
    double p50 = 0;
    double p90 = 0;
    double mean = 0;
};
/// p10 / p50 / p90 (linear interpolation) and mean of `values`.
Band bandOf(std::vector<double> values);

struct DayOutcome {
    int day = 0;
    Band improvement;                     ///< fraction of day-0 scar volume gone, all scars
    std::vector<double> improvementDraws; ///< the same, per draw (draw order)
    std::array<std::vector<double>, 4> improvementDrawsByType; ///< per draw, by ScarType
    std::array<std::optional<Band>, 4> improvementByType; ///< by ScarType, when the patch has it
    std::array<double, 4> responders{}; ///< share of draws < 25, 25-50, 50-75, > 75 %
    Band gbQualitative;
    Band gbQuantitative;
    Band scarVolumeMm3;
    Band erythema;
    /// New acne scars formed since day 0 while acne stayed active (patient.active_acne), counted
    /// apart: they are not in the improvement of the treated scars.
    Band newScars;
    Roughness roughness; ///< of the median patient's surface (filled by the caller)
};

struct Outcome {
    int draws = 0;
    std::uint64_t seed = 0;
    std::vector<DayOutcome> days;          ///< one per observe day
    std::vector<int> stepDays;             ///< the course's drawDays
    std::vector<Band> improvementByStep;   ///< improvement band at each of them
    std::vector<SessionDowntime> sessions; ///< median patient, per session
    Band erythemaDays, crustingDays, bruisingDays, swellingDays; ///< longest session, over draws
    double pihProbability = 0;         ///< chance of PIH at least once over the course
    double newScarringProbability = 0; ///< chance a session scars anew, over the course
    double infectionProbability = 0;   ///< chance of a wound infection, over the course
};

/// New acne scars of draw `draw` formed by each of `days` (sorted), for a patch of `areaCm2`
/// while acne of this activity continues (a Poisson process, model::kNewScars*).
std::vector<int> newAcneScars(AcneActivity acne, double areaCm2, std::uint64_t seed, int draw,
                              const std::vector<int>& days);

/// Runs `draws` patients (in parallel over draws; bit-identical on any thread count).
/// `progress(done, total)` is called as draws finish (from worker threads). When `cancelled`
/// returns true (asked before each draw starts, from worker threads), the draws not yet started
/// are skipped and the result is an empty Outcome (draws == 0): the studio abandons a run whose
/// scenario has changed within one draw's time.
Outcome runMonteCarlo(const TissueBaseline& baseline, const Course& course,
                      const PatientSpec& patient, std::uint64_t seed, int draws,
                      const std::function<void(int, int)>& progress = {},
                      const std::function<bool()>& cancelled = {});

} // namespace skinsim

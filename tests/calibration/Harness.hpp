#pragma once
// Runs a scenario (given as JSON text) through the whole model: skin generation, tissue baseline,
// course, Monte-Carlo outcome. The calibration tests describe each published study as a scenario
// and check the simulator's output on the study's own metric (DESIGN.md section 4).

#include "sim/Pipeline.hpp"
#include "sim/Scenario.hpp"

#include <gtest/gtest.h>
#include <string>

namespace skinsim::test {

struct Trial {
    Scenario scenario;
    Outcome outcome;
};

/// Parses and runs `json`; fails the test on a bad scenario.
inline Trial runTrial(const std::string& json) {
    auto parsed = parseJson(json, "trial.json");
    if (!parsed) {
        ADD_FAILURE() << parsed.error().message;
        return {};
    }
    auto scenario = scenarioFromJson(*parsed, "trial.json");
    if (!scenario) {
        ADD_FAILURE() << scenario.error().message;
        return {};
    }
    auto prepared =
        prepareSimulation(*scenario, GenerateOptions{.microrelief = false, .progress = {}});
    if (!prepared) {
        ADD_FAILURE() << prepared.error().message;
        return {*scenario, {}};
    }
    return {*scenario, simulateOutcome(*prepared, *scenario)};
}

/// The outcome on `day` (which must be an observe day).
inline const DayOutcome& onDay(const Trial& t, int day) {
    for (const auto& d : t.outcome.days) {
        if (d.day == day) {
            return d;
        }
    }
    ADD_FAILURE() << "day " << day << " was not observed";
    static const DayOutcome none;
    return none;
}

/// A scenario with the given scars, plan and observe days on a small cheek patch.
inline std::string trialJson(const std::string& scars, const std::string& plan,
                             const std::string& observeDays, int draws = 48,
                             const std::string& patient = R"({"fitzpatrick": 3, "age": 30})",
                             const std::string& size = "[20, 20]") {
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on long operator+ chains.
    std::string j = R"({"name": "trial", "seed": 7, "patch": {"region": "cheek", "size_mm": )";
    j += size;
    j += R"(, "pixel_um": 25}, "patient": )";
    j += patient;
    j += R"(, "scars": )";
    j += scars;
    j += R"(, "plan": )";
    j += plan;
    j += R"(, "observe_days": )";
    j += observeDays;
    j += R"(, "draws": )";
    j += std::to_string(draws);
    j += "}";
    return j;
}

/// `sessions` sessions of `treatment`, `interval` days apart from day 0, with `params` and, when
/// given, `target`, as a scenario plan.
inline std::string repeated(const std::string& treatment, int sessions, int interval,
                            const std::string& params = "{}", const std::string& target = "") {
    std::string plan = "[";
    for (int i = 0; i < sessions; ++i) {
        plan += i ? "," : "";
        plan += R"({"day": )";
        plan += std::to_string(i * interval);
        plan += R"(, "treatment": ")";
        plan += treatment;
        plan += R"(", "params": )";
        plan += params;
        if (!target.empty()) {
            plan += R"(, "target": ")";
            plan += target;
            plan += '"';
        }
        plan += "}";
    }
    return plan + "]";
}

/// Moderate mixed scarring as in the fractional CO2 trials (Majid & Imran 2014: most patients had
/// a combination of types; icepick most common, evidence.md 1a).
inline const std::string kMixedScars =
    R"({"random": [{"type": "icepick", "count": 6}, {"type": "boxcar", "count": 4},
                   {"type": "rolling", "count": 2}]})";

} // namespace skinsim::test

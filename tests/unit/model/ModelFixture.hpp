#pragma once
// Small generated patches for the tissue-model unit tests.

#include "sim/Pipeline.hpp"

#include <gtest/gtest.h>
#include <string>

namespace skinsim::test {

/// A scenario parsed from JSON (the test fails on a bad one).
inline Scenario scenarioOf(const std::string& json) {
    auto parsed = parseJson(json, "test.json");
    EXPECT_TRUE(parsed) << (parsed ? "" : parsed.error().message);
    auto s = scenarioFromJson(*parsed, "test.json");
    EXPECT_TRUE(s) << (s ? "" : s.error().message);
    return *s;
}

/// One explicit scar of `type` in the middle of a 10 x 10 mm patch, and the plan given.
inline Scenario singleScar(const std::string& type, double diameterMm, double depthMm,
                           const std::string& plan, const std::string& observe = "[0, 1, 30]") {
    std::string j = R"({"seed": 5, "patch": {"size_mm": [10, 10], "pixel_um": 25},
        "scars": {"explicit": [{"type": ")";
    j += type;
    j += R"(", "center_mm": [5, 5], "diameter_mm": )";
    j += std::to_string(diameterMm);
    j += R"(, "depth_mm": )";
    j += std::to_string(depthMm);
    j += R"(}]}, "plan": )";
    j += plan;
    j += R"(, "observe_days": )";
    j += observe;
    j += R"(, "draws": 4})";
    return scenarioOf(j);
}

inline PreparedSimulation prepare(const Scenario& s) {
    auto p = prepareSimulation(s);
    EXPECT_TRUE(p) << (p ? "" : p.error().message);
    return std::move(*p);
}

} // namespace skinsim::test

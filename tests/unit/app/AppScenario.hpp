#pragma once
// A small scenario for the app layer's tests: an 8 x 8 mm patch with two scars, two laser
// sessions, four patients (a second or two to prepare and simulate).

#include "core/Json.hpp"
#include "sim/Scenario.hpp"

#include <gtest/gtest.h>

namespace skinsim::app {

inline Scenario appScenario() {
    auto json = parseJson(R"({"name": "app test", "seed": 5,
        "patch": {"size_mm": [8, 8], "pixel_um": 25},
        "patient": {"fitzpatrick": 3, "age": 30},
        "scars": {"explicit": [{"type": "boxcar", "center_mm": [3, 4], "diameter_mm": 2.0,
                                "depth_mm": 0.25},
                               {"type": "icepick", "center_mm": [6, 4], "diameter_mm": 0.8,
                                "depth_mm": 1.2}]},
        "plan": [{"day": 0, "treatment": "fractional_co2"},
                 {"day": 42, "treatment": "fractional_co2"}],
        "observe_days": [0, 45, 90], "draws": 4})",
                          "app-test.json");
    EXPECT_TRUE(json) << (json ? "" : json.error().message);
    auto scenario = scenarioFromJson(*json, "app-test.json");
    EXPECT_TRUE(scenario) << (scenario ? "" : scenario.error().message);
    return *scenario;
}

/// appScenario read from `file`, with a scar placed outside its patch: the generator refuses it.
inline Scenario scenarioWithAScarOutsideThePatch(const std::string& file) {
    Scenario s = appScenario();
    s.source = file;
    s.scars.placed.push_back({.type = ScarType::Boxcar,
                              .centerMm = {100.0, 100.0}, // the patch is 8 mm
                              .diameterMm = 2.0,
                              .depthMm = 0.2});
    return s;
}

} // namespace skinsim::app

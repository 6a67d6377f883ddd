// A table of invalid scenarios, each with the exact message a user sees. Every case starts from
// the example of DESIGN.md section 6 (valid as it is) and changes one thing, so each row checks
// one rule: the file, the JSON path, what is wrong and what is allowed.

#include "sim/Scenario.hpp"

#include <gtest/gtest.h>

using namespace skinsim;

namespace {

/// DESIGN.md section 6: 20 listed scars (1 explicit, then 10 + 6 + 3 random), 4 sessions.
constexpr const char* kValidScenario = R"({
  "name": "moderate mixed acne scars, left cheek",
  "seed": 42,
  "patch": {"region": "cheek", "size_mm": [30, 30], "pixel_um": 25},
  "patient": {"fitzpatrick": 3, "age": 30},
  "scars": {
    "random": [{"type": "icepick", "count": 10},
               {"type": "boxcar", "count": 6, "depth_mm": [0.1, 0.5]},
               {"type": "rolling", "count": 3}],
    "explicit": [{"type": "boxcar", "center_mm": [10, 12], "diameter_mm": 3.0, "depth_mm": 0.3}]
  },
  "plan": [
    {"day": 0,  "treatment": "subcision"},
    {"day": 0,  "treatment": "fractional_co2", "params": {"pulse_energy_mj": 15, "density_pct": 10}},
    {"day": 42, "treatment": "fractional_co2"},
    {"day": 84, "treatment": "tca_cross", "params": {"concentration_pct": 100}}
  ],
  "observe_days": [0, 30, 90, 180, 365],
  "draws": 32
})";

constexpr const char* kRemove = "<remove>";

struct BadScenario {
    const char* name;     ///< the test's name: what is wrong
    const char* pointer;  ///< RFC 6901 pointer to the value to change ("" = the whole document)
    const char* value;    ///< its new value as JSON text, or kRemove to delete it
    const char* expected; ///< the whole message
};

const BadScenario kBadScenarios[] = {
    {"UnknownTopLevelKey", "/colour", R"("red")",
     "scenario.json: colour: unknown key (allowed: name, description, seed, patch, patient, "
     "scars, plan, observe_days, draws)"},
    {"UnknownNestedKey", "/patch/colour", R"("red")",
     "scenario.json: patch.colour: unknown key (allowed: region, size_mm, pixel_um, "
     "on_face_deg)"},
    {"AimAboveTheHead", "/patch/on_face_deg", "[10, 90]",
     "scenario.json: patch.on_face_deg[1]: 90 is outside -80..80"},
    {"AimIsNotAPair", "/patch/on_face_deg", "[10]",
     "scenario.json: patch.on_face_deg: expected two numbers [azimuth, elevation], got 1 "
     "values"},
    {"UnknownKeyInARandomScarEntry", "/scars/random/0/shape", R"("round")",
     "scenario.json: scars.random[0].shape: unknown key (allowed: type, count, diameter_mm, "
     "depth_mm)"},
    {"UnknownKeyInAPlanEntry", "/plan/0/when", R"("monday")",
     "scenario.json: plan[0].when: unknown key (allowed: day, treatment, params, target)"},
    {"OddKeyIsQuotedInThePath", "/patient/pixel size", "1",
     "scenario.json: patient[\"pixel size\"]: unknown key (allowed: fitzpatrick, age, sex, "
     "scarring_history, active_acne, sun_protection, aftercare)"},
    {"TopLevelIsNotAnObject", "", "[1, 2]", "scenario.json: expected an object, got an array"},
    {"SeedIsText", "/seed", R"("abc")", "scenario.json: seed: expected an integer, got \"abc\""},
    {"SeedIsNegative", "/seed", "-1",
     "scenario.json: seed: -1 is negative; expected an integer >= 0"},
    {"NameIsANumber", "/name", "12", "scenario.json: name: expected a string, got 12"},
    {"PatientIsAnArray", "/patient", "[]",
     "scenario.json: patient: expected an object, got an array"},
    {"PixelSizeIsText", "/patch/pixel_um", R"("fine")",
     "scenario.json: patch.pixel_um: expected a number, got \"fine\""},
    {"BadRegion", "/patch/region", R"("nose")",
     "scenario.json: patch.region: \"nose\" is not one of cheek, forehead, temple, chin"},
    {"PatchSizeHasThreeSides", "/patch/size_mm", "[30, 30, 30]",
     "scenario.json: patch.size_mm: expected two numbers [width, height], got 3 values"},
    {"PatchSideTooLarge", "/patch/size_mm/0", "200",
     "scenario.json: patch.size_mm[0]: 200 is outside 5..120"},
    {"PatchTooManyCellsForMemory", "/patch/pixel_um", "5",
     "scenario.json: patch: 30 x 30 mm at 5 um per cell is 6000 x 6000 cells; at most 4096 per "
     "side fit in memory (use pixel_um >= 8 or a smaller size_mm)"},
    {"PatchTooFewCells", "/patch", R"({"size_mm": [5, 5], "pixel_um": 100})",
     "scenario.json: patch: 5 x 5 mm at 100 um per cell is 50 x 50 cells; at least 64 per side "
     "are needed to draw a scar (use pixel_um <= 78 or a larger size_mm)"},
    {"FitzpatrickSeven", "/patient/fitzpatrick", "7",
     "scenario.json: patient.fitzpatrick: 7 is outside 1..6"},
    {"FitzpatrickNotWhole", "/patient/fitzpatrick", "3.5",
     "scenario.json: patient.fitzpatrick: expected an integer, got 3.5"},
    {"AgeTooYoung", "/patient/age", "9", "scenario.json: patient.age: 9 is outside 12..90"},
    {"UnknownSex", "/patient/sex", R"("f")",
     "scenario.json: patient.sex: \"f\" is not one of female, male"},
    {"UnknownScarringHistory", "/patient/scarring_history", R"("keloids")",
     "scenario.json: patient.scarring_history: \"keloids\" is not one of none, poor_healing, "
     "keloid_family"},
    {"ActiveAcneIsAWordNotABoolean", "/patient/active_acne", "true",
     "scenario.json: patient.active_acne: expected one of none, mild, moderate, severe, got "
     "true"},
    {"UnknownSunProtection", "/patient/sun_protection", R"("always")",
     "scenario.json: patient.sun_protection: \"always\" is not one of daily, sometimes, none"},
    {"UnknownAftercare", "/patient/aftercare", R"("ok")",
     "scenario.json: patient.aftercare: \"ok\" is not one of good, poor"},
    {"UnknownScarType", "/scars/random/0/type", R"("blob")",
     "scenario.json: scars.random[0].type: \"blob\" is not one of icepick, boxcar, rolling, "
     "chickenpox"},
    {"MissingScarType", "/scars/random/0/type", kRemove,
     "scenario.json: scars.random[0].type: missing; expected one of icepick, boxcar, rolling, "
     "chickenpox"},
    {"ScarCountZero", "/scars/random/1/count", "0",
     "scenario.json: scars.random[1].count: 0 is outside 1..200"},
    {"DepthRangeReversed", "/scars/random/1/depth_mm", "[0.5, 0.1]",
     "scenario.json: scars.random[1].depth_mm: [0.5, 0.1] has lo above hi; expected [lo, hi] "
     "with lo <= hi"},
    {"DiameterRangeNotPositive", "/scars/random/0/diameter_mm", "[0, 1]",
     "scenario.json: scars.random[0].diameter_mm[0]: expected a number > 0, got 0"},
    {"ExplicitScarOutsideThePatch", "/scars/explicit/0/center_mm", "[40, 12]",
     "scenario.json: scars.explicit[0].center_mm: [40, 12] is outside the 30 x 30 mm patch "
     "(x 0..30, y 0..30)"},
    {"ExplicitScarDepthZero", "/scars/explicit/0/depth_mm", "0",
     "scenario.json: scars.explicit[0].depth_mm: expected a number > 0, got 0"},
    {"ExplicitScarWithoutCenter", "/scars/explicit/0/center_mm", kRemove,
     "scenario.json: scars.explicit[0].center_mm: missing; expected two numbers [x, y] inside "
     "the patch"},
    {"GoodmanBaronGradeOne", "/scars/goodman_baron_grade", "1",
     "scenario.json: scars.goodman_baron_grade: 1 is outside 2..4"},
    {"AllowOverlapIsAWord", "/scars/allow_overlap", R"("yes")",
     "scenario.json: scars.allow_overlap: expected true or false, got \"yes\""},
    {"DensityOutOfRange", "/plan/2/params/density_pct", "140",
     "scenario.json: plan[2].params.density_pct: 140 is outside 1..70"},
    {"FractionalRangeBoundsPrintNaturally", "/plan/1", R"({"day": 0, "treatment":
      "microneedling", "params": {"needle_mm": 3.5}})",
     "scenario.json: plan[1].params.needle_mm: 3.5 is outside 0.25..3"},
    {"UnknownTreatment", "/plan/1/treatment", R"("laser")",
     "scenario.json: plan[1].treatment: \"laser\" is not one of fractional_co2, "
     "fractional_erbium, nonablative_fractional, microneedling, chemical_peel, tca_cross, "
     "ha_filler, subcision, punch_excision"},
    {"MissingTreatment", "/plan/0/treatment", kRemove,
     "scenario.json: plan[0].treatment: missing; expected one of fractional_co2, "
     "fractional_erbium, nonablative_fractional, microneedling, chemical_peel, tca_cross, "
     "ha_filler, subcision, punch_excision"},
    {"ParameterTheModalityLacks", "/plan/3/params/density_pct", "10",
     "scenario.json: plan[3].params.density_pct: not a parameter of tca_cross (allowed: "
     "concentration_pct)"},
    {"MisspeltParameterName", "/plan/1/params/pulse_energy_m", "15",
     "scenario.json: plan[1].params.pulse_energy_m: not a parameter of fractional_co2 (allowed: "
     "pulse_energy_mj, density_pct, passes)"},
    {"PassesNotWhole", "/plan/1/params/passes", "1.5",
     "scenario.json: plan[1].params.passes: expected an integer, got 1.5"},
    {"PeelDepthNotAChoice", "/plan/1", R"({"day": 0, "treatment": "chemical_peel",
      "params": {"depth": "extreme"}})",
     "scenario.json: plan[1].params.depth: \"extreme\" is not one of superficial, medium, deep"},
    {"PrpNotYesOrNo", "/plan/1", R"({"day": 0, "treatment": "microneedling",
      "params": {"prp": "maybe"}})",
     "scenario.json: plan[1].params.prp: expected true or false, got \"maybe\""},
    {"ParamsNotAnObject", "/plan/1/params", "[15, 10]",
     "scenario.json: plan[1].params: expected an object, got an array"},
    {"NegativeDay", "/plan/0/day", "-3", "scenario.json: plan[0].day: -3 is outside 0..3650"},
    {"DayIsAWord", "/plan/0/day", R"("monday")",
     "scenario.json: plan[0].day: expected an integer, got \"monday\""},
    {"MissingDay", "/plan/2/day", kRemove,
     "scenario.json: plan[2].day: missing; expected an integer day 0..3650"},
    {"SessionsOutOfDayOrder", "/plan/3/day", "10",
     "scenario.json: plan[3].day: 10 comes before day 42 of plan[2]; list sessions in day order"},
    {"TargetNamesANonexistentScar", "/plan/3/target", "[0, 25]",
     "scenario.json: plan[3].target[1]: scar id 25 does not exist (the scenario's scars are "
     "0..19)"},
    {"TargetListsAScarTwice", "/plan/3/target", "[1, 1]",
     "scenario.json: plan[3].target[1]: scar id 1 is listed twice"},
    {"TargetListIsEmpty", "/plan/3/target", "[]",
     "scenario.json: plan[3].target: expected at least one scar id in the list"},
    {"TargetIdNegative", "/plan/3/target", "[-1]",
     "scenario.json: plan[3].target[0]: expected a scar id (an integer >= 0), got -1"},
    {"TargetIsAnUnknownWord", "/plan/0/target", R"("pits")",
     "scenario.json: plan[0].target: \"pits\" is not one of icepick, boxcar, rolling, "
     "chickenpox, all, or a list of scar ids"},
    {"TargetIsANumber", "/plan/0/target", "3",
     "scenario.json: plan[0].target: expected a scar type, \"all\" or a list of scar ids, got 3"},
    {"PlanIsAnObject", "/plan", "{}", "scenario.json: plan: expected an array, got an object"},
    {"ObserveDayNegative", "/observe_days/0", "-1",
     "scenario.json: observe_days[0]: -1 is outside 0..3650"},
    {"ObserveDaysOutOfOrder", "/observe_days", "[0, 90, 30]",
     "scenario.json: observe_days[2]: 30 is not after 90; list days in increasing order, each "
     "once"},
    {"ObserveDayRepeated", "/observe_days", "[0, 30, 30]",
     "scenario.json: observe_days[2]: 30 is not after 30; list days in increasing order, each "
     "once"},
    {"ObserveDaysEmpty", "/observe_days", "[]",
     "scenario.json: observe_days: expected at least one day"},
    {"DrawsZero", "/draws", "0", "scenario.json: draws: 0 is outside 1..4096"},
    {"DrawsTooMany", "/draws", "5000", "scenario.json: draws: 5000 is outside 1..4096"},
    {"LongTextIsCutInTheMessage", "/patient/sex",
     R"("an unexpectedly long answer to a short question")",
     "scenario.json: patient.sex: \"an unexpectedly long answer to a short q...\" is not one "
     "of female, male"},
};

std::string messageFor(const BadScenario& bad) {
    auto json = parseJson(kValidScenario, "scenario.json");
    EXPECT_TRUE(json) << json.error().message;
    const Json::json_pointer pointer(bad.pointer);
    if (std::string(bad.value) == kRemove) {
        json->at(pointer.parent_pointer()).erase(pointer.back());
    } else {
        auto value = parseJson(bad.value, "case");
        EXPECT_TRUE(value) << value.error().message;
        (*json)[pointer] = *value;
    }
    auto scenario = scenarioFromJson(*json, "scenario.json");
    if (scenario) {
        return "(accepted)";
    }
    EXPECT_EQ(scenario.error().kind, Error::Kind::BadInput); // exit code 2
    return scenario.error().message;
}

class BadScenarioTest : public ::testing::TestWithParam<BadScenario> {};

TEST_P(BadScenarioTest, IsRejectedWithTheExactMessage) {
    EXPECT_EQ(messageFor(GetParam()), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(ScenarioErrors, BadScenarioTest, ::testing::ValuesIn(kBadScenarios),
                         [](const auto& info) { return std::string(info.param.name); });

} // namespace

TEST(ScenarioErrors, TheUnchangedExampleOfTheDesignIsValid) {
    auto json = parseJson(kValidScenario, "scenario.json");
    ASSERT_TRUE(json);
    auto scenario = scenarioFromJson(*json, "scenario.json");
    ASSERT_TRUE(scenario) << scenario.error().message;
    EXPECT_EQ(listedScarCount(scenario->scars), 20);
}

TEST(ScenarioErrors, MalformedJsonNamesTheLineAndColumn) {
    auto json = parseJson("{\n  \"seed\": 42,\n  \"draws\": 32,,\n}\n", "scenario.json");
    ASSERT_FALSE(json);
    EXPECT_EQ(json.error().message,
              "scenario.json:3:15: malformed JSON: syntax error while parsing object key - "
              "unexpected ','; expected string literal");
}

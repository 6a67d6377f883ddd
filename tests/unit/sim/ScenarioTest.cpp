// Loading scenarios: presets, defaults, the plan's rules, and the round trip through JSON.
// The table of invalid scenarios and their messages is in ScenarioErrorsTest.cpp.

#include "sim/Scenario.hpp"

#include "../core/TempDir.hpp"
#include "core/AtomicFile.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using namespace skinsim;

namespace {

Scenario parse(const std::string& text) {
    auto json = parseJson(text, "test.json");
    EXPECT_TRUE(json) << json.error().message;
    auto scenario = scenarioFromJson(*json, "test.json");
    EXPECT_TRUE(scenario) << scenario.error().message;
    return scenario ? *scenario : Scenario{};
}

std::string parseError(const std::string& text) {
    auto json = parseJson(text, "test.json");
    EXPECT_TRUE(json) << json.error().message;
    auto scenario = scenarioFromJson(*json, "test.json");
    EXPECT_FALSE(scenario);
    return scenario ? std::string() : scenario.error().message;
}

/// Writes a scenario, reads it back, writes it again: both writes must agree.
void expectRoundTrip(const Scenario& scenario) {
    const Json first = scenarioToJson(scenario);
    auto again = scenarioFromJson(first, "roundtrip.json");
    ASSERT_TRUE(again) << again.error().message << "\n" << first.dump(2);
    EXPECT_EQ(scenarioToJson(*again), first);
}

} // namespace

TEST(PresetScenarios, TheFourPresetsAreFound) {
    const std::vector<std::string> names = presetNames();
    for (const char* expected : {"chickenpox", "mild", "moderate", "severe"}) {
        EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end()) << expected;
    }
    EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
}

TEST(PresetScenarios, EveryPresetLoadsWithAPlanADescriptionAndThirtyTwoDraws) {
    for (const std::string& name : presetNames()) {
        SCOPED_TRACE(name);
        auto scenario = loadScenario(name);
        ASSERT_TRUE(scenario) << scenario.error().message;
        EXPECT_FALSE(scenario->plan.empty());
        EXPECT_FALSE(scenario->description.empty());
        EXPECT_GT(listedScarCount(scenario->scars), 0);
        EXPECT_EQ(scenario->draws, 32);
        EXPECT_EQ(scenario->source, presetDirectory() / (name + ".json"));
    }
}

TEST(PresetScenarios, EveryPresetSurvivesARoundTrip) {
    for (const std::string& name : presetNames()) {
        SCOPED_TRACE(name);
        auto scenario = loadScenario(name);
        ASSERT_TRUE(scenario) << scenario.error().message;
        expectRoundTrip(*scenario);
    }
}

TEST(PresetScenarios, ModerateIsTheDemoCourseOfSubcisionCo2AndTcaCross) {
    auto scenario = loadScenario("moderate");
    ASSERT_TRUE(scenario) << scenario.error().message;
    std::vector<int> co2Days;
    int subcisions = 0;
    int crossOnIcepicks = 0;
    for (const PlanEntry& entry : scenario->plan) {
        if (entry.treatment == "fractional_co2") {
            co2Days.push_back(entry.day);
        }
        subcisions += entry.treatment == "subcision";
        const Target target = effectiveTarget(entry);
        crossOnIcepicks += entry.treatment == "tca_cross" && target.kind == Target::Kind::Type &&
                           target.type == ScarType::Icepick;
    }
    EXPECT_EQ(co2Days, (std::vector<int>{0, 42, 84})); // 6 weeks apart (Majid & Imran 2014)
    EXPECT_GE(subcisions, 1);
    EXPECT_EQ(crossOnIcepicks, 4); // 2-weekly x 4 (Khunger 2011)
    std::set<ScarType> types;
    for (const RandomScars& random : scenario->scars.random) {
        types.insert(random.type);
    }
    EXPECT_EQ(types, (std::set<ScarType>{ScarType::Icepick, ScarType::Boxcar, ScarType::Rolling}));
}

TEST(ScenarioDefaults, AnEmptyObjectGivesTheDocumentedDefaults) {
    const Scenario s = parse("{}");
    EXPECT_EQ(s.name, "unnamed scenario");
    EXPECT_EQ(s.description, "");
    EXPECT_EQ(s.seed, 1u);
    EXPECT_EQ(s.patch.region, Region::Cheek);
    EXPECT_EQ(s.patch.widthMm, 30);
    EXPECT_EQ(s.patch.heightMm, 30);
    EXPECT_EQ(s.patch.pixelUm, 25);
    EXPECT_EQ(s.patient.fitzpatrick, 3);
    EXPECT_EQ(s.patient.ageYears, 30);
    EXPECT_EQ(s.patient.sex, Sex::Female);
    EXPECT_EQ(s.patient.scarringHistory, ScarringHistory::None);
    EXPECT_EQ(s.patient.activeAcne, AcneActivity::None);
    EXPECT_EQ(s.patient.sunProtection, SunProtection::Daily);
    EXPECT_EQ(s.patient.aftercare, Aftercare::Good);
    EXPECT_TRUE(s.scars.random.empty());
    EXPECT_TRUE(s.scars.placed.empty());
    EXPECT_FALSE(s.scars.goodmanBaronGrade);
    EXPECT_FALSE(s.scars.allowAtypical);
    EXPECT_FALSE(s.scars.allowOverlap);
    EXPECT_TRUE(s.plan.empty());
    EXPECT_EQ(s.observeDays, (std::vector<int>{0, 30, 90, 180, 365}));
    EXPECT_EQ(s.draws, 32);
}

TEST(ScenarioDefaults, AbsentParametersTakeTheCatalogueDefaults) {
    const Scenario s = parse(R"({"plan": [
        {"day": 0, "treatment": "fractional_co2", "params": {"density_pct": 20}},
        {"day": 0, "treatment": "microneedling"},
        {"day": 0, "treatment": "chemical_peel"}]})");
    ASSERT_EQ(s.plan.size(), 3u);
    EXPECT_EQ(s.plan[0].numbers.at("density_pct"), 20);
    EXPECT_EQ(s.plan[0].numbers.at("pulse_energy_mj"), 15);
    EXPECT_EQ(s.plan[0].numbers.at("passes"), 1);
    EXPECT_EQ(s.plan[1].numbers.at("needle_mm"), 1.5);
    EXPECT_EQ(s.plan[1].numbers.at("prp"), 0);
    EXPECT_EQ(s.plan[2].choices.at("depth"), "medium");
    EXPECT_EQ(s.plan[0].target.kind, Target::Kind::Default);
}

TEST(ScenarioDefaults, ADefaultTargetBecomesTheModalitysOwn) {
    const Scenario s = parse(R"({"plan": [
        {"day": 0, "treatment": "tca_cross"}, {"day": 0, "treatment": "subcision"},
        {"day": 0, "treatment": "fractional_co2"}, {"day": 0, "treatment": "punch_excision"},
        {"day": 0, "treatment": "ha_filler"}, {"day": 0, "treatment": "subcision",
         "target": "boxcar"}]})");
    const auto typeOf = [&](int i) { return effectiveTarget(s.plan[i]); };
    EXPECT_EQ(typeOf(0).kind, Target::Kind::Type);
    EXPECT_EQ(typeOf(0).type, ScarType::Icepick);
    EXPECT_EQ(typeOf(1).type, ScarType::Rolling);
    EXPECT_EQ(typeOf(2).kind, Target::Kind::All);
    EXPECT_EQ(typeOf(3).type, ScarType::Icepick);
    EXPECT_EQ(typeOf(4).kind, Target::Kind::All);
    EXPECT_EQ(typeOf(5).type, ScarType::Boxcar); // the file's override wins
}

TEST(PlanRules, SessionsOnTheSameDayAreAllowed) {
    const Scenario s = parse(R"({"plan": [{"day": 0, "treatment": "subcision"},
        {"day": 0, "treatment": "fractional_co2"}, {"day": 42, "treatment": "fractional_co2"}]})");
    EXPECT_EQ(s.plan.size(), 3u);
}

TEST(PlanRules, AnEmptyPlanIsAllowedForAnUntreatedControl) {
    // The untreated side of a split-face trial (target mn-time) is a scenario with no sessions.
    const Scenario s =
        parse(R"({"plan": [], "scars": {"random": [{"type": "boxcar", "count": 3}]}})");
    EXPECT_TRUE(s.plan.empty());
}

TEST(PlanRules, YesNoParametersTakeTrueFalseOrTheWordsYesAndNo) {
    const Scenario s = parse(R"({"plan": [
        {"day": 0, "treatment": "microneedling", "params": {"prp": true}},
        {"day": 28, "treatment": "microneedling", "params": {"prp": "yes"}},
        {"day": 56, "treatment": "microneedling", "params": {"prp": "no"}}]})");
    EXPECT_EQ(s.plan[0].numbers.at("prp"), 1);
    EXPECT_EQ(s.plan[1].numbers.at("prp"), 1);
    EXPECT_EQ(s.plan[2].numbers.at("prp"), 0);
}

TEST(PlanRules, WholeNumbersWrittenWithADecimalPointCountAsIntegers) {
    const Scenario s =
        parse(R"({"draws": 64.0, "plan": [{"day": 42.0, "treatment": "subcision"}]})");
    EXPECT_EQ(s.draws, 64);
    EXPECT_EQ(s.plan[0].day, 42);
}

TEST(ScarIds, ExplicitScarsAreNumberedFirstThenRandomScarsInOrder) {
    const std::string scars = R"("scars": {
        "explicit": [{"type": "boxcar", "center_mm": [5, 5], "diameter_mm": 3, "depth_mm": 0.3}],
        "random": [{"type": "icepick", "count": 4}, {"type": "rolling", "count": 2}]})";
    const Scenario s = parse("{" + scars + R"(, "plan": [
        {"day": 0, "treatment": "ha_filler", "target": [0, 6]}]})");
    EXPECT_EQ(listedScarCount(s.scars), 7);
    EXPECT_EQ(s.plan[0].target.kind, Target::Kind::Ids);
    EXPECT_EQ(s.plan[0].target.ids, (std::vector<int>{0, 6}));
    EXPECT_EQ(parseError("{" + scars + R"(, "plan": [
        {"day": 0, "treatment": "ha_filler", "target": [7]}]})"),
              "test.json: plan[0].target[0]: scar id 7 does not exist (the scenario's scars are "
              "0..6)");
}

TEST(ScarIds, ATargetIdWithoutAnyListedScarsSaysSo) {
    EXPECT_EQ(parseError(R"({"plan": [{"day": 0, "treatment": "ha_filler", "target": [0]}]})"),
              "test.json: plan[0].target[0]: scar id 0 does not exist (the scenario lists no "
              "scars)");
}

TEST(ScenarioRoundTrip, AScenarioUsingEveryFieldSurvivesWriteThenRead) {
    const Scenario s = parse(R"({
        "name": "everything", "description": "all fields set", "seed": 18446744073709551615,
        "patch": {"region": "temple", "size_mm": [40.5, 20], "pixel_um": 12.5,
                  "on_face_deg": [-65.5, 12]},
        "patient": {"fitzpatrick": 6, "age": 61.5, "sex": "male",
                    "scarring_history": "keloid_family", "active_acne": "moderate",
                    "sun_protection": "sometimes", "aftercare": "poor"},
        "scars": {"random": [{"type": "rolling", "count": 2, "diameter_mm": [4, 6],
                              "depth_mm": [0.2, 0.4]}],
                  "explicit": [{"type": "chickenpox", "center_mm": [3.25, 7], "diameter_mm": 4,
                                "depth_mm": 0.25}],
                  "goodman_baron_grade": 3, "allow_atypical": true, "allow_overlap": true},
        "plan": [{"day": 0, "treatment": "microneedling", "params": {"prp": true, "needle_mm": 2}},
                 {"day": 0, "treatment": "chemical_peel", "params": {"depth": "deep"},
                  "target": "all"},
                 {"day": 14, "treatment": "tca_cross", "target": [2, 0]},
                 {"day": 30, "treatment": "nonablative_fractional", "target": "chickenpox"}],
        "observe_days": [0, 7, 3650], "draws": 4096})");
    EXPECT_EQ(s.seed, 18446744073709551615u);
    EXPECT_EQ(s.patch.onFaceDeg, (std::array<double, 2>{-65.5, 12.0}));
    EXPECT_EQ(s.plan[2].target.ids, (std::vector<int>{2, 0}));
    expectRoundTrip(s);
    const Scenario back = *scenarioFromJson(scenarioToJson(s), "x");
    EXPECT_EQ(back.name, s.name);
    EXPECT_EQ(back.description, s.description);
    EXPECT_EQ(back.patch.widthMm, 40.5);
    EXPECT_EQ(back.patch.pixelUm, 12.5);
    EXPECT_EQ(back.patient.ageYears, 61.5);
    EXPECT_EQ(back.patient.scarringHistory, ScarringHistory::KeloidFamily);
    EXPECT_EQ(back.patient.activeAcne, AcneActivity::Moderate);
    EXPECT_EQ(back.patient.sunProtection, SunProtection::Sometimes);
    EXPECT_EQ(back.patient.aftercare, Aftercare::Poor);
    EXPECT_EQ(back.scars.placed[0].centerMm[0], 3.25);
    EXPECT_EQ(back.scars.random[0].depthMm->hi, 0.4);
    EXPECT_EQ(back.scars.goodmanBaronGrade, 3);
    EXPECT_EQ(back.plan[0].numbers, s.plan[0].numbers);
    EXPECT_EQ(back.plan[1].choices, s.plan[1].choices);
    EXPECT_EQ(back.plan[1].target.kind, Target::Kind::All);
    EXPECT_EQ(back.plan[3].target.type, ScarType::Chickenpox);
    EXPECT_EQ(back.observeDays, s.observeDays);
}

TEST(ScenarioRoundTrip, WholeNumbersAreWrittenWithoutADecimalPoint) {
    const std::string text = scenarioToJson(Scenario{}).dump();
    EXPECT_NE(text.find(R"("size_mm":[30,30],"pixel_um":25)"), std::string::npos) << text;
}

TEST(LoadScenario, APresetNameResolvesToItsFile) {
    auto scenario = loadScenario("moderate");
    ASSERT_TRUE(scenario) << scenario.error().message;
    EXPECT_EQ(scenario->source, presetDirectory() / "moderate.json");
}

TEST(LoadScenario, AnUnknownNameListsThePresets) {
    auto scenario = loadScenario("nosuch");
    ASSERT_FALSE(scenario);
    EXPECT_EQ(scenario.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(scenario.error().message,
              "nosuch: no such file, and no preset of that name (presets: chickenpox, mild, "
              "moderate, severe)");
}

TEST(LoadScenario, AMissingFileSaysNoSuchFile) {
    auto scenario = loadScenario("missing/scenario.json");
    ASSERT_FALSE(scenario);
    EXPECT_EQ(scenario.error().message, "missing/scenario.json: no such file");
    EXPECT_EQ(loadScenario("nosuch.json").error().message, "nosuch.json: no such file");
}

TEST(LoadScenario, AFileIsNamedInMessagesAsTheUserGaveIt) {
    skinsim::test::TempDir dir;
    const auto path = dir / "bad.json";
    ASSERT_TRUE(writeFileAtomically(path, R"({"draws": 0})"));
    auto scenario = loadScenario(path.string());
    ASSERT_FALSE(scenario);
    EXPECT_EQ(scenario.error().message, path.string() + ": draws: 0 is outside 1..4096");
}

TEST(LoadScenario, AFileInTheWorkingFolderWinsOverAPresetOfTheSameName) {
    skinsim::test::TempDir dir;
    ASSERT_TRUE(writeFileAtomically(dir / "moderate", R"({"name": "my own"})"));
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(dir.path());
    auto scenario = loadScenario("moderate");
    std::filesystem::current_path(previous);
    ASSERT_TRUE(scenario) << scenario.error().message;
    EXPECT_EQ(scenario->name, "my own");
    EXPECT_EQ(scenario->source, "moderate");
}

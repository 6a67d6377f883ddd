// A graded scan turned into a scenario: it loads, and the skin regenerated from it has the scars
// the scan had.

#include "sim/GradedScenario.hpp"
#include "AnalysisTestSupport.hpp"
#include "analysis/ScanGrade.hpp"

#include <gtest/gtest.h>

namespace skinsim {
namespace {

TEST(GradedScenario, RegeneratedSkinHasTheScarsTheScanHad) {
    const ScarSpec mix =
        test::mixOf({{ScarType::Icepick, 3}, {ScarType::Boxcar, 2}, {ScarType::Rolling, 1}});
    const ScanGrade scan = gradeScan(test::smallPatch(mix, 8).heightUm);
    auto scenario = scenarioFromGrade(scan, "scan.png");
    ASSERT_TRUE(scenario.ok()) << scenario.error().message;
    EXPECT_DOUBLE_EQ(scenario->patch.widthMm, 12.8);
    EXPECT_DOUBLE_EQ(scenario->patch.pixelUm, 25.0);
    EXPECT_TRUE(scenario->plan.empty());
    ASSERT_EQ(scenario->scars.placed.size(), scan.scars.size());

    auto regenerated =
        generateSkin(scenario->patch, scenario->patient, scenario->scars, scenario->seed);
    ASSERT_TRUE(regenerated.ok()) << regenerated.error().message;
    const ScanGrade again = gradeScan(regenerated->heightUm);
    ASSERT_EQ(again.scars.size(), scan.scars.size());
    const auto m = test::matchScars(regenerated->scars, again.scars);
    EXPECT_EQ(m.found, m.truth);
    for (const auto& [placed, found] : m.pairs) {
        EXPECT_EQ(found.type, placed.type);
        EXPECT_NEAR(found.depthUm, placed.depthMm * 1e3, 0.1 * placed.depthMm * 1e3);
        EXPECT_NEAR(found.diameterMm, placed.diameterMm, 0.1 * placed.diameterMm);
    }
}

TEST(GradedScenario, AScarCutByTheScanEdgeIsMovedInsideAndOddSizesAreAllowed) {
    ScanGrade scan;
    scan.pixelUm = 25;
    scan.widthMm = 10;
    scan.heightMm = 8;
    DetectedScar cut;
    cut.type = ScarType::Boxcar;
    cut.centerMm = {0.4, 7.9};
    cut.diameterMm = 1.2; // narrower than any published boxcar (1.5-4 mm)
    cut.depthUm = 300;
    scan.scars.push_back(cut);
    auto scenario = scenarioFromGrade(scan, "edge.exr");
    ASSERT_TRUE(scenario.ok()) << scenario.error().message;
    const ExplicitScar& e = scenario->scars.placed.at(0);
    EXPECT_DOUBLE_EQ(e.centerMm[0], 0.6);
    EXPECT_DOUBLE_EQ(e.centerMm[1], 7.4);
    EXPECT_TRUE(scenario->scars.allowAtypical);
    EXPECT_FALSE(scenario->scars.allowOverlap);
}

TEST(GradedScenario, AScanTooSmallForAPatchIsBadInput) {
    ScanGrade scan;
    scan.pixelUm = 25;
    scan.widthMm = 3;
    scan.heightMm = 3;
    auto scenario = scenarioFromGrade(scan, "tiny.png");
    ASSERT_FALSE(scenario.ok());
    EXPECT_EQ(scenario.error().kind, Error::Kind::BadInput);
    EXPECT_NE(scenario.error().message.find("size_mm"), std::string::npos)
        << scenario.error().message;
}

} // namespace
} // namespace skinsim

namespace skinsim {

TEST(ScanPlausibility, SkinSizedScansHaveNoWarningsAndAbsurdOnesSaySo) {
    const ScanGrade scan =
        gradeScan(test::smallPatch(test::mixOf({{ScarType::Boxcar, 2}}), 8).heightUm);
    EXPECT_TRUE(implausibilities(scan).empty());
    EXPECT_FALSE(scanGradeToJson(scan).contains("warnings"));

    // The issue-14 scan: a 12 m patch with Ra 1.6e10 µm and a scar 3 m deep.
    ScanGrade absurd = scan;
    absurd.widthMm = absurd.heightMm = 12000.0;
    absurd.roughness.raUm = 1.6e10;
    ASSERT_FALSE(absurd.scars.empty());
    absurd.scars.front().depthUm = 3e6;
    const auto warnings = implausibilities(absurd);
    ASSERT_EQ(warnings.size(), 3u);
    EXPECT_NE(warnings[0].find("12000 x 12000 mm"), std::string::npos) << warnings[0];
    EXPECT_NE(warnings[1].find("Ra is 1.6e+10 um"), std::string::npos) << warnings[1];
    EXPECT_NE(warnings[2].find("3000 mm deep"), std::string::npos) << warnings[2];
    const Json json = scanGradeToJson(absurd);
    ASSERT_TRUE(json.contains("warnings"));
    EXPECT_EQ(json["warnings"].size(), 3u);
    // Flat as glass is not skin either.
    ScanGrade flat = scan;
    flat.roughness.raUm = 0.01;
    EXPECT_EQ(implausibilities(flat).size(), 1u);
}

} // namespace skinsim

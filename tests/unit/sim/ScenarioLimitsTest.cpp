// The limits a scenario is held to before anything is built from it (issue 14; README "Limits").

#include "core/Json.hpp"
#include "sim/Scenario.hpp"

#include <gtest/gtest.h>
#include <limits>

using namespace skinsim;

namespace {

Result<Scenario> load(const Json& json) {
    return scenarioFromJson(json, "limits.json");
}

Json sessions(std::size_t n) {
    Json plan = Json::array();
    for (std::size_t i = 0; i < n; ++i) {
        plan.push_back({{"day", 0}, {"treatment", "subcision"}});
    }
    return plan;
}

Json days(std::size_t n) {
    Json observe = Json::array();
    for (std::size_t i = 0; i < n; ++i) {
        observe.push_back(static_cast<int>(i) * 10);
    }
    return observe;
}

} // namespace

TEST(ScenarioLimits, FiftySessionsAreAllowedAndFiftyOneAreNot) {
    EXPECT_TRUE(load({{"plan", sessions(kMaxPlanSessions)}}));
    auto r = load({{"plan", sessions(kMaxPlanSessions + 1)}});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(r.error().message, "limits.json: plan: 51 sessions; the limit is 50");
}

TEST(ScenarioLimits, ThirtyObservedDaysAreAllowedAndThirtyOneAreNot) {
    EXPECT_TRUE(load({{"observe_days", days(kMaxObserveDays)}}));
    auto r = load({{"observe_days", days(kMaxObserveDays + 1)}});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message, "limits.json: observe_days: 31 observed days; the limit is 30");
}

TEST(ScenarioLimits, APatchChangedAfterLoadingIsCheckedAgain) {
    auto scenario = load(Json::object());
    ASSERT_TRUE(scenario);
    EXPECT_FALSE(patchGridProblem(scenario->patch));
    PatchSpec fine = scenario->patch;
    fine.pixelUm = 5; // 30 mm at 5 um: 6000 cells per side
    ASSERT_TRUE(patchGridProblem(fine));
    EXPECT_EQ(*patchGridProblem(fine), "30 x 30 mm at 5 um per cell is 6000 x 6000 cells; at most "
                                       "4096 per side fit in memory (use pixel_um >= 8 or a "
                                       "smaller size_mm)");
    PatchSpec nan = scenario->patch;
    nan.pixelUm = std::numeric_limits<double>::quiet_NaN();
    ASSERT_TRUE(patchGridProblem(nan));
    EXPECT_EQ(*patchGridProblem(nan), "pixel_um nan is outside 5..200");
}

// engine/app/SimulationSteps: preparing and simulating a scenario with progress, as every front
// end does it; the numbers are the simulator's own.

#include "app/SimulationSteps.hpp"

#include "AppScenario.hpp"
#include "sim/OutcomeJson.hpp"

#include <gtest/gtest.h>
#include <mutex>

using namespace skinsim;
using namespace skinsim::app;

TEST(SimulationSteps, PreparingReportsPercentOfTheSkinUpToAHundred) {
    std::vector<std::pair<long, long>> calls;
    auto prepared = prepareWithProgress(
        appScenario(), [&](long done, long total) { calls.emplace_back(done, total); });
    ASSERT_TRUE(prepared) << prepared.error().message;
    ASSERT_FALSE(calls.empty());
    for (const auto& [done, total] : calls) {
        EXPECT_EQ(total, 100);
        EXPECT_GE(done, 0);
        EXPECT_LE(done, 100);
    }
    EXPECT_EQ(calls.back().first, 100);
}

TEST(SimulationSteps, PreparingWithoutProgressGivesTheSamePatch) {
    auto quiet = prepareWithProgress(appScenario());
    auto direct = prepareSimulation(appScenario());
    ASSERT_TRUE(quiet && direct);
    EXPECT_TRUE(std::equal(quiet->patch.blood.values().begin(), quiet->patch.blood.values().end(),
                           direct->patch.blood.values().begin(),
                           direct->patch.blood.values().end()));
    EXPECT_EQ(quiet->patch.scars.size(), direct->patch.scars.size());
}

TEST(SimulationSteps, ABadScenarioIsRefusedNamingItsFile) {
    const Scenario s = scenarioWithAScarOutsideThePatch("patient.json");
    auto prepared = prepareWithProgress(s);
    ASSERT_FALSE(prepared);
    EXPECT_EQ(prepared.error().kind, Error::Kind::BadInput);
    EXPECT_NE(prepared.error().message.find("patient.json"), std::string::npos)
        << prepared.error().message;
}

TEST(SimulationSteps, SimulatingCountsEveryDrawAndGivesTheSimulatorsOutcome) {
    const Scenario s = appScenario();
    auto prepared = prepareWithProgress(s);
    ASSERT_TRUE(prepared) << prepared.error().message;
    std::mutex mutex;
    long last = 0;
    long calls = 0;
    const Outcome outcome = simulateWithProgress(*prepared, s, [&](long done, long total) {
        const std::lock_guard lock(mutex);
        EXPECT_EQ(total, s.draws);
        last = std::max(last, done);
        ++calls;
    });
    EXPECT_EQ(last, s.draws);
    EXPECT_GE(calls, 1);
    EXPECT_EQ(outcomeJson(outcome, s).dump(), outcomeJson(simulateOutcome(*prepared, s), s).dump());
    EXPECT_EQ(outcomeJson(simulateWithProgress(*prepared, s), s).dump(),
              outcomeJson(outcome, s).dump());
}

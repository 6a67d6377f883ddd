#include "ModelFixture.hpp"
#include "core/Parallel.hpp"
#include "sim/OutcomeJson.hpp"

using namespace skinsim;
using namespace skinsim::test;

TEST(Determinism, SameScenarioAndSeedGiveIdenticalOutcomesOnOneAndTwoThreads) {
    const Scenario s = scenarioOf(R"({"seed": 9, "patch": {"size_mm": [12, 12]},
        "scars": {"random": [{"type": "icepick", "count": 3}, {"type": "boxcar", "count": 2}]},
        "plan": [{"day": 0, "treatment": "fractional_co2"}, {"day": 30, "treatment": "tca_cross"}],
        "observe_days": [0, 60], "draws": 6})");
    auto run = [&](int threads) {
        setWorkerCount(threads);
        const PreparedSimulation p = prepare(s);
        const Outcome o = simulateOutcome(p, s);
        setWorkerCount(0);
        return outcomeJson(o, s).dump();
    };
    const std::string one = run(1);
    const std::string two = run(2);
    EXPECT_EQ(one, two);
    EXPECT_NE(one.find("\"60\""), std::string::npos);
}

TEST(Determinism, DifferentSeedsGiveDifferentPatients) {
    const std::string base = R"({"patch": {"size_mm": [12, 12]},
        "scars": {"random": [{"type": "boxcar", "count": 2}]},
        "plan": [{"day": 0, "treatment": "microneedling"}], "observe_days": [0, 90], "draws": 6,
        "seed": )";
    const Scenario a = scenarioOf(base + "1}");
    const Scenario b = scenarioOf(base + "2}");
    EXPECT_NE(outcomeJson(simulateOutcome(prepare(a), a), a).dump(),
              outcomeJson(simulateOutcome(prepare(b), b), b).dump());
}

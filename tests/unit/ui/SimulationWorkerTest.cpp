// The studio's background simulation: results for the latest scenario only, the same numbers as
// the simulator gives directly, days between the cached ones on demand.

#include "ui/SimulationWorker.hpp"

#include "sim/Simulator.hpp"
#include "tissue/Surface.hpp"
#include "ui/ScenarioEdits.hpp"

#include <gtest/gtest.h>
#include <thread>

using namespace skinsim;
using namespace skinsim::ui;

namespace {

Scenario smallScenario(int fitzpatrick = 3) {
    Scenario s;
    s.patch.widthMm = 6;
    s.patch.heightMm = 6;
    s.patch.pixelUm = 25;
    s.seed = 5;
    s.patient.fitzpatrick = fitzpatrick;
    s.scars.random.push_back({ScarType::Boxcar, 2, std::nullopt, std::nullopt});
    s.scars.random.push_back({ScarType::Icepick, 2, std::nullopt, std::nullopt});
    addSession(s, defaultSession(*findModality("fractional_co2"), 0));
    addSession(s, defaultSession(*findModality("fractional_co2"), 42));
    s.observeDays = {0, 90};
    s.draws = 4;
    return s;
}

bool sameValues(const FieldF& a, const FieldF& b) {
    return a.values().size() == b.values().size() &&
           std::equal(a.values().begin(), a.values().end(), b.values().begin());
}

} // namespace

TEST(SimulationWorker, CachedDaysHoldTheObservedAndSessionDays) {
    const Scenario s = smallScenario();
    const auto days = cachedDays(s);
    EXPECT_LE(days.size(), kMaxCachedDays);
    for (const int d : {0, 42, 90, 3, 45, 10, 52}) {
        EXPECT_TRUE(std::binary_search(days.begin(), days.end(), d)) << d;
    }
    EXPECT_TRUE(std::is_sorted(days.begin(), days.end()));
    EXPECT_EQ(timelineEndDay(s), 42 + 365);
}

TEST(SimulationWorker, GivesTheSimulatorsOwnNumbers) {
    const Scenario s = smallScenario();
    SimulationWorker worker;
    worker.submit(s, 7);
    worker.waitUntilSettled();
    const auto snap = worker.latest();
    ASSERT_EQ(snap->stage, SimulationStage::Done) << snap->error;
    EXPECT_EQ(snap->revision, 7u);
    ASSERT_TRUE(snap->outcome);
    EXPECT_EQ(snap->outcome->draws, 4);
    EXPECT_EQ(snap->scars.size(), 4u);
    for (const int d : cachedDays(s)) {
        EXPECT_EQ(snap->days.count(d), 1u) << "day " << d;
    }

    // The same outcome and the same median surface as running the pipeline directly.
    auto prepared = prepareSimulation(s);
    ASSERT_TRUE(prepared);
    const Outcome direct = simulateOutcome(*prepared, s);
    ASSERT_EQ(direct.days.size(), snap->outcome->days.size());
    for (std::size_t i = 0; i < direct.days.size(); ++i) {
        EXPECT_EQ(direct.days[i].improvement.p50, snap->outcome->days[i].improvement.p50);
        EXPECT_EQ(direct.days[i].improvement.p10, snap->outcome->days[i].improvement.p10);
    }
    Outcome unused;
    const MedianRun median = runMedianPatient(*prepared, s, unused);
    for (const DaySurface& d : median.days) {
        const auto it = snap->days.find(d.day);
        ASSERT_NE(it, snap->days.end());
        EXPECT_TRUE(sameValues(d.heightUm, it->second->heightUm)) << "day " << d.day;
    }
    EXPECT_GT(snap->outcome->days.back().roughness.raUm, 0.0) << "roughness is filled in";
}

TEST(SimulationWorker, OnlyTheLatestScenarioIsShown) {
    SimulationWorker worker;
    worker.submit(smallScenario(2), 1);
    worker.submit(smallScenario(6), 2);
    worker.waitUntilSettled();
    const auto snap = worker.latest();
    EXPECT_EQ(snap->revision, 2u);
    ASSERT_EQ(snap->stage, SimulationStage::Done);
    // Fitzpatrick VI carries a higher PIH risk than II: the outcome is the second scenario's.
    auto prepared = prepareSimulation(smallScenario(6));
    ASSERT_TRUE(prepared);
    EXPECT_EQ(simulateOutcome(*prepared, smallScenario(6)).pihProbability,
              snap->outcome->pihProbability);
}

TEST(SimulationWorker, DaysBetweenTheCachedOnesComeOnDemand) {
    const Scenario s = smallScenario();
    SimulationWorker worker;
    worker.submit(s, 3);
    worker.waitUntilSettled();
    constexpr int kDay = 61; // not cached
    ASSERT_EQ(worker.latest()->days.count(kDay), 0u);
    worker.requestDay(kDay);
    std::shared_ptr<const DaySurface> day;
    for (int i = 0; i < 600 && !day; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        day = worker.onDemand(3, kDay);
    }
    ASSERT_TRUE(day) << "day 61 computed within 30 s";
    EXPECT_EQ(day->day, kDay);
    // The median patient's surface on that day, straight from the simulator.
    auto prepared = prepareSimulation(s);
    ASSERT_TRUE(prepared);
    const Simulator simulator(prepared->baseline, prepared->course, s.patient, s.seed);
    FieldF expected;
    simulator.run(-1, {kDay}, [&](const StepView& v) {
        expected = surfaceHeight(prepared->baseline, v.state, v.sag);
    });
    EXPECT_TRUE(sameValues(expected, day->heightUm));
}

TEST(SimulationWorker, ABadScarIsAFailureWithTheGeneratorsMessage) {
    Scenario s = smallScenario();
    s.scars.random.clear();
    ExplicitScar huge;
    huge.type = ScarType::Icepick;
    huge.centerMm = {3, 3};
    huge.diameterMm = 5.0; // icepick scars are under 2 mm
    huge.depthMm = 1.0;
    s.scars.placed.push_back(huge);
    SimulationWorker worker;
    worker.submit(s, 9);
    worker.waitUntilSettled();
    const auto snap = worker.latest();
    EXPECT_EQ(snap->stage, SimulationStage::Failed);
    EXPECT_NE(snap->error.find("icepick"), std::string::npos) << snap->error;
}

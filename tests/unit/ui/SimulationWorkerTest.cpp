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

TEST(SimulationWorker, APlanEditReusesTheSkinAndAPatientEditGeneratesItAgain) {
    Scenario s = smallScenario();
    SimulationWorker worker;
    worker.submit(s, 1);
    worker.waitUntilSettled();
    ASSERT_EQ(worker.latest()->stage, SimulationStage::Done) << worker.latest()->error;
    EXPECT_EQ(worker.latest()->skinGenerations, 1);
    EXPECT_FALSE(worker.latest()->skinReused);
    const auto firstBlood = worker.latest()->blood;

    s.plan.back().day += 7; // a plan edit
    s.draws += 1;
    worker.submit(s, 2);
    worker.waitUntilSettled();
    auto snap = worker.latest();
    ASSERT_EQ(snap->stage, SimulationStage::Done) << snap->error;
    EXPECT_TRUE(snap->skinReused);
    EXPECT_EQ(snap->skinGenerations, 1);
    EXPECT_TRUE(sameValues(*firstBlood, *snap->blood)) << "the same skin";
    // And the outcome is the one a fresh run of the edited scenario gives.
    auto prepared = prepareSimulation(studioScenario(s));
    ASSERT_TRUE(prepared);
    const Outcome direct = simulateOutcome(*prepared, studioScenario(s));
    ASSERT_EQ(direct.days.size(), snap->outcome->days.size());
    for (std::size_t i = 0; i < direct.days.size(); ++i) {
        EXPECT_EQ(direct.days[i].improvement.p50, snap->outcome->days[i].improvement.p50);
    }

    s.patient.ageYears += 10; // the skin's inputs changed
    worker.submit(s, 3);
    worker.waitUntilSettled();
    snap = worker.latest();
    ASSERT_EQ(snap->stage, SimulationStage::Done) << snap->error;
    EXPECT_FALSE(snap->skinReused);
    EXPECT_EQ(snap->skinGenerations, 2);
}

TEST(SimulationWorker, TheSkinKeyIgnoresThePlanAndThePlaceOnTheFace) {
    Scenario a = smallScenario();
    Scenario b = a;
    b.plan.clear();
    b.observeDays.push_back(500);
    b.draws = 3;
    b.name = "other";
    b.patch.onFaceDeg = std::array<double, 2>{-30.0, -20.0};
    EXPECT_EQ(skinKey(a), skinKey(b));
    b.seed += 1;
    EXPECT_NE(skinKey(a), skinKey(b));
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

    // The same outcome and the same median surface as running the pipeline directly on the
    // scenario the studio simulates (its observed days and the timeline's end).
    const Scenario simulated = studioScenario(s);
    EXPECT_EQ(simulated.observeDays.back(), timelineEndDay(s));
    auto prepared = prepareSimulation(simulated);
    ASSERT_TRUE(prepared);
    const Outcome direct = simulateOutcome(*prepared, simulated);
    ASSERT_EQ(direct.days.size(), snap->outcome->days.size());
    for (std::size_t i = 0; i < direct.days.size(); ++i) {
        EXPECT_EQ(direct.days[i].improvement.p50, snap->outcome->days[i].improvement.p50);
        EXPECT_EQ(direct.days[i].improvement.p10, snap->outcome->days[i].improvement.p10);
    }
    Outcome unused;
    const MedianRun median = runMedianPatient(*prepared, simulated, unused);
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

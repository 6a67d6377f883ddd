// The studio's edits of a scenario: sessions and courses from the catalogue, order kept, single
// scars placed, moved and deleted, and every edit checked by the scenario loader itself.

#include "ui/ScenarioEdits.hpp"

#include "sim/Pipeline.hpp"

#include <gtest/gtest.h>

using namespace skinsim;
using namespace skinsim::ui;

namespace {

Scenario smallScenario() {
    Scenario s;
    s.patch.widthMm = 8;
    s.patch.heightMm = 8;
    s.patch.pixelUm = 25;
    s.seed = 11;
    s.scars.random.push_back({ScarType::Icepick, 3, std::nullopt, std::nullopt});
    s.scars.random.push_back({ScarType::Boxcar, 2, std::nullopt, std::nullopt});
    s.observeDays = {0, 60};
    s.draws = 2;
    return s;
}

ExplicitScar boxcar(double x, double y, double diameter = 2.0) {
    ExplicitScar e;
    e.type = ScarType::Boxcar;
    e.centerMm = {x, y};
    e.diameterMm = diameter;
    e.depthMm = 0.3;
    return e;
}

} // namespace

TEST(ScenarioEdits, ACourseFollowsThePublishedSpacingWithDefaultSettings) {
    const Modality* co2 = findModality("fractional_co2");
    ASSERT_NE(co2, nullptr);
    const auto course = defaultCourse(*co2, 3, 14);
    ASSERT_EQ(course.size(), 3u);
    for (std::size_t i = 0; i < course.size(); ++i) {
        EXPECT_EQ(course[i].day, 14 + static_cast<int>(i) * co2->intervalDays);
        EXPECT_EQ(course[i].treatment, "fractional_co2");
        for (const ModalityParameter& p : co2->parameters) {
            if (p.kind != ParameterKind::Choice) {
                EXPECT_EQ(course[i].numbers.at(std::string(p.name)), p.defaultValue) << p.name;
            }
        }
    }
    Scenario s = smallScenario();
    for (auto entry : course) {
        addSession(s, entry);
    }
    EXPECT_TRUE(validateEdited(s)) << validateEdited(s).error().message;
}

TEST(ScenarioEdits, EveryModalitysDefaultSessionLoads) {
    for (const Modality& m : modalityCatalog()) {
        Scenario s = smallScenario();
        addSession(s, defaultSession(m, 0));
        auto ok = validateEdited(s);
        EXPECT_TRUE(ok) << m.key << ": " << ok.error().message;
    }
}

TEST(ScenarioEdits, SessionsStayInDayOrder) {
    Scenario s = smallScenario();
    const Modality& peel = *findModality("chemical_peel");
    const Modality& co2 = *findModality("fractional_co2");
    EXPECT_EQ(addSession(s, defaultSession(co2, 42)), 0);
    EXPECT_EQ(addSession(s, defaultSession(peel, 0)), 0);
    EXPECT_EQ(addSession(s, defaultSession(peel, 42)), 2) << "after the session already on day 42";
    EXPECT_EQ(addSession(s, defaultSession(co2, 100)), 3);
    // Reordering trades treatments, not days.
    ASSERT_TRUE(moveSession(s, 0, 1));
    EXPECT_EQ(s.plan[0].day, 0);
    EXPECT_EQ(s.plan[0].treatment, "fractional_co2");
    EXPECT_EQ(s.plan[1].day, 42);
    EXPECT_EQ(s.plan[1].treatment, "chemical_peel");
    EXPECT_FALSE(moveSession(s, 0, -1));
    EXPECT_FALSE(moveSession(s, 3, 1));
    // A new day re-sorts.
    EXPECT_EQ(setSessionDay(s, 3, 10), 1);
    EXPECT_EQ(s.plan[1].day, 10);
    EXPECT_EQ(s.plan[1].treatment, "fractional_co2");
    for (std::size_t i = 1; i < s.plan.size(); ++i) {
        EXPECT_LE(s.plan[i - 1].day, s.plan[i].day);
    }
    removeSession(s, 0);
    removeSession(s, 99);
    EXPECT_EQ(s.plan.size(), 3u);
    EXPECT_TRUE(validateEdited(s));
}

TEST(ScenarioEdits, AnOutOfRangeSettingIsReportedWithItsJsonPath) {
    Scenario s = smallScenario();
    addSession(s, defaultSession(*findModality("fractional_co2"), 0));
    s.plan[0].numbers["density_pct"] = 140;
    auto ok = validateEdited(s);
    ASSERT_FALSE(ok);
    EXPECT_NE(ok.error().message.find("plan[0].params.density_pct"), std::string::npos)
        << ok.error().message;
    EXPECT_EQ(ok.error().kind, Error::Kind::BadInput);
}

TEST(ScenarioEdits, FrozenScarsRegenerateInTheSamePlaces) {
    Scenario s = smallScenario();
    auto first = prepareSimulation(s);
    ASSERT_TRUE(first) << first.error().message;
    const std::vector<Scar> generated = first->patch.scars;
    ASSERT_EQ(generated.size(), 5u);
    freezeScars(s, generated);
    EXPECT_TRUE(s.scars.random.empty());
    ASSERT_EQ(s.scars.placed.size(), 5u);
    ASSERT_TRUE(validateEdited(s)) << validateEdited(s).error().message;
    auto second = prepareSimulation(s);
    ASSERT_TRUE(second) << second.error().message;
    ASSERT_EQ(second->patch.scars.size(), generated.size());
    for (std::size_t i = 0; i < generated.size(); ++i) {
        const Scar& a = generated[i];
        const Scar& b = second->patch.scars[i];
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.type, b.type);
        EXPECT_DOUBLE_EQ(a.centerMm[0], b.centerMm[0]);
        EXPECT_DOUBLE_EQ(a.centerMm[1], b.centerMm[1]);
        EXPECT_DOUBLE_EQ(a.diameterMm, b.diameterMm);
    }
}

TEST(ScenarioEdits, TheBrushRefusesScarsOffThePatchOrOverlapping) {
    Scenario s = smallScenario();
    EXPECT_FALSE(placeScar(s, boxcar(4, 4))) << "generated groups must be frozen first";
    s.scars.random.clear();
    auto placed = placeScar(s, boxcar(2, 2));
    ASSERT_TRUE(placed);
    EXPECT_EQ(*placed, 0);
    EXPECT_FALSE(placeScar(s, boxcar(9, 4))) << "off the 8 mm patch";
    auto overlapping = placeScar(s, boxcar(3, 2.5));
    ASSERT_FALSE(overlapping);
    EXPECT_NE(overlapping.error().message.find("overlap scar 0"), std::string::npos);
    s.scars.allowOverlap = true;
    EXPECT_TRUE(placeScar(s, boxcar(3, 2.5)));
}

TEST(ScenarioEdits, MovingAScarChecksItsNewPlace) {
    Scenario s = smallScenario();
    s.scars.random.clear();
    ASSERT_TRUE(placeScar(s, boxcar(2, 2)));
    ASSERT_TRUE(placeScar(s, boxcar(6, 6)));
    EXPECT_TRUE(moveScar(s, 0, {2.5, 2.0})) << "a move may overlap the scar's own old place";
    EXPECT_DOUBLE_EQ(s.scars.placed[0].centerMm[0], 2.5);
    EXPECT_FALSE(moveScar(s, 0, {5.5, 6.0}));
    EXPECT_DOUBLE_EQ(s.scars.placed[0].centerMm[0], 2.5) << "a refused move leaves it";
    EXPECT_FALSE(moveScar(s, 7, {1, 1}));
    EXPECT_EQ(scarAt(s, {6.3, 6.2}), 1);
    EXPECT_EQ(scarAt(s, {4.3, 4.2}), std::nullopt);
}

TEST(ScenarioEdits, DeletingAScarRenumbersThePlansTargets) {
    Scenario s = smallScenario();
    s.scars.random.clear();
    ASSERT_TRUE(placeScar(s, boxcar(2, 2, 1.5)));
    ASSERT_TRUE(placeScar(s, boxcar(6, 2, 1.5)));
    ASSERT_TRUE(placeScar(s, boxcar(4, 6, 1.5)));
    PlanEntry cross = defaultSession(*findModality("tca_cross"), 0);
    cross.target.kind = Target::Kind::Ids;
    cross.target.ids = {0, 2};
    addSession(s, cross);
    PlanEntry filler = defaultSession(*findModality("ha_filler"), 0);
    filler.target.kind = Target::Kind::Ids;
    filler.target.ids = {1};
    addSession(s, filler);
    ASSERT_TRUE(validateEdited(s)) << validateEdited(s).error().message;

    ASSERT_TRUE(deleteScar(s, 1));
    ASSERT_EQ(s.scars.placed.size(), 2u);
    EXPECT_DOUBLE_EQ(s.scars.placed[1].centerMm[0], 4.0);
    EXPECT_EQ(s.plan[0].target.ids, (std::vector<int>{0, 1})) << "scar 2 is now scar 1";
    EXPECT_EQ(s.plan[1].target.kind, Target::Kind::All) << "its only scar is gone";
    EXPECT_TRUE(validateEdited(s)) << validateEdited(s).error().message;
    EXPECT_FALSE(deleteScar(s, 5));
}

// engine/app/DaySkin: a simulated day as the renderer takes it, and the pair of days a picture
// compares, the same for the CLI and the studio.

#include "app/DaySkin.hpp"

#include "AppScenario.hpp"

#include <gtest/gtest.h>

using namespace skinsim;
using namespace skinsim::app;

namespace {

/// A 3 x 2 field whose every cell holds `value`.
FieldF filled(float value) {
    return FieldF(3, 2, 25.0, value);
}

DaySurface dayWithMarks(int day) {
    DaySurface d;
    d.day = day;
    d.heightUm = filled(1.0f);
    d.erythema = filled(0.5f);
    d.melanin = filled(0.1f);
    d.marks.crust = filled(0.25f);
    d.marks.bruise = filled(0.75f);
    d.marks.bruiseAgeDays = 4;
    d.marks.swellingUm = filled(30.0f);
    return d;
}

bool sameValues(const FieldF& a, const FieldF& b) {
    return a.width() == b.width() && a.height() == b.height() &&
           std::equal(a.values().begin(), a.values().end(), b.values().begin());
}

bool sameSkin(const render::SkinSurface& a, const render::SkinSurface& b) {
    return sameValues(a.heightUm, b.heightUm) && sameValues(a.melanin, b.melanin) &&
           sameValues(a.blood, b.blood) && sameValues(a.erythema, b.erythema);
}

} // namespace

TEST(DaySkin, CarriesTheDaysFieldsEveryMarkOfHealingAndTheRestingBlood) {
    const render::SkinSurface skin = skinOfDay(dayWithMarks(3), filled(0.02f));
    EXPECT_EQ(skin.heightUm(2, 1), 1.0f);
    EXPECT_EQ(skin.erythema(2, 1), 0.5f);
    EXPECT_EQ(skin.melanin(2, 1), 0.1f);
    EXPECT_EQ(skin.blood(2, 1), 0.02f);
    ASSERT_TRUE(skin.crust && skin.bruise && skin.swellingUm);
    EXPECT_EQ((*skin.crust)(2, 1), 0.25f);
    EXPECT_EQ((*skin.bruise)(2, 1), 0.75f);
    EXPECT_EQ((*skin.swellingUm)(2, 1), 30.0f);
    EXPECT_EQ(skin.bruiseAgeDays, 4.0f);
    EXPECT_FALSE(skin.periodic);
}

TEST(DaySkin, ADayWithoutMarksShowsNone) {
    DaySurface healed = dayWithMarks(200);
    healed.marks = {};
    const render::SkinSurface skin = skinOfDay(healed, filled(0.02f));
    EXPECT_FALSE(skin.crust || skin.bruise || skin.swellingUm);
}

TEST(DaySkin, FindsOnlyTheObservedDays) {
    const std::vector<DaySurface> days = {dayWithMarks(0), dayWithMarks(30)};
    ASSERT_NE(findDay(days, 30), nullptr);
    EXPECT_EQ(findDay(days, 30)->day, 30);
    EXPECT_EQ(findDay(days, 0), &days[0]);
    EXPECT_EQ(findDay(days, 31), nullptr);
    EXPECT_EQ(findDay({}, 0), nullptr);
}

TEST(DaySkin, APairNeedsBothDays) {
    const DaySurface first = dayWithMarks(0);
    const DaySurface shown = dayWithMarks(30);
    EXPECT_FALSE(daySkins(nullptr, &shown, filled(0.02f)));
    EXPECT_FALSE(daySkins(&first, nullptr, filled(0.02f)));
    const auto pair = daySkins(&first, &shown, filled(0.02f));
    ASSERT_TRUE(pair && pair->after);
    EXPECT_TRUE(sameSkin(pair->before, skinOfDay(first, filled(0.02f))));
    EXPECT_TRUE(sameSkin(*pair->after, skinOfDay(shown, filled(0.02f))));
}

TEST(DaySkin, DayZeroFromTheGeneratorIsTheGeneratedPatchAlone) {
    const Scenario s = appScenario();
    auto skins = generatedDayZero(s);
    ASSERT_TRUE(skins) << skins.error().message;
    EXPECT_FALSE(skins->after);
    auto patch = generateSkin(s.patch, s.patient, s.scars, s.seed);
    ASSERT_TRUE(patch);
    EXPECT_TRUE(sameSkin(skins->before, render::surfaceOfPatch(std::move(*patch))));
}

TEST(DaySkin, DayZeroOfABadScenarioNamesItsFile) {
    const Scenario s = scenarioWithAScarOutsideThePatch("patient.json");
    auto skins = generatedDayZero(s);
    ASSERT_FALSE(skins);
    EXPECT_NE(skins.error().message.find("patient.json"), std::string::npos)
        << skins.error().message;
}

TEST(DaySkin, TheMedianPatientsDaysAreTheSimulatorsOwn) {
    Scenario s = appScenario();
    std::vector<std::pair<long, long>> progress;
    auto skins = medianPatientDays(
        s, 45, [&](long done, long total) { progress.emplace_back(done, total); });
    ASSERT_TRUE(skins) << skins.error().message;
    ASSERT_TRUE(skins->after);
    ASSERT_FALSE(progress.empty());
    EXPECT_EQ(progress.back(), (std::pair<long, long>{100, 100}));

    s.observeDays = {0, 45};
    auto prepared = prepareSimulation(s);
    ASSERT_TRUE(prepared);
    Outcome outcome;
    const MedianRun run = runMedianPatient(*prepared, s, outcome);
    EXPECT_TRUE(sameSkin(skins->before, skinOfDay(*findDay(run.days, 0), prepared->patch.blood)));
    EXPECT_TRUE(sameSkin(*skins->after, skinOfDay(*findDay(run.days, 45), prepared->patch.blood)));
    EXPECT_FALSE(sameValues(skins->before.heightUm, skins->after->heightUm)); // it was treated
}

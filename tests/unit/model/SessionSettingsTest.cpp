// Typed session settings (issue 15): the physics reads a struct per modality, made once from a plan
// entry's values by a reader that checks every name against the catalogue, so a misspelt name is
// an error (for the user at load, for the programmer when the code runs), never a silent 0.

#include "treatment/SessionSettings.hpp"
#include "ModelFixture.hpp"
#include "treatment/Treatment.hpp"

#include <stdexcept>

using namespace skinsim;
using namespace skinsim::test;

namespace {
const std::map<std::string, double> kNoNumbers;
const std::map<std::string, std::string> kNoChoices;
} // namespace

TEST(SessionSettings, EveryModalityReadsEverySettingTheCatalogueOffers) {
    for (const Modality& modality : modalityCatalog()) {
        const auto treatment = makeTreatment(modality.key);
        ASSERT_NE(treatment, nullptr) << modality.key;
        const SettingsReader reader(modality, kNoNumbers, kNoChoices);
        EXPECT_NO_THROW(treatment->readSettings(reader)) << modality.key;
        EXPECT_TRUE(reader.unread().empty())
            << modality.key << " never reads " << reader.unread().front();
    }
}

TEST(SessionSettings, AbsentValuesAreTheCatalogueDefaultsAndGivenOnesAreKept) {
    const Modality& co2 = *findModality("fractional_co2");
    const std::map<std::string, double> numbers{{"density_pct", 20}, {"passes", 2}};
    const SettingsReader reader(co2, numbers, kNoChoices);
    EXPECT_FALSE(reader.problem());
    const auto settings =
        std::get<FractionalCo2Settings>(makeTreatment(co2.key)->readSettings(reader));
    EXPECT_EQ(settings.pulseEnergyMj, co2.findParameter("pulse_energy_mj")->defaultValue);
    EXPECT_EQ(settings.densityPct, 20);
    EXPECT_EQ(settings.passes, 2);
}

TEST(SessionSettings, AMisspeltNameIsAProblemThatNamesTheAllowedOnes) {
    const std::map<std::string, double> numbers{{"pulse_energy_m", 15}};
    const auto problem =
        SettingsReader(*findModality("fractional_co2"), numbers, kNoChoices).problem();
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->name, "pulse_energy_m");
    EXPECT_EQ(problem->message,
              "not a parameter of fractional_co2 (allowed: pulse_energy_mj, density_pct, passes)");
}

TEST(SessionSettings, ValuesOutsideTheDeviceRangeOrOfTheWrongKindAreProblems) {
    const Modality& co2 = *findModality("fractional_co2");
    const std::map<std::string, double> tooDense{{"density_pct", 140}};
    EXPECT_EQ(SettingsReader(co2, tooDense, kNoChoices).problem()->message, "140 is outside 1..70");
    const std::map<std::string, double> halfPass{{"passes", 1.5}};
    EXPECT_EQ(SettingsReader(co2, halfPass, kNoChoices).problem()->message,
              "expected an integer, got 1.5");
    const Modality& peel = *findModality("chemical_peel");
    const std::map<std::string, std::string> extreme{{"depth", "extreme"}};
    EXPECT_EQ(SettingsReader(peel, kNoNumbers, extreme).problem()->message,
              "\"extreme\" is not one of superficial, medium, deep");
    const std::map<std::string, double> numericDepth{{"depth", 2}};
    EXPECT_TRUE(SettingsReader(peel, numericDepth, kNoChoices).problem());
}

TEST(SessionSettings, ReadingANameTheCatalogueLacksThrowsInsteadOfReadingZero) {
    const SettingsReader reader(*findModality("fractional_co2"), kNoNumbers, kNoChoices);
    EXPECT_THROW(reader.real("pulse_energy"), std::logic_error);
    EXPECT_THROW(reader.integer("density_pct"), std::logic_error); // a real, not an integer
    EXPECT_THROW(reader.yesNo("prp"), std::logic_error);           // microneedling's, not co2's
}

TEST(SessionSettings, PeelDepthsAreTheCataloguesChoicesInItsOrder) {
    const Modality& peel = *findModality("chemical_peel");
    const auto treatment = makeTreatment(peel.key);
    const std::vector<std::pair<std::string, PeelDepth>> expected{
        {"superficial", PeelDepth::Superficial},
        {"medium", PeelDepth::Medium},
        {"deep", PeelDepth::Deep}};
    for (const auto& [word, depth] : expected) {
        const std::map<std::string, std::string> choices{{"depth", word}};
        const SettingsReader reader(peel, kNoNumbers, choices);
        EXPECT_EQ(std::get<ChemicalPeelSettings>(treatment->readSettings(reader)).depth, depth)
            << word;
    }
    EXPECT_EQ(std::get<ChemicalPeelSettings>(
                  treatment->readSettings(SettingsReader(peel, kNoNumbers, kNoChoices)))
                  .depth,
              PeelDepth::Medium); // the catalogue default
}

TEST(SessionSettings, APlanBuiltInCodeWithAMisspeltSettingIsBadInputNamingTheEntry) {
    Scenario s = scenarioOf(R"({"seed": 3, "patch": {"size_mm": [8, 8]},
        "scars": {"random": [{"type": "boxcar", "count": 1}]},
        "plan": [{"day": 0, "treatment": "subcision"},
                 {"day": 0, "treatment": "fractional_co2"}], "observe_days": [0, 30]})");
    s.plan[1].numbers["pulse_energy_m"] = 15;
    const auto prepared = prepareSimulation(s);
    ASSERT_FALSE(prepared);
    EXPECT_EQ(prepared.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(prepared.error().message,
              "test.json: plan[1].params.pulse_energy_m: not a parameter of fractional_co2 "
              "(allowed: pulse_energy_mj, density_pct, passes)");
}

// The modality catalogue: complete, self-consistent, and in the scenario file's vocabulary.
// (It lives in the treatment layer; its test sits here until tests/unit gets a treatment module.)

#include "treatment/ModalityCatalog.hpp"

#include <gtest/gtest.h>
#include <map>
#include <set>
#include <string>

using namespace skinsim;

TEST(ModalityCatalog, ListsTheNineModalitiesOfTheDesignInOrder) {
    std::vector<std::string> keys;
    for (const Modality& modality : modalityCatalog()) {
        keys.emplace_back(modality.key);
    }
    EXPECT_EQ(keys,
              (std::vector<std::string>{"fractional_co2", "fractional_erbium",
                                        "nonablative_fractional", "microneedling", "chemical_peel",
                                        "tca_cross", "ha_filler", "subcision", "punch_excision"}));
}

TEST(ModalityCatalog, FocalModalitiesTargetTheirScarTypeAndResurfacingTargetsAll) {
    const std::map<std::string, std::string> expected{
        {"tca_cross", "icepick"}, {"punch_excision", "icepick"}, {"subcision", "rolling"}};
    for (const Modality& modality : modalityCatalog()) {
        const auto it = expected.find(std::string(modality.key));
        EXPECT_EQ(modality.defaultTarget, it != expected.end() ? it->second : "all")
            << modality.key;
    }
}

TEST(ModalityCatalog, EveryDefaultLiesInsideItsAllowedRange) {
    for (const Modality& modality : modalityCatalog()) {
        for (const ModalityParameter& p : modality.parameters) {
            SCOPED_TRACE(std::string(modality.key) + "." + std::string(p.name));
            if (p.kind == ParameterKind::Choice) {
                std::set<std::string_view> choices(p.choices.begin(), p.choices.end());
                EXPECT_GE(choices.size(), 2u);
                EXPECT_TRUE(choices.contains(p.defaultChoice));
            } else {
                EXPECT_LT(p.min, p.max);
                EXPECT_GE(p.defaultValue, p.min);
                EXPECT_LE(p.defaultValue, p.max);
            }
            if (p.kind == ParameterKind::Integer || p.kind == ParameterKind::YesNo) {
                EXPECT_EQ(p.defaultValue, static_cast<long>(p.defaultValue));
            }
        }
    }
}

TEST(ModalityCatalog, ParameterNamesAreSnakeCaseAndEndInTheirUnit) {
    const std::map<std::string_view, std::string_view> suffix{
        {"mJ", "_mj"}, {"%", "_pct"}, {"J/cm²", "_j_cm2"}, {"mm", "_mm"}, {"mL", "_ml"}};
    for (const Modality& modality : modalityCatalog()) {
        for (const ModalityParameter& p : modality.parameters) {
            SCOPED_TRACE(std::string(modality.key) + "." + std::string(p.name));
            for (char c : p.name) {
                EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
            }
            if (!p.unit.empty()) {
                ASSERT_TRUE(suffix.contains(p.unit)) << p.unit;
                EXPECT_TRUE(p.name.ends_with(suffix.at(p.unit)));
            }
        }
    }
}

TEST(ModalityCatalog, EverythingStatesItsSourceAndMeaning) {
    for (const Modality& modality : modalityCatalog()) {
        EXPECT_FALSE(modality.displayName.empty()) << modality.key;
        EXPECT_FALSE(modality.sources.empty()) << modality.key;
        EXPECT_FALSE(modality.parameters.empty()) << modality.key;
        EXPECT_GT(modality.intervalDays, 0) << modality.key;
        for (const ModalityParameter& p : modality.parameters) {
            EXPECT_FALSE(p.description.empty()) << p.name;
            EXPECT_FALSE(p.source.empty()) << p.name;
        }
    }
}

TEST(ModalityCatalog, HasTheParametersTheScenarioFormatNames) {
    // DESIGN.md section 6 names these; the evidence fixes their defaults.
    const Modality* co2 = findModality("fractional_co2");
    ASSERT_NE(co2, nullptr);
    EXPECT_EQ(co2->findParameter("density_pct")->max, 70);
    EXPECT_EQ(co2->intervalDays, 42); // Majid & Imran 2014
    EXPECT_EQ(findModality("microneedling")->findParameter("needle_mm")->defaultValue, 1.5);
    EXPECT_EQ(findModality("microneedling")->findParameter("prp")->kind, ParameterKind::YesNo);
    EXPECT_EQ(findModality("chemical_peel")->findParameter("depth")->kind, ParameterKind::Choice);
    EXPECT_EQ(findModality("tca_cross")->findParameter("concentration_pct")->defaultValue, 100);
    EXPECT_EQ(findModality("tca_cross")->intervalDays, 14); // Khunger 2011
    EXPECT_NE(findModality("ha_filler")->findParameter("volume_ml"), nullptr);
    EXPECT_EQ(findModality("laser"), nullptr);
    EXPECT_EQ(co2->findParameter("fluence_j_cm2"), nullptr);
}

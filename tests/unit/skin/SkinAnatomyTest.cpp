// Dermal thickness by region and sex (evidence.md 1d, Meng 2022 HFUS): the generated dermis field
// has the published mean and varies only gently across the patch.

#include "skin/SkinAnatomy.hpp"
#include "skin/SkinGenerator.hpp"

#include <gtest/gtest.h>

namespace skinsim {
namespace {

TEST(SkinAnatomy, DermisIsThinnerInWomenAndFollowsTheRegion) {
    for (Region r : {Region::Cheek, Region::Forehead, Region::Temple, Region::Chin}) {
        EXPECT_LT(dermisThickness(r, Sex::Female).meanUm, dermisThickness(r, Sex::Male).meanUm);
    }
    EXPECT_EQ(dermisThickness(Region::Cheek, Sex::Male).meanUm, 1140);
    EXPECT_EQ(dermisThickness(Region::Cheek, Sex::Female).meanUm, 870);
    EXPECT_LT(dermisThickness(Region::Temple, Sex::Male).meanUm,
              dermisThickness(Region::Forehead, Sex::Male).meanUm);
}

TEST(SkinAnatomy, GeneratedDermisHasTheRegionMeanWithGentleVariation) {
    for (Sex sex : {Sex::Female, Sex::Male}) {
        PatchSpec patch;
        patch.region = Region::Forehead;
        patch.pixelUm = 100;
        PatientSpec patient;
        patient.sex = sex;
        GenerateOptions options;
        options.microrelief = false;
        auto result = generateSkin(patch, patient, ScarSpec{}, 2, options);
        ASSERT_TRUE(result.ok());
        const double expected = dermisThickness(Region::Forehead, sex).meanUm;
        EXPECT_NEAR(result->dermisUm.mean(), expected, 0.03 * expected);
        EXPECT_GE(result->dermisUm.minValue(), (1 - kDermisVariation) * expected - 1);
        EXPECT_LE(result->dermisUm.maxValue(), (1 + kDermisVariation) * expected + 1);
    }
}

} // namespace
} // namespace skinsim

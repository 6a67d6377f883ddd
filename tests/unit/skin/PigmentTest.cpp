// Pigment (issue 3): melanin by Fitzpatrick type, baseline blood, PIE and PIH halos around some
// scars (PIH more often in darker skin), and a skin-coloured albedo.

#include "skin/Pigment.hpp"
#include "skin/SkinAnatomy.hpp"
#include "skin/SkinColour.hpp"
#include "skin/SkinGenerator.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace skinsim {
namespace {

SkinPatch patchFor(int fitzpatrick, int scars, std::uint64_t seed = 3) {
    PatientSpec patient;
    patient.fitzpatrick = fitzpatrick;
    ScarSpec s;
    if (scars > 0) {
        s.random = {{ScarType::Icepick, scars, std::nullopt, std::nullopt}};
    }
    PatchSpec patch;
    patch.pixelUm = 100; // pigment varies over millimetres
    GenerateOptions options;
    options.microrelief = false;
    auto result = generateSkin(patch, patient, s, seed, options);
    EXPECT_TRUE(result.ok());
    return std::move(result.value());
}

TEST(Pigment, MelaninRisesWithFitzpatrickType) {
    double previous = 0;
    for (int type = 1; type <= 6; ++type) {
        const double mean = patchFor(type, 0).melanin.mean();
        EXPECT_GT(mean, previous) << "type " << type;
        EXPECT_NEAR(mean, melaninFraction(type), 0.03 * melaninFraction(type));
        previous = mean;
    }
}

TEST(Pigment, AlbedoIsSkinColouredAndDarkensWithType) {
    double previousLuminance = 1.0;
    for (int type = 1; type <= 6; ++type) {
        const auto rgb = skinAlbedoLinearSrgb(melaninFraction(type), kBaselineBloodFraction);
        EXPECT_GT(rgb[0], rgb[1]) << "skin reflects more red than green";
        EXPECT_GT(rgb[1], rgb[2] * 0.8) << "and not much more blue than green";
        const double luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        EXPECT_LT(luminance, previousLuminance);
        previousLuminance = luminance;
    }
    // Blood reddens: more blood lowers green more than red.
    const auto pale = skinAlbedoLinearSrgb(0.04, 0.01);
    const auto red = skinAlbedoLinearSrgb(0.04, 0.06);
    EXPECT_GT(pale[1] - red[1], pale[0] - red[0]);
    EXPECT_EQ(linearToSrgb8(0.0), 0);
    EXPECT_EQ(linearToSrgb8(1.0), 255);
    EXPECT_NEAR(linearToSrgb8(0.2140), 128, 1); // sRGB mid-grey
    EXPECT_EQ(linearToSrgb8(0.5), 188);
}

TEST(Pigment, PihHalosAreMoreLikelyInDarkerSkin) {
    for (int type = 2; type <= 6; ++type) {
        EXPECT_GT(pihProbability(type), pihProbability(type - 1));
    }
    auto share = [](int type) {
        int pih = 0, total = 0;
        for (std::uint64_t id = 0; id < 2000; ++id) {
            ScarShape s;
            s.type = ScarType::Boxcar;
            assignScarPigment(s, type, CounterRng(1, "test").child(id));
            pih += s.hyperpigmentation > 0 ? 1 : 0;
            ++total;
        }
        return static_cast<double>(pih) / total;
    };
    EXPECT_LT(share(1), share(6));
    EXPECT_NEAR(share(6), pihProbability(6), 0.04);
}

TEST(Pigment, ScarsCarryErythemaAndPihInTheirHalos) {
    const SkinPatch bare = patchFor(5, 0, 8);
    const SkinPatch scarred = patchFor(5, 30, 8);
    int pie = 0, pih = 0;
    for (const Scar& s : scarred.scars) {
        const double x = s.centerMm[0], y = s.centerMm[1];
        if (s.erythema > 0) {
            ++pie;
            // Mottled marks: at least the mottle's floor (0.3) of the scar's redness everywhere.
            EXPECT_GE(scarred.erythema.sample(x, y), 0.29 * s.erythema);
        }
        if (s.hyperpigmentation > 0) {
            ++pih;
            EXPECT_GT(scarred.melanin.sample(x, y),
                      bare.melanin.sample(x, y) * (1 + 0.27 * s.hyperpigmentation));
        }
    }
    EXPECT_GT(pie, 0);
    EXPECT_GT(pih, 0);
    EXPECT_LT(pie, 30);
    EXPECT_EQ(bare.erythema.maxValue(), 0.0f);
}

} // namespace
} // namespace skinsim

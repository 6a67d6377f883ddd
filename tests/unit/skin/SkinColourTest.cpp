// Colour science and the skin colour's calibration: D65's white point and a grey's CIELAB from the
// spectral integration, sRGB round trips, and the albedo of each Fitzpatrick type against
// Chardon's ITA classes (the convention of SkinAnatomy.hpp) and Yun 2010's cheek redness.

#include "skin/SkinColour.hpp"
#include "skin/Colorimetry.hpp"
#include "skin/SkinAnatomy.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace skinsim {
namespace {

spectra::Spectrum flat(double reflectance) {
    spectra::Spectrum s;
    s.fill(reflectance);
    return s;
}

// The class each type's bare skin must fall in (SkinAnatomy.hpp's convention).
constexpr ItaClass kClassByType[6] = {ItaClass::VeryLight, ItaClass::Light, ItaClass::Intermediate,
                                      ItaClass::Tan,       ItaClass::Brown, ItaClass::Dark};

Lab bareSkin(int type) {
    return skinAlbedoLab(melaninFraction(type), kBaselineBloodFraction);
}

TEST(Colorimetry, PerfectWhiteUnderD65IsD65sWhitePointWithinThe400To700Truncation) {
    const Xyz white = xyzUnderD65(flat(1.0));
    EXPECT_DOUBLE_EQ(white.y, 1.0);
    // CIE 015: X/Y 0.9505, Z/Y 1.0888 over 360-830 nm; the 400-700 nm grid drops the tails,
    // worth 0.1-0.2 %.
    EXPECT_NEAR(white.x, 0.9505, 0.0025);
    EXPECT_NEAR(white.z, 1.0888, 0.0025);
    const Lab lab = labOf(white);
    EXPECT_NEAR(lab.l, 100.0, 1e-9);
    EXPECT_NEAR(lab.a, 0.0, 1e-9);
    EXPECT_NEAR(lab.b, 0.0, 1e-9);
}

TEST(Colorimetry, FlatEighteenPercentGreyIsLStar49Point5AndNeutral) {
    const Lab grey = labOf(xyzUnderD65(flat(0.18)));
    EXPECT_NEAR(grey.l, 49.5, 0.05);
    EXPECT_NEAR(grey.a, 0.0, 1e-9);
    EXPECT_NEAR(grey.b, 0.0, 1e-9);
}

TEST(Colorimetry, WhiteSpectrumIsSrgbWhiteAndSrgbToXyzRoundTrips) {
    const auto rgb = linearSrgbOf(xyzUnderD65(flat(1.0)));
    for (double c : rgb) {
        EXPECT_NEAR(c, 1.0, 0.005) << "D65 is sRGB's white";
    }
    const auto back = linearSrgbOf(xyzOfLinearSrgb({0.6, 0.35, 0.2}));
    EXPECT_NEAR(back[0], 0.6, 1e-3);
    EXPECT_NEAR(back[1], 0.35, 1e-3);
    EXPECT_NEAR(back[2], 0.2, 1e-3);
    const Lab white = labOfSrgb8(255, 255, 255);
    EXPECT_NEAR(white.l, 100.0, 1e-9);
    EXPECT_NEAR(white.a, 0.0, 1e-9);
    EXPECT_NEAR(white.b, 0.0, 1e-9);
    EXPECT_NEAR(labOfSrgb8(119, 119, 119).l, 50.0, 0.3); // sRGB 119 is L* 50
}

TEST(Colorimetry, ItaIsTheAngleOfLightnessOverYellowness) {
    EXPECT_NEAR(itaDegrees({50.0 + std::sqrt(3.0) * 10.0, 0.0, 10.0}), 60.0, 1e-9);
    EXPECT_NEAR(itaDegrees({40.0, 0.0, 10.0}), -45.0, 1e-9);
    EXPECT_EQ(itaClass(56.0), ItaClass::VeryLight);
    EXPECT_EQ(itaClass(48.0), ItaClass::Light);
    EXPECT_EQ(itaClass(30.0), ItaClass::Intermediate);
    EXPECT_EQ(itaClass(20.0), ItaClass::Tan);
    EXPECT_EQ(itaClass(-29.0), ItaClass::Brown);
    EXPECT_EQ(itaClass(-31.0), ItaClass::Dark);
}

TEST(SkinColour, EachFitzpatrickTypesAlbedoFallsInItsItaClass) {
    for (int type = 1; type <= 6; ++type) {
        const Lab lab = bareSkin(type);
        const double ita = itaDegrees(lab);
        EXPECT_EQ(itaClass(ita), kClassByType[type - 1])
            << "type " << type << ": L* " << lab.l << " a* " << lab.a << " b* " << lab.b << " ITA "
            << ita << " (" << itaClassName(itaClass(ita)) << ")";
    }
}

TEST(SkinColour, ItaFallsAndSkinDarkensWithEveryType) {
    for (int type = 2; type <= 6; ++type) {
        EXPECT_LT(itaDegrees(bareSkin(type)), itaDegrees(bareSkin(type - 1))) << "type " << type;
        EXPECT_LT(bareSkin(type).l, bareSkin(type - 1).l) << "type " << type;
    }
}

TEST(SkinColour, TypesOneToThreeAreAsRedAsMeasuredCheeks) {
    // Yun et al. 2010, 148 cheeks: a* 9.0 +- 2.7.
    for (int type = 1; type <= 3; ++type) {
        const Lab lab = bareSkin(type);
        EXPECT_GE(lab.a, 9.0 - 2.7) << "type " << type;
        EXPECT_LE(lab.a, 9.0 + 2.7) << "type " << type;
    }
}

TEST(SkinColour, ErythemaReddensEveryType) {
    for (int type = 1; type <= 6; ++type) {
        const double m = melaninFraction(type);
        const Lab calm = skinAlbedoLab(m, kBaselineBloodFraction);
        const Lab red = skinAlbedoLab(m, kBaselineBloodFraction + kErythemaBloodFraction);
        // Clearly redder: more than a third of the a* spread between cheeks (Yun: SD 2.7).
        EXPECT_GT(red.a - calm.a, 3.0) << "type " << type;
        EXPECT_LT(red.l, calm.l) << "blood darkens too";
    }
}

TEST(SkinColour, ExtraMelaninIsDarkerAndBrowner) {
    const double m = melaninFraction(3);
    const Lab normal = skinAlbedoLab(m, kBaselineBloodFraction);
    const Lab pih = skinAlbedoLab(1.6 * m, kBaselineBloodFraction);
    EXPECT_LT(pih.l, normal.l - 5.0);
    EXPECT_LT(itaDegrees(pih), itaDegrees(normal) - 10.0) << "browner: a lower ITA";
}

TEST(SkinColour, ReflectanceRisesTowardRedWithHaemoglobinsDipsAt540And580) {
    const auto r = skinReflectance(melaninFraction(3), kBaselineBloodFraction);
    auto at = [&](int nm) { return r[static_cast<std::size_t>((nm - spectra::kFirstNm) / 10)]; };
    EXPECT_LT(at(450), at(650));
    EXPECT_LT(at(540), at(520)) << "oxyhaemoglobin's alpha/beta bands";
    EXPECT_LT(at(580), at(600));
    for (double v : r) {
        EXPECT_GT(v, 0.0);
        EXPECT_LT(v, 1.0);
    }
}

} // namespace
} // namespace skinsim

// Bad input (issue 3): clear Error::badInput messages that name the field and what is allowed, for
// overlapping explicit scars, scars outside the patch, sizes outside a type's published range
// (unless allow_atypical) and patches too large for memory.

#include "skin/ScarValidation.hpp"
#include "skin/SkinGenerator.hpp"
#include "skin/SkinPatch.hpp"

#include <gtest/gtest.h>

namespace skinsim {
namespace {

ExplicitScar placed(ScarType type, double x, double y, double diameter, double depth) {
    ExplicitScar e;
    e.type = type;
    e.centerMm = {x, y};
    e.diameterMm = diameter;
    e.depthMm = depth;
    return e;
}

/// The message generateSkin fails with (and that it does fail as bad input).
std::string badInputMessage(const ScarSpec& scars, PatchSpec patch = {}, PatientSpec patient = {}) {
    auto result = generateSkin(patch, patient, scars, 1);
    EXPECT_FALSE(result.ok());
    if (result.ok()) {
        return "";
    }
    EXPECT_EQ(result.error().kind, Error::Kind::BadInput);
    return result.error().message;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(SkinValidation, OverlappingExplicitScarsAreRefused) {
    ScarSpec s;
    s.placed = {placed(ScarType::Boxcar, 10, 10, 3.0, 0.3),
                placed(ScarType::Boxcar, 12, 10, 3.0, 0.3)};
    const std::string m = badInputMessage(s);
    EXPECT_TRUE(contains(m, "scars.explicit[1]: overlaps scars.explicit[0]")) << m;
    EXPECT_TRUE(contains(m, "allow_overlap")) << m;
}

TEST(SkinValidation, AScarReachingOutsideThePatchIsRefused) {
    ScarSpec s;
    s.placed = {placed(ScarType::Boxcar, 1.0, 10, 3.0, 0.3)};
    const std::string m = badInputMessage(s);
    EXPECT_TRUE(contains(m, "scars.explicit[0].center_mm")) << m;
    EXPECT_TRUE(contains(m, "outside the 30 x 30 mm patch")) << m;
}

TEST(SkinValidation, SizesOutsideThePublishedRangeAreRefusedUnlessAtypical) {
    ScarSpec s;
    s.placed = {placed(ScarType::Icepick, 10, 10, 3.0, 1.2)}; // icepicks are < 2 mm across
    std::string m = badInputMessage(s);
    EXPECT_TRUE(contains(
        m, "scars.explicit[0].diameter_mm: 3 is outside the published icepick diameter 0.3..2"))
        << m;
    EXPECT_TRUE(contains(m, "allow_atypical")) << m;
    s.allowAtypical = true;
    EXPECT_TRUE(generateSkin(PatchSpec{}, PatientSpec{}, s, 1).ok());
}

TEST(SkinValidation, DepthsOutsideThePublishedRangeAreRefused) {
    ScarSpec s;
    s.random = {{ScarType::Boxcar, 3, std::nullopt, Interval{0.5, 1.5}}};
    std::string m = badInputMessage(s);
    EXPECT_TRUE(contains(
        m, "scars.random[0].depth_mm[1]: 1.5 is outside the published boxcar depth 0.1..1"))
        << m;
    // An icepick's tract must end below the dermis of this region and sex (evidence.md 1d).
    ScarSpec shallow;
    shallow.placed = {placed(ScarType::Icepick, 10, 10, 1.0, 0.5)};
    m = badInputMessage(shallow);
    EXPECT_TRUE(contains(m, "icepick depth")) << m;
    ScarSpec backwards;
    backwards.random = {{ScarType::Rolling, 1, Interval{6, 5}, std::nullopt}};
    m = badInputMessage(backwards);
    EXPECT_TRUE(contains(m, "low <= high")) << m;
}

TEST(SkinValidation, AtypicalStillRefusesTheImpossible) {
    ScarSpec s;
    s.allowAtypical = true;
    s.placed = {placed(ScarType::Boxcar, 10, 10, 3.0, -0.2)};
    EXPECT_TRUE(contains(badInputMessage(s), "must be a positive number")) << badInputMessage(s);
    s.placed = {placed(ScarType::Boxcar, 10, 10, 3.0, 9.0)};
    EXPECT_TRUE(contains(badInputMessage(s), "more than any facial scar")) << badInputMessage(s);
}

TEST(SkinValidation, APatchTooLargeIsRefusedBeforeAnythingIsAllocated) {
    PatchSpec huge;
    huge.widthMm = 250;
    huge.heightMm = 250;
    huge.pixelUm = 1.0; // 250000² cells
    const std::string m = badInputMessage(ScarSpec{}, huge);
    EXPECT_TRUE(contains(m, "more than 32768 cells per side")) << m;
    EXPECT_TRUE(contains(m, "pixel_um")) << m;
}

TEST(SkinValidation, APatchTooLargeForThisMachinesMemoryIsRefused) {
    // 20000² cells at a (pretend) megabyte per cell: more than any machine has.
    PatchSpec big;
    big.widthMm = 200;
    big.heightMm = 200;
    big.pixelUm = 10.0;
    const Status s = validatePatch(big, std::size_t(1) << 20);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(contains(s.error().message, "MiB this machine can spare")) << s.error().message;
    // The generator's own budget is under 64 bytes per cell (issue 3).
    EXPECT_LT(kPeakBytesPerCell, 64u);
}

TEST(SkinValidation, PatchAndPatientFieldsAreChecked) {
    PatchSpec tiny;
    tiny.widthMm = 0.1;
    EXPECT_TRUE(contains(badInputMessage(ScarSpec{}, tiny), "at least 16"))
        << badInputMessage(ScarSpec{}, tiny);
    PatchSpec coarse;
    coarse.pixelUm = 5000;
    EXPECT_TRUE(contains(badInputMessage(ScarSpec{}, coarse), "patch.pixel_um"));
    PatientSpec patient;
    patient.fitzpatrick = 7;
    EXPECT_TRUE(contains(badInputMessage(ScarSpec{}, PatchSpec{}, patient), "patient.fitzpatrick"));
    ScarSpec grade;
    grade.goodmanBaronGrade = 1;
    EXPECT_TRUE(contains(badInputMessage(grade), "goodman_baron_grade"));
}

TEST(SkinValidation, RangesDependOnRegionAndSex) {
    // A 1.0 mm tract reaches below a woman's cheek dermis (0.87 mm) but not a man's (1.14 mm).
    ScarSpec s;
    s.placed = {placed(ScarType::Icepick, 10, 10, 1.0, 1.0)};
    PatientSpec woman;
    woman.sex = Sex::Female;
    PatientSpec man;
    man.sex = Sex::Male;
    EXPECT_TRUE(validateScars(PatchSpec{}, woman, s).ok());
    EXPECT_FALSE(validateScars(PatchSpec{}, man, s).ok());
}

} // namespace
} // namespace skinsim

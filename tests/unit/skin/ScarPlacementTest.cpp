// Placement (issue 3): explicit scars are honoured within measurement error, random scars follow
// the scenario's mix without overlapping, Goodman-Baron presets scale with the grade, and no two
// scars are identical.

#include "SkinTestSupport.hpp"

#include "skin/GoodmanBaronPresets.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace skinsim::test {
namespace {

ExplicitScar placed(ScarType type, double x, double y, double diameter, double depth) {
    ExplicitScar e;
    e.type = type;
    e.centerMm = {x, y};
    e.diameterMm = diameter;
    e.depthMm = depth;
    return e;
}

SkinPatch generateOk(const ScarSpec& scars, std::uint64_t seed, bool microrelief = false,
                     PatchSpec patch = {}) {
    GenerateOptions options;
    options.microrelief = microrelief;
    auto result = generateSkin(patch, PatientSpec{}, scars, seed, options);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? std::move(result.value()) : SkinPatch{};
}

TEST(ScarPlacement, ExplicitScarsAreHonouredWithinMeasurementError) {
    ScarSpec spec;
    spec.placed = {
        placed(ScarType::Boxcar, 8, 8, 3.0, 0.3), placed(ScarType::Icepick, 20, 6, 1.2, 1.2),
        placed(ScarType::Rolling, 10, 21, 6.0, 0.4), placed(ScarType::Chickenpox, 22, 20, 4.0, 0.2),
        placed(ScarType::Boxcar, 25, 27, 2.0, 0.7)};
    const SkinPatch patch = generateOk(spec, 5);
    ASSERT_EQ(patch.scars.size(), spec.placed.size());
    for (std::size_t i = 0; i < spec.placed.size(); ++i) {
        const ExplicitScar& e = spec.placed[i];
        const Scar& s = patch.scars[i];
        SCOPED_TRACE("scar " + std::to_string(i));
        EXPECT_EQ(s.id, static_cast<int>(i));
        EXPECT_EQ(s.type, e.type);
        EXPECT_EQ(s.origin, ScarOrigin::Explicit);
        const ScarMeasurement m = measure(patch, s);
        // The centroid of an irregular outline sits a little off its nominal centre.
        EXPECT_NEAR(m.centroidMm[0], e.centerMm[0], 0.05 * e.diameterMm + 0.03);
        EXPECT_NEAR(m.centroidMm[1], e.centerMm[1], 0.05 * e.diameterMm + 0.03);
        EXPECT_NEAR(m.diameterMm, e.diameterMm, 0.04 * e.diameterMm + 0.025);
        EXPECT_NEAR(m.depthUm, e.depthMm * 1e3, 0.03 * e.depthMm * 1e3);
    }
}

TEST(ScarPlacement, ExplicitScarsAreHonouredOnSkinWithMicrorelief) {
    ScarSpec spec;
    spec.placed = {placed(ScarType::Boxcar, 8, 8, 3.0, 0.3),
                   placed(ScarType::Rolling, 18, 18, 6.0, 0.4)};
    const SkinPatch patch = generateOk(spec, 5, true);
    // Furrows up to ~0.2 mm deep lie around the scars and, fainter, on their floors: a
    // profilometer separates them from the scar's form with a Gaussian filter first.
    const FieldF form = gaussianSmoothed(patch.heightUm, 0.1);
    for (const Scar& s : patch.scars) {
        const ScarMeasurement m = measureScar(form, s.centerMm, 0.7 * s.diameterMm);
        EXPECT_NEAR(m.depthUm, s.depthMm * 1e3, 0.15 * s.depthMm * 1e3) << "scar " << s.id;
        EXPECT_NEAR(m.diameterMm, s.diameterMm, 0.1 * s.diameterMm) << "scar " << s.id;
    }
}

TEST(ScarPlacement, RandomScarsFollowTheMixAndDoNotOverlap) {
    ScarSpec spec;
    spec.random = {{ScarType::Icepick, 10, std::nullopt, std::nullopt},
                   {ScarType::Boxcar, 6, std::nullopt, std::nullopt},
                   {ScarType::Rolling, 3, std::nullopt, std::nullopt},
                   {ScarType::Chickenpox, 1, std::nullopt, std::nullopt}};
    for (const std::uint64_t seed : {1u, 2u, 3u}) {
        const SkinPatch patch = generateOk(spec, seed);
        ASSERT_EQ(patch.scars.size(), 20u);
        std::map<ScarType, int> counts;
        for (const Scar& s : patch.scars) {
            ++counts[s.type];
            EXPECT_GE(s.centerMm[0] - 0.5 * s.diameterMm, 0.0);
            EXPECT_LE(s.centerMm[0] + 0.5 * s.diameterMm, 30.0);
        }
        EXPECT_EQ(counts[ScarType::Icepick], 10);
        EXPECT_EQ(counts[ScarType::Boxcar], 6);
        EXPECT_EQ(counts[ScarType::Rolling], 3);
        EXPECT_EQ(counts[ScarType::Chickenpox], 1);
        // No cell is shared: every scar's 10 %-depth region is its own, and holds its centre.
        for (const Scar& s : patch.scars) {
            const int x = static_cast<int>(s.centerMm[0] / patch.heightUm.pixelMm());
            const int y = static_cast<int>(s.centerMm[1] / patch.heightUm.pixelMm());
            EXPECT_EQ(patch.scarId(x, y), s.id);
            for (const Scar& o : patch.scars) {
                if (o.id < s.id) {
                    const double gap =
                        std::hypot(o.centerMm[0] - s.centerMm[0], o.centerMm[1] - s.centerMm[1]);
                    EXPECT_GT(gap, 0.5 * (o.diameterMm + s.diameterMm)) << s.id << " and " << o.id;
                }
            }
        }
    }
}

TEST(ScarPlacement, RandomRangesAreHonoured) {
    ScarSpec spec;
    spec.random = {{ScarType::Boxcar, 12, Interval{2.0, 2.5}, Interval{0.6, 0.8}}};
    const SkinPatch patch = generateOk(spec, 9);
    for (const Scar& s : patch.scars) {
        EXPECT_GE(s.diameterMm, 2.0);
        EXPECT_LE(s.diameterMm, 2.5);
        EXPECT_GE(s.depthMm, 0.6);
        EXPECT_LE(s.depthMm, 0.8);
        EXPECT_NEAR(s.measuredDepthMm, s.depthMm, 0.01 * s.depthMm);
    }
}

TEST(ScarPlacement, GoodmanBaronPresetsGrowWithTheGrade) {
    std::size_t previous = 0;
    for (int grade = 2; grade <= 4; ++grade) {
        ScarSpec spec;
        spec.goodmanBaronGrade = grade;
        const SkinPatch patch = generateOk(spec, 3);
        EXPECT_GT(patch.scars.size(), previous) << "grade " << grade;
        previous = patch.scars.size();
        double volume = 0;
        for (const Scar& s : patch.scars) {
            EXPECT_EQ(s.origin, ScarOrigin::GradePreset);
            volume += s.volumeMm3;
        }
        if (grade >= 3) {
            EXPECT_TRUE(std::any_of(patch.scars.begin(), patch.scars.end(),
                                    [](const Scar& s) { return s.type == ScarType::Rolling; }));
        }
    }
    // Presets scale with area: a 15 x 15 mm patch gets a quarter of the scars.
    const auto quarter = goodmanBaronPreset(3, 15.0 * 15.0);
    int count = 0;
    for (const auto& g : quarter) {
        count += g.count;
    }
    EXPECT_NEAR(count, 18 / 4, 1);
}

TEST(ScarPlacement, NoTwoScarsAreIdentical) {
    const SkinPatch& patch = patchOf(ScarType::Boxcar, 16, 11, false);
    std::set<std::pair<long, long>> seen;
    for (const Scar& s : patch.scars) {
        const auto key =
            std::make_pair(std::lround(s.aspect * 1e6), std::lround(s.volumeMm3 * 1e6));
        EXPECT_TRUE(seen.insert(key).second) << "scar " << s.id;
    }
    // Two scars of the same requested size differ in outline and profile.
    ScarSpec spec;
    spec.placed = {placed(ScarType::Boxcar, 8, 8, 3.0, 0.3),
                   placed(ScarType::Boxcar, 20, 20, 3.0, 0.3)};
    const SkinPatch twins = generateOk(spec, 1);
    int different = 0;
    for (int dy = -60; dy <= 60; ++dy) {
        for (int dx = -60; dx <= 60; ++dx) {
            different +=
                twins.heightUm(320 + dx, 320 + dy) != twins.heightUm(800 + dx, 800 + dy) ? 1 : 0;
        }
    }
    EXPECT_GT(different, 1000);
}

TEST(ScarPlacement, AScenarioThatCannotFitIsRefusedWithItsReason) {
    ScarSpec spec;
    spec.random = {{ScarType::Rolling, 60, std::nullopt, std::nullopt}};
    auto result = generateSkin(PatchSpec{}, PatientSpec{}, spec, 1);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::BadInput);
    EXPECT_NE(result.error().message.find("scars.random[0]: no room"), std::string::npos)
        << result.error().message;
}

TEST(ScarPlacement, OverlapIsAllowedWhenAsked) {
    ScarSpec spec;
    spec.allowOverlap = true;
    spec.placed = {placed(ScarType::Boxcar, 10, 10, 3.0, 0.3),
                   placed(ScarType::Icepick, 11, 10, 1.0, 1.2)};
    const SkinPatch patch = generateOk(spec, 1);
    ASSERT_EQ(patch.scars.size(), 2u);
    // The icepick's tract, inside the boxcar, reaches its own depth.
    EXPECT_NEAR(-patch.heightUm.sample(11, 10), 1200.0, 30.0);
}

} // namespace
} // namespace skinsim::test

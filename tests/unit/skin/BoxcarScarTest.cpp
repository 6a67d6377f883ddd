// Target geom-boxcar (targets.json): every generated boxcar scar is 1.5-4.0 mm across, 0.1-0.5 mm
// (shallow) or 0.5-1.0 mm (deep) deep, flat-based (depth at half radius >= 0.85 x max) and
// steep-walled (90 % of the depth within 0.25 mm of the rim). Measured on the height map.

#include "SkinTestSupport.hpp"

namespace skinsim::test {
namespace {

constexpr int kPerPatch = 16;
constexpr std::uint64_t kSeeds[] = {11, 12, 13};

template <class Check> void forEachBoxcar(Check check) {
    for (const std::uint64_t seed : kSeeds) {
        const SkinPatch& patch = patchOf(ScarType::Boxcar, kPerPatch, seed, false);
        ASSERT_EQ(patch.scars.size(), static_cast<std::size_t>(kPerPatch));
        const auto& measured = measurementsOf(ScarType::Boxcar, kPerPatch, seed);
        for (std::size_t k = 0; k < patch.scars.size(); ++k) {
            const Scar& scar = patch.scars[k];
            SCOPED_TRACE("seed " + std::to_string(seed) + ", scar " + std::to_string(scar.id));
            check(scar, measured[k]);
        }
    }
}

TEST(BoxcarScar, DiameterIsBetweenOnePointFiveAndFourMillimetres) {
    forEachBoxcar([](const Scar&, const ScarMeasurement& m) {
        EXPECT_GE(m.diameterMm, 1.5 - 0.02); // measurement error: one cell on the rim
        EXPECT_LE(m.diameterMm, 4.0 + 0.02);
    });
}

TEST(BoxcarScar, DepthIsShallowOrDeepWithinPointOneToOneMillimetre) {
    int shallow = 0, deep = 0;
    forEachBoxcar([&](const Scar&, const ScarMeasurement& m) {
        EXPECT_GE(m.depthUm, 100.0 * 0.99);
        EXPECT_LE(m.depthUm, 1000.0 * 1.01);
        (m.depthUm < 500 ? shallow : deep) += 1;
    });
    EXPECT_GT(shallow, 0);
    EXPECT_GT(deep, 0);
}

TEST(BoxcarScar, WallsReachNinetyPercentDepthWithinAQuarterMillimetreOfTheRim) {
    forEachBoxcar([](const Scar&, const ScarMeasurement& m) { EXPECT_LE(m.wallWidthMm, 0.25); });
}

TEST(BoxcarScar, BaseIsFlatAtHalfRadius) {
    forEachBoxcar(
        [](const Scar&, const ScarMeasurement& m) { EXPECT_GE(m.halfRadiusDepthRatio, 0.85); });
}

TEST(BoxcarScar, MeasuredSizeIsTheNominalSize) {
    forEachBoxcar([](const Scar& scar, const ScarMeasurement& m) {
        EXPECT_NEAR(m.diameterMm, scar.diameterMm, 0.03 * scar.diameterMm);
        EXPECT_NEAR(m.depthUm, scar.depthMm * 1e3, 0.01 * scar.depthMm * 1e3);
    });
}

TEST(BoxcarScar, CauseIsAFibroticBase) {
    forEachBoxcar([](const Scar& scar, const ScarMeasurement&) {
        EXPECT_GE(scar.maxFibrosis, 0.4); // fibrotic base 0.4-0.6, deep +0.15 (ScarShapes.cpp)
        EXPECT_NEAR(scar.maxDeficitUm, scar.depthMm * 1e3, 1.0);
        EXPECT_EQ(scar.maxTether, 0.0);
    });
}

} // namespace
} // namespace skinsim::test

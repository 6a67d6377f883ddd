// Target geom-icepick (targets.json): every generated icepick scar is 0.3-2.0 mm across, V-shaped
// (width at half depth < 0.6 x surface width) and deeper than the local dermis. Measured on the
// height map of smooth-skinned patches (microrelief off), many scars over several seeds.

#include "SkinTestSupport.hpp"

namespace skinsim::test {
namespace {

constexpr int kPerPatch = 30;
constexpr std::uint64_t kSeeds[] = {1, 2, 3};

template <class Check> void forEachIcepick(Check check) {
    for (const std::uint64_t seed : kSeeds) {
        const SkinPatch& patch = patchOf(ScarType::Icepick, kPerPatch, seed, false);
        ASSERT_EQ(patch.scars.size(), static_cast<std::size_t>(kPerPatch));
        const auto& measured = measurementsOf(ScarType::Icepick, kPerPatch, seed);
        for (std::size_t k = 0; k < patch.scars.size(); ++k) {
            const Scar& scar = patch.scars[k];
            SCOPED_TRACE("seed " + std::to_string(seed) + ", scar " + std::to_string(scar.id));
            check(patch, scar, measured[k]);
        }
    }
}

TEST(IcepickScar, SurfaceDiameterIsBetweenPointThreeAndTwoMillimetres) {
    forEachIcepick([](const SkinPatch&, const Scar&, const ScarMeasurement& m) {
        EXPECT_GE(m.diameterMm, 0.3);
        EXPECT_LE(m.diameterMm, 2.0);
    });
}

TEST(IcepickScar, WidthAtHalfDepthIsUnderSixTenthsOfTheSurfaceWidth) {
    forEachIcepick([](const SkinPatch&, const Scar&, const ScarMeasurement& m) {
        EXPECT_LT(m.diameterHalfDepthMm, 0.6 * m.diameterMm);
    });
}

TEST(IcepickScar, BaseLiesBelowTheLocalDermis) {
    forEachIcepick([](const SkinPatch& patch, const Scar& scar, const ScarMeasurement& m) {
        const double dermisUm = patch.dermisUm.sample(scar.centerMm[0], scar.centerMm[1]);
        EXPECT_GT(m.depthUm, dermisUm);
    });
}

TEST(IcepickScar, MeasuredSizeIsTheNominalSize) {
    forEachIcepick([](const SkinPatch&, const Scar& scar, const ScarMeasurement& m) {
        EXPECT_NEAR(m.diameterMm, scar.diameterMm, 0.05 * scar.diameterMm + 0.02);
        EXPECT_NEAR(m.depthUm, scar.depthMm * 1e3, 0.02 * scar.depthMm * 1e3);
    });
}

TEST(IcepickScar, CauseIsADeepFibroticTractWithoutTether) {
    forEachIcepick([](const SkinPatch&, const Scar& scar, const ScarMeasurement&) {
        EXPECT_TRUE(scar.reachesSubcutis);
        EXPECT_GT(scar.maxFibrosis, 0.5);
        EXPECT_EQ(scar.maxTether, 0.0);
    });
}

} // namespace
} // namespace skinsim::test

// Target geom-rolling (targets.json): every generated rolling scar is at least 4 mm across, has no
// wall steeper than 45 degrees and carries tether; its profile undulates (M-shaped) because the
// surface sags over separate fibrous anchors. Measured on the height map.

#include "SkinTestSupport.hpp"

#include "skin/TetherSag.hpp"

#include <cmath>

namespace skinsim::test {
namespace {

constexpr int kPerPatch = 4;
constexpr std::uint64_t kSeeds[] = {21, 22, 23, 24, 25};

template <class Check> void forEachRolling(Check check) {
    for (const std::uint64_t seed : kSeeds) {
        const SkinPatch& patch = patchOf(ScarType::Rolling, kPerPatch, seed, false);
        ASSERT_EQ(patch.scars.size(), static_cast<std::size_t>(kPerPatch));
        const auto& measured = measurementsOf(ScarType::Rolling, kPerPatch, seed);
        for (std::size_t k = 0; k < patch.scars.size(); ++k) {
            const Scar& scar = patch.scars[k];
            SCOPED_TRACE("seed " + std::to_string(seed) + ", scar " + std::to_string(scar.id));
            check(scar, measured[k]);
        }
    }
}

TEST(RollingScar, IsAtLeastFourMillimetresAcross) {
    forEachRolling([](const Scar&, const ScarMeasurement& m) { EXPECT_GE(m.diameterMm, 4.0); });
}

TEST(RollingScar, NoWallIsSteeperThanFortyFiveDegrees) {
    forEachRolling([](const Scar&, const ScarMeasurement& m) {
        EXPECT_LE(std::atan(m.maxSlope) * 180.0 / 3.14159265358979, 45.0);
    });
}

TEST(RollingScar, CarriesTether) {
    forEachRolling([](const Scar& scar, const ScarMeasurement&) {
        EXPECT_GT(scar.maxTether, 0.1);
        EXPECT_GE(scar.tetherAnchors, 2);
    });
}

TEST(RollingScar, ProfileUndulatesOverSeparateTetherDips) {
    int undulating = 0, total = 0;
    forEachRolling([&](const Scar&, const ScarMeasurement& m) {
        ++total;
        undulating += m.dips >= 2 ? 1 : 0;
    });
    // Anchors close together may merge into one dip; most scars must show the M shape.
    EXPECT_GE(undulating, static_cast<int>(0.8 * total));
}

TEST(RollingScar, MeasuredSizeIsTheNominalSize) {
    forEachRolling([](const Scar& scar, const ScarMeasurement& m) {
        // The sag spreads a little beyond the tethers, so the skin around a rolling scar sits a
        // few µm low; depth is measured from there.
        EXPECT_NEAR(m.diameterMm, scar.diameterMm, 0.05 * scar.diameterMm);
        EXPECT_NEAR(m.depthUm, scar.depthMm * 1e3, 0.08 * scar.depthMm * 1e3);
    });
}

TEST(RollingScar, SurfaceIsReliefMinusDeficitMinusTetherSag) {
    const SkinPatch& patch = patchOf(ScarType::Rolling, kPerPatch, kSeeds[0], false);
    const FieldF sag = solveTetherSag(patch.tether, patch.sag);
    double worst = 0;
    for (int y = 0; y < patch.height(); ++y) {
        for (int x = 0; x < patch.width(); ++x) {
            const double expected = patch.reliefUm(x, y) - patch.deficitUm(x, y) - sag(x, y);
            worst = std::max(worst, std::abs(expected - patch.heightUm(x, y)));
        }
    }
    EXPECT_LT(worst, 1e-3); // µm
}

} // namespace
} // namespace skinsim::test

// Chickenpox (varicella) scars: round, boxcar-like pits (Fabbrocini 2010; evidence.md 1c), 3-10 mm
// across, most of them hypopigmented (160 of 184 scarred children, Leung 2001).

#include "SkinTestSupport.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim::test {
namespace {

constexpr int kPerPatch = 8;
constexpr std::uint64_t kSeeds[] = {31, 32, 33, 34};

template <class Check> void forEachPock(Check check) {
    for (const std::uint64_t seed : kSeeds) {
        const SkinPatch& patch = patchOf(ScarType::Chickenpox, kPerPatch, seed, false);
        ASSERT_EQ(patch.scars.size(), static_cast<std::size_t>(kPerPatch));
        const auto& measured = measurementsOf(ScarType::Chickenpox, kPerPatch, seed);
        for (std::size_t k = 0; k < patch.scars.size(); ++k) {
            const Scar& scar = patch.scars[k];
            SCOPED_TRACE("seed " + std::to_string(seed) + ", scar " + std::to_string(scar.id));
            check(patch, scar, measured[k]);
        }
    }
}

TEST(ChickenpoxScar, IsARoundFlatBottomedPitThreeToTenMillimetresAcross) {
    forEachPock([](const SkinPatch&, const Scar& scar, const ScarMeasurement& m) {
        EXPECT_GE(m.diameterMm, 3.0 - 0.02);
        EXPECT_LE(m.diameterMm, 10.0);
        EXPECT_LE(scar.aspect, 1.12);
        EXPECT_GE(m.halfRadiusDepthRatio, 0.85);
        EXPECT_LE(m.wallWidthMm, 0.35);
    });
}

TEST(ChickenpoxScar, MostAreHypopigmented) {
    int hypo = 0, total = 0;
    forEachPock([&](const SkinPatch&, const Scar& scar, const ScarMeasurement&) {
        ++total;
        hypo += scar.hypopigmentation > 0 ? 1 : 0;
    });
    EXPECT_GE(hypo, static_cast<int>(0.7 * total));
}

TEST(ChickenpoxScar, HypopigmentedScarsLackMelanin) {
    for (const std::uint64_t seed : kSeeds) {
        const SkinPatch& patch = patchOf(ScarType::Chickenpox, kPerPatch, seed, false);
        // The same skin without scars: pigment of normal skin does not depend on the scars.
        const SkinPatch& bare = patchOf(ScarType::Chickenpox, 0, seed, false);
        for (const Scar& scar : patch.scars) {
            const bool pihNearby =
                std::any_of(patch.scars.begin(), patch.scars.end(), [&](const Scar& o) {
                    return o.hyperpigmentation > 0 &&
                           std::hypot(o.centerMm[0] - scar.centerMm[0],
                                      o.centerMm[1] - scar.centerMm[1]) <
                               0.5 * (o.diameterMm + scar.diameterMm) + 3.5;
                });
            if (scar.hypopigmentation <= 0 || pihNearby) {
                continue;
            }
            const double ratio = patch.melanin.sample(scar.centerMm[0], scar.centerMm[1]) /
                                 bare.melanin.sample(scar.centerMm[0], scar.centerMm[1]);
            EXPECT_NEAR(ratio, 1.0 - scar.hypopigmentation, 0.01) << "scar " << scar.id;
        }
    }
}

} // namespace
} // namespace skinsim::test

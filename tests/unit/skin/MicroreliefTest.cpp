// Normal skin microrelief (issue 3; evidence.md 1e): a polygonal furrow network with furrows
// 20-200 µm deep, pores at a density that fits the region, fine roughness; the forehead smoother
// than the cheek, the cheek with more pores.

#include "skin/Microrelief.hpp"
#include "skin/Pores.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace skinsim {
namespace {

FieldF reliefOf(Region region, double pixelUm = 10.0, double sizeMm = 8.0) {
    const int n = static_cast<int>(sizeMm * 1e3 / pixelUm);
    FieldF relief(n, n, pixelUm);
    generateMicrorelief(relief, reliefParams(region), 4);
    return relief;
}

/// Depths of the furrows a row crosses: each run of cells deeper than 8 µm below the plateau,
/// from the local plateau (the highest cell within 60 µm of the run: the furrow's rim, roughness
/// included) to its bottom, refined between cells by a parabola through the three lowest samples
/// (a row rarely samples a 50 µm wide furrow exactly at its bottom).
std::vector<double> furrowDepths(const FieldF& relief) {
    std::vector<double> depths;
    const int rim = static_cast<int>(60.0 / relief.pixelUm());
    for (int y = 0; y < relief.height(); y += 7) {
        const auto row = relief.row(y);
        auto at = [&](int x) { return static_cast<double>(row[static_cast<std::size_t>(x)]); };
        int start = -1, deepest = -1;
        for (int x = 1; x + 1 < relief.width(); ++x) {
            if (at(x) < -8.0) {
                start = start < 0 ? x : start;
                deepest = deepest < 0 || at(x) < at(deepest) ? x : deepest;
                continue;
            }
            if (deepest > 0 && start > rim && x + rim < relief.width()) {
                const double a = at(deepest - 1), b = at(deepest), c = at(deepest + 1);
                const double curvature = a - 2 * b + c;
                const double bottom = curvature > 0 ? b - (c - a) * (c - a) / (8 * curvature) : b;
                double plateau = -1e9;
                for (int k = start - rim; k <= x + rim; ++k) {
                    plateau = std::max(plateau, at(k));
                }
                depths.push_back(plateau - bottom);
            }
            start = deepest = -1;
        }
    }
    std::sort(depths.begin(), depths.end());
    return depths;
}

double percentile(const std::vector<double>& sorted, double p) {
    return sorted[static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1))];
}

double rms(const FieldF& f) {
    const double mean = f.mean();
    double sum = 0;
    for (float v : f.values()) {
        sum += (v - mean) * (v - mean);
    }
    return std::sqrt(sum / static_cast<double>(f.size()));
}

TEST(Microrelief, FurrowsAreTwentyToTwoHundredMicrometresDeep) {
    const auto depths = furrowDepths(reliefOf(Region::Cheek));
    ASSERT_GT(depths.size(), 1000u);
    // Grazing crossings near a line's end read shallower than the line; the bulk must lie in range.
    EXPECT_GE(percentile(depths, 0.10), 20.0);
    EXPECT_LE(depths.back(), 200.0);
    const double median = percentile(depths, 0.5);
    RecordProperty("furrow_p10_um", std::to_string(percentile(depths, 0.10)));
    RecordProperty("furrow_median_um", std::to_string(median));
    RecordProperty("furrow_p99_um", std::to_string(percentile(depths, 0.99)));
    RecordProperty("furrow_max_um", std::to_string(depths.back()));
    EXPECT_GT(median, 20.0);
    EXPECT_LT(median, 100.0);
}

TEST(Microrelief, PlateausLieAtZeroWithFineRoughness) {
    const FieldF relief = reliefOf(Region::Cheek);
    std::vector<float> values(relief.values().begin(), relief.values().end());
    std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() * 3 / 4),
                     values.end());
    const double upperQuartile = values[values.size() * 3 / 4];
    EXPECT_NEAR(upperQuartile, 0.0, 4.0);
    EXPECT_LT(relief.maxValue(), 10.0f);
}

TEST(Microrelief, ForeheadIsSmootherThanCheek) {
    EXPECT_LT(rms(reliefOf(Region::Forehead)), 0.9 * rms(reliefOf(Region::Cheek)));
}

TEST(Microrelief, CheekHasMorePoresThanForeheadAndTemple) {
    const CounterRng rng(1, "pores");
    const PoreField cheek(reliefParams(Region::Cheek), 30, 30, 25, rng);
    const PoreField forehead(reliefParams(Region::Forehead), 30, 30, 25, rng);
    const PoreField temple(reliefParams(Region::Temple), 30, 30, 25, rng);
    EXPECT_GT(cheek.count(), forehead.count());
    EXPECT_GT(forehead.count(), temple.count());
    // About one visible pore per mm² on the cheek (SkinAnatomy.hpp; assumption).
    EXPECT_NEAR(static_cast<double>(cheek.count()) / 900.0, 1.0, 0.2);
}

TEST(Microrelief, CoarseGridsShowABlurredVersionNotAliasing) {
    // At 100 µm the 40-90 µm wide furrows are widened to a cell with their cross-section kept: the
    // mean depth of the relief stays within a factor of two of the fine one (means are negative).
    const FieldF fine = reliefOf(Region::Cheek, 10.0);
    const FieldF coarse = reliefOf(Region::Cheek, 100.0);
    EXPECT_GT(coarse.mean(), 2.0 * fine.mean());
    EXPECT_LT(coarse.mean(), 0.5 * fine.mean());
    EXPECT_GT(coarse.minValue(), -200.0f);
}

TEST(Microrelief, IsDeterministicAndSeeded) {
    FieldF a(200, 200, 25), b(200, 200, 25), c(200, 200, 25);
    generateMicrorelief(a, reliefParams(Region::Cheek), 1);
    generateMicrorelief(b, reliefParams(Region::Cheek), 1);
    generateMicrorelief(c, reliefParams(Region::Cheek), 2);
    EXPECT_TRUE(std::equal(a.values().begin(), a.values().end(), b.values().begin()));
    EXPECT_FALSE(std::equal(a.values().begin(), a.values().end(), c.values().begin()));
}

} // namespace
} // namespace skinsim

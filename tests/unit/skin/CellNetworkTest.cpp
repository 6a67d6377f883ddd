// The polygon network behind the microrelief (CellNetwork.hpp): a row walk's memo of the current
// cell's borders changes no answer, and the distance to the nearest border is where a walk
// towards it meets the border.

#include "skin/CellNetwork.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>

namespace skinsim {
namespace {

/// Marching outward from (x, y) in 256 directions in steps of a 400th of a cell, the shortest
/// distance at which a point lies on a border (within a step of one), mm.
double marchedBorderMm(const CellNetwork& network, double x, double y, double cellMm) {
    double best = std::numeric_limits<double>::max();
    const double step = cellMm / 400.0;
    for (int a = 0; a < 256; ++a) {
        const double ax = std::cos(a * 2 * std::numbers::pi / 256);
        const double ay = std::sin(a * 2 * std::numbers::pi / 256);
        for (double r = 0; r < best; r += step) {
            const auto b = network.nearestBorder(x + ax * r, y + ay * r, step);
            if (b.distanceMm < step) {
                best = std::min(best, r);
                break;
            }
        }
    }
    return best;
}

TEST(CellNetwork, MemoOfTheCurrentCellGivesTheSameBordersAsAFreshSearch) {
    const CellNetwork network(0.25, 0, 0, 5, 5, 0.85, 0.6, CounterRng(3, "test-network"));
    CellNetwork::CellLines memo;
    int nearBorders = 0;
    for (int k = 0; k < 20000; ++k) {
        const double x = 1.0 + 3.0 * (k % 200) / 200.0; // a row walk: neighbours share cells
        const double y = 1.0 + 3.0 * (k / 200) / 100.0;
        const auto fresh = network.nearestBorder(x, y, 0.05);
        const auto walked = network.nearestBorder(x, y, 0.05, memo);
        ASSERT_DOUBLE_EQ(fresh.distanceMm, walked.distanceMm) << x << " " << y;
        ASSERT_EQ(fresh.key, walked.key);
        nearBorders += fresh.distanceMm < 0.05 ? 1 : 0;
    }
    EXPECT_GT(nearBorders, 1000); // the walk does cross borders
}

TEST(CellNetwork, NearestBorderIsWhereTheCellEnds) {
    // Every border present (with absent ones, a march can leave the cell through a gap).
    const double cellMm = 0.25;
    const CellNetwork network(cellMm, 0, 0, 5, 5, 0.85, 1.0, CounterRng(4, "test-network"));
    int checked = 0;
    for (int k = 0; k < 12; ++k) {
        const double x = 1.3 + 0.23 * k;
        const double y = 2.1 + 0.17 * k;
        const auto b = network.nearestBorder(x, y, cellMm);
        if (b.distanceMm >= cellMm) {
            continue;
        }
        ++checked;
        EXPECT_NEAR(marchedBorderMm(network, x, y, cellMm), b.distanceMm, cellMm / 200.0)
            << x << " " << y;
    }
    EXPECT_GE(checked, 6);
}

} // namespace
} // namespace skinsim

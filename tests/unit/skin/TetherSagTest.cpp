// The tether sag (MODEL.md "Surface"): (1 - L²∇²) p = P T with zero-slope borders, solved on a
// coarse grid and interpolated back.

#include "skin/TetherSag.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace skinsim {
namespace {

TEST(TetherSag, ABroadFullTetherSagsByTheFullAmount) {
    FieldF tether(400, 300, 25.0, 1.0f);
    const SagParams params;
    const FieldF p = solveTetherSag(tether, params);
    EXPECT_NEAR(p.minValue(), params.fullTetherSagUm, 1.0);
    EXPECT_NEAR(p.maxValue(), params.fullTetherSagUm, 1.0);
}

TEST(TetherSag, AnEdgeDecaysOverTheSagLength) {
    // Tether on the left half: p falls from P to P/2 at the edge and decays as exp(-x / L) beyond.
    FieldF tether(1600, 40, 25.0);
    for (int y = 0; y < tether.height(); ++y) {
        for (int x = 0; x < 800; ++x) {
            tether(x, y) = 1.0f;
        }
    }
    const SagParams params;
    const FieldF p = solveTetherSag(tether, params);
    const double edge = 0.5 * (p(799, 20) + p(800, 20));
    EXPECT_NEAR(edge, 0.5 * params.fullTetherSagUm, 0.01 * params.fullTetherSagUm);
    const int oneLength = static_cast<int>(params.lengthMm * 1e3 / 25.0);
    const double ratio = p(800 + 2 * oneLength, 20) / p(800 + oneLength, 20);
    EXPECT_NEAR(ratio, std::exp(-1.0), 0.02);
}

TEST(TetherSag, IsLinearInTether) {
    FieldF a(240, 240, 25.0);
    a(100, 120) = 1.0f;
    a(101, 120) = 1.0f;
    FieldF b = a;
    b *= 0.5f;
    const SagParams params;
    const FieldF pa = solveTetherSag(a, params);
    const FieldF pb = solveTetherSag(b, params);
    EXPECT_NEAR(pb(100, 120), 0.5 * pa(100, 120), 1e-3 * pa(100, 120));
    EXPECT_GT(pa(100, 120), pa(100, 160)); // it spreads, and falls off
    EXPECT_GT(pa(100, 160), 0.0f);
}

TEST(TetherSag, NothingWrapsAroundThePatchBorder) {
    FieldF tether(800, 200, 25.0);
    for (int y = 0; y < 200; ++y) {
        for (int x = 0; x < 20; ++x) {
            tether(x, y) = 1.0f;
        }
    }
    const FieldF p = solveTetherSag(tether, SagParams{});
    EXPECT_GT(p(10, 100), 100.0f);
    EXPECT_LT(std::abs(p(795, 100)), 1e-3f);
}

TEST(TetherSag, CoarseSolveMatchesAFineOne) {
    // The default solve uses 100 µm cells; a solve at the fine 25 µm grid agrees to < 1 %.
    FieldF tether(480, 480, 25.0);
    for (int y = 0; y < 480; ++y) {
        for (int x = 0; x < 480; ++x) {
            const double r = std::hypot(x - 240.0, y - 240.0) * 0.025;
            tether(x, y) = static_cast<float>(0.6 * std::exp(-r * r / (2 * 0.3 * 0.3)));
        }
    }
    SagParams fine;
    fine.coarseCellOfLength = 0.025;
    EXPECT_EQ(sagCoarseFactor(25.0, SagParams{}), 4);
    EXPECT_EQ(sagCoarseFactor(25.0, fine), 1);
    const FieldF a = solveTetherSag(tether, SagParams{});
    const FieldF b = solveTetherSag(tether, fine);
    for (int x : {240, 260, 300, 360}) {
        EXPECT_NEAR(a(x, 240), b(x, 240), 0.01 * b(240, 240)) << x;
    }
}

} // namespace
} // namespace skinsim

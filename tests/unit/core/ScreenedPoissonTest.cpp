#include "core/ScreenedPoisson.hpp"

#include <cmath>
#include <cstring>
#include <gtest/gtest.h>

using namespace skinsim;

TEST(ScreenedPoisson, UniformLoadGivesTheSameUniformResponse) {
    ScreenedPoissonSolver solver(64, 48, 25.0, 1000.0);
    const FieldF p = solver.solve(FieldF(64, 48, 25.0, 3.0f));
    EXPECT_NEAR(p.minValue(), 3.0f, 1e-4);
    EXPECT_NEAR(p.maxValue(), 3.0f, 1e-4);
}

TEST(ScreenedPoisson, SatisfiesTheDiscreteEquation) {
    const int w = 80, h = 60;
    const double pixelUm = 25.0, lengthUm = 400.0;
    FieldF load(w, h, pixelUm);
    load(40, 30) = 1000.0f;
    load(10, 50) = -500.0f;
    ScreenedPoissonSolver solver(w, h, pixelUm, lengthUm);
    const FieldF p = solver.solve(load);
    const double r2 = (lengthUm / pixelUm) * (lengthUm / pixelUm);
    double worst = 0;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            // Neumann border: the mirrored neighbour equals the cell itself.
            const double lap = p.clamped(x - 1, y) + p.clamped(x + 1, y) + p.clamped(x, y - 1) +
                               p.clamped(x, y + 1) - 4.0 * p(x, y);
            worst = std::max(worst, std::abs(p(x, y) - r2 * lap - load(x, y)));
        }
    }
    EXPECT_LT(worst, 1e-2) << "residual of (1 - L²∇²)p = f";
}

TEST(ScreenedPoisson, PointLoadSpreadsOverTheLengthScale) {
    const int n = 201;
    FieldF load(n, n, 25.0);
    load(100, 100) = 1.0f;
    for (double lengthUm : {250.0, 1000.0}) {
        ScreenedPoissonSolver solver(n, n, 25.0, lengthUm);
        const FieldF p = solver.solve(load);
        // The response decays like K0(r/L): at r = 2L it has fallen well below its value at L/2.
        const int half = static_cast<int>(lengthUm / 2 / 25.0);
        const int twice = static_cast<int>(2 * lengthUm / 25.0);
        EXPECT_GT(p(100 + half, 100), 4.0f * p(100 + twice, 100)) << lengthUm;
        EXPECT_GT(p(100 + twice, 100), 0.0f);
    }
}

TEST(ScreenedPoisson, IsBitIdenticalAcrossRuns) {
    FieldF load(90, 70, 25.0);
    for (int i = 0; i < 90 * 70; ++i) {
        load.data()[i] = static_cast<float>((i * 7919) % 113) - 56.0f;
    }
    ScreenedPoissonSolver a(90, 70, 25.0, 700.0);
    ScreenedPoissonSolver b(90, 70, 25.0, 700.0);
    const FieldF pa = a.solve(load);
    const FieldF pb = b.solve(load);
    EXPECT_EQ(std::memcmp(pa.data(), pb.data(), pa.size() * sizeof(float)), 0);
}

#include "analysis/Roughness.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <numbers>

using namespace skinsim;

TEST(Roughness, SineSurfaceHasTheTextbookParameters) {
    // z = A cos(kx) over whole periods (a cosine, so no tilt is fitted away): Ra = 2A/π, Rq = A/√2, Rsk = 0, Rku = 1.5.
    FieldF h(400, 50, 10.0);
    const double a = 10.0;
    for (int y = 0; y < h.height(); ++y) {
        for (int x = 0; x < h.width(); ++x) {
            h(x, y) = static_cast<float>(a * std::cos(2 * std::numbers::pi * x / 40.0));
        }
    }
    const Roughness r = roughness(h);
    EXPECT_NEAR(r.raUm, 2 * a / std::numbers::pi, 0.05);
    EXPECT_NEAR(r.rqUm, a / std::sqrt(2.0), 0.05);
    EXPECT_NEAR(r.rsk, 0.0, 0.02);
    EXPECT_NEAR(r.rku, 1.5, 0.02);
}

TEST(Roughness, ATiltedPlaneIsNotRough) {
    FieldF h(100, 80, 25.0);
    for (int y = 0; y < h.height(); ++y) {
        for (int x = 0; x < h.width(); ++x) {
            h(x, y) = 3.0f * x - 2.0f * y + 7.0f;
        }
    }
    EXPECT_LT(roughness(h).raUm, 1e-3);
}

TEST(Roughness, PitsMakeTheSurfaceNegativelySkewed) {
    FieldF h(100, 100, 25.0);
    for (int i = 0; i < 10; ++i) {
        h(10 * i + 5, 50) = -100.0f;
    }
    EXPECT_LT(roughness(h).rsk, -1.0);
}

#include "analysis/Morphology.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace skinsim {
namespace {

/// A 64² field at 25 µm: a tilted plane (0.01) plus a dome of 40 mm radius.
FieldF tiltedDome() {
    FieldF f(64, 64, 25.0);
    for (int y = 0; y < 64; ++y) {
        for (int x = 0; x < 64; ++x) {
            const double dx = (x - 30) * 25.0;
            const double dy = (y - 20) * 25.0;
            f(x, y) = static_cast<float>(0.01 * dx - (dx * dx + dy * dy) / (2 * 40000.0));
        }
    }
    return f;
}

TEST(BallClosing, LeavesATiltedDomeUnchangedUpToItsBorder) {
    // A 20 mm ball: the dome curves more gently, and its steepest slope at the border (0.03) is
    // within what a ball centred up to 0.8 mm beyond the 1.6 mm map can follow (0.8 / 20 = 0.04).
    const FieldF f = tiltedDome();
    const FieldF closed = closeByBall(f, 2e4);
    for (std::size_t i = 0; i < f.size(); ++i) {
        ASSERT_NEAR(closed.data()[i], f.data()[i], 1e-3) << i;
    }
}

TEST(BallClosing, BridgesAPitAndSagsByTheWidthSquaredOverEightRadii) {
    // A 2 mm wide, 300 µm deep flat pit in level skin; ball of 1 m: it sags 2² / 8 mm = 0.5 µm.
    FieldF f(200, 200, 25.0);
    for (int y = 60; y < 140; ++y) {
        for (int x = 60; x < 140; ++x) {
            f(x, y) = -300.0f;
        }
    }
    const FieldF closed = closeByBall(f, 1e6);
    EXPECT_NEAR(closed(100, 100), -0.5, 0.1);
    EXPECT_NEAR(closed(10, 10), 0.0, 1e-4);
}

TEST(DiscClosing, FillsGroovesNarrowerThanTheDiscAndKeepsWiderPitsWithVerticalWalls) {
    FieldF f(120, 120, 25.0);
    for (int y = 0; y < 120; ++y) {
        f(20, y) = -80.0f; // a 25 µm furrow
        f(21, y) = -80.0f; // now 50 µm wide
    }
    for (int y = 50; y < 90; ++y) {
        for (int x = 50; x < 90; ++x) {
            f(x, y) = -400.0f; // a 1 mm wide boxcar with vertical walls
        }
    }
    const FieldF closed = closeByDisc(f, 100.0);
    EXPECT_FLOAT_EQ(closed(20, 30), 0.0f) << "furrow bridged to its rims";
    EXPECT_FLOAT_EQ(closed(50, 70), -400.0f) << "the foot of the wall stays at the floor";
    EXPECT_FLOAT_EQ(closed(70, 70), -400.0f);
    EXPECT_FLOAT_EQ(closed(49, 70), 0.0f) << "the rim stays at the skin";
    for (std::size_t i = 0; i < f.size(); ++i) {
        ASSERT_GE(closed.data()[i], f.data()[i]) << "a closing never lowers the surface";
    }
}

} // namespace
} // namespace skinsim

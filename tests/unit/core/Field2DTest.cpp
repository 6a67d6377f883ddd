#include "core/Field2D.hpp"

#include <gtest/gtest.h>

using skinsim::FieldF;

TEST(Field2D, KnowsItsExtentInMillimetresFromPixelSize) {
    const FieldF f(1200, 800, 25.0);
    EXPECT_DOUBLE_EQ(f.widthMm(), 30.0);
    EXPECT_DOUBLE_EQ(f.heightMm(), 20.0);
    EXPECT_DOUBLE_EQ(f.pixelMm(), 0.025);
    EXPECT_EQ(f.size(), 1200u * 800u);
}

TEST(Field2D, StoresRowMajorWithXFastest) {
    FieldF f(4, 3, 10.0);
    f(1, 2) = 7.0f;
    EXPECT_EQ(f.data()[2 * 4 + 1], 7.0f);
    EXPECT_EQ(f.row(2)[1], 7.0f);
}

TEST(Field2D, BilinearSampleInterpolatesBetweenCellCentres) {
    FieldF f(2, 1, 1000.0); // cells 1 mm wide, centres at 0.5 and 1.5 mm
    f(0, 0) = 0.0f;
    f(1, 0) = 10.0f;
    EXPECT_FLOAT_EQ(f.sample(0.5, 0.5), 0.0f);
    EXPECT_FLOAT_EQ(f.sample(1.0, 0.5), 5.0f);
    EXPECT_FLOAT_EQ(f.sample(1.5, 0.5), 10.0f);
    EXPECT_FLOAT_EQ(f.sample(5.0, 0.5), 10.0f) << "clamped outside the grid";
}

TEST(Field2D, CoarseningKeepsTheMeanAndExtent) {
    FieldF f(100, 60, 10.0);
    for (int y = 0; y < f.height(); ++y) {
        for (int x = 0; x < f.width(); ++x) {
            f(x, y) = static_cast<float>((x * 7 + y * 13) % 17);
        }
    }
    const FieldF coarse = f.resampled(20.0);
    EXPECT_EQ(coarse.width(), 50);
    EXPECT_EQ(coarse.height(), 30);
    EXPECT_DOUBLE_EQ(coarse.widthMm(), f.widthMm());
    EXPECT_NEAR(coarse.mean(), f.mean(), 1e-4);
}

TEST(Field2D, RefiningReproducesALinearRamp) {
    FieldF f(10, 10, 100.0);
    for (int y = 0; y < 10; ++y) {
        for (int x = 0; x < 10; ++x) {
            f(x, y) = static_cast<float>(x);
        }
    }
    const FieldF fine = f.resampled(50.0);
    ASSERT_EQ(fine.width(), 20);
    // Away from the clamped border the ramp is reproduced exactly at the new cell centres.
    for (int x = 2; x < 18; ++x) {
        EXPECT_NEAR(fine(x, 5), fine.xMm(x) / 0.1 - 0.5, 1e-5) << "x=" << x;
    }
}

TEST(Field2D, ArithmeticCombinesCellByCell) {
    FieldF a(3, 2, 1.0, 2.0f);
    FieldF b(3, 2, 1.0, 5.0f);
    a += b;
    EXPECT_EQ(a(2, 1), 7.0f);
    a -= b;
    EXPECT_EQ(a(0, 0), 2.0f);
    a *= b;
    EXPECT_EQ(a(1, 1), 10.0f);
    a.addScaled(b, 0.5f);
    EXPECT_EQ(a(1, 0), 12.5f);
    a *= 2.0f;
    a += 1.0f;
    EXPECT_EQ(a(2, 0), 26.0f);
    EXPECT_EQ(a.minValue(), 26.0f);
    EXPECT_EQ(a.maxValue(), 26.0f);
}

TEST(Field2D, MeanIsIdenticalOnOneAndTwoThreads) {
    FieldF f(333, 257, 25.0);
    for (int y = 0; y < f.height(); ++y) {
        for (int x = 0; x < f.width(); ++x) {
            f(x, y) = 1.0f / static_cast<float>(1 + x + 3 * y);
        }
    }
    skinsim::setWorkerCount(1);
    const double one = f.mean();
    skinsim::setWorkerCount(2);
    const double two = f.mean();
    skinsim::setWorkerCount(0);
    EXPECT_EQ(one, two);
}

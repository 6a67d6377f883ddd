// What a picture must show, checked on the rendered pixels: the size asked for, real content,
// each mode and light making a visible difference, the raking light revealing relief, erythema as
// redness and PIH as darkness, comparisons showing both surfaces, and the "Simulated" stamp.

#include "GpuTest.hpp"

using namespace skinsim;
using render::Compare;
using render::LightPreset;
using render::Mode;
using render::ViewSettings;
using test::lumaStdDev;
using test::meanAbsDifference;
using test::meanOver;

namespace {
constexpr int kW = 160;
constexpr int kH = 100;

class Renderer : public test::GpuTest {
  protected:
    std::unique_ptr<render::GpuSurface> pitted(float erythema = 0.0f) {
        return upload(test::typeThreeSkin(test::pittedHeight(test::defaultPits()), erythema));
    }
    std::unique_ptr<render::GpuSurface> flat() {
        return upload(test::typeThreeSkin(test::pittedHeight({})));
    }
    /// The patch's middle in a close-up (the picture is wider than the square patch).
    static constexpr int kPatchX0 = 55, kPatchX1 = 105, kPatchY0 = 20, kPatchY1 = 80;
};
} // namespace

TEST_F(Renderer, ImageHasTheRequestedSize) {
    renderer(200, 120);
    auto skin = pitted();
    const Image8 image = render(*skin, {});
    EXPECT_EQ(image.width, 200);
    EXPECT_EQ(image.height, 120);
    EXPECT_EQ(image.channels, 3);
}

TEST_F(Renderer, ImageShowsSkinColouredContentNotABlankFrame) {
    renderer(kW, kH);
    auto skin = pitted();
    const Image8 image = render(*skin, {.light = LightPreset::Clinical});
    EXPECT_GT(lumaStdDev(image, 0, 0, kW, kH), 10.0) << "the patch stands out from the background";
    // Skin is warm: red above green above blue in the middle of the patch.
    const double r = meanOver(image, 0, kPatchX0, kPatchY0, kPatchX1, kPatchY1);
    const double g = meanOver(image, 1, kPatchX0, kPatchY0, kPatchX1, kPatchY1);
    const double b = meanOver(image, 2, kPatchX0, kPatchY0, kPatchX1, kPatchY1);
    EXPECT_GT(r, g + 15);
    EXPECT_GT(g, b);
    EXPECT_GT(r, 120) << "well exposed";
}

TEST_F(Renderer, EveryModeLooksDifferent) {
    renderer(kW, kH);
    auto skin = pitted();
    const Image8 skinMode = render(*skin, {.mode = Mode::Skin});
    const Image8 clay = render(*skin, {.mode = Mode::Clay});
    const Image8 heat = render(*skin, {.mode = Mode::Heatmap});
    EXPECT_GT(meanAbsDifference(skinMode, clay), 5.0);
    EXPECT_GT(meanAbsDifference(skinMode, heat), 5.0);
    EXPECT_GT(meanAbsDifference(clay, heat), 5.0);
}

TEST_F(Renderer, ClayModeIsNeutralGrey) {
    renderer(kW, kH);
    auto skin = pitted(0.8f);
    const Image8 clay = render(*skin, {.light = LightPreset::Clinical, .mode = Mode::Clay});
    const double r = meanOver(clay, 0, kPatchX0, kPatchY0, kPatchX1, kPatchY1);
    const double b = meanOver(clay, 2, kPatchX0, kPatchY0, kPatchX1, kPatchY1);
    EXPECT_NEAR(r, b, 3.0) << "relief only: no skin colour, no erythema";
}

TEST_F(Renderer, EveryLightLooksDifferent) {
    renderer(kW, kH);
    auto skin = pitted();
    const Image8 raking = render(*skin, {.light = LightPreset::Raking});
    const Image8 clinical = render(*skin, {.light = LightPreset::Clinical});
    const Image8 flash = render(*skin, {.light = LightPreset::Flash});
    EXPECT_GT(meanAbsDifference(raking, clinical), 3.0);
    EXPECT_GT(meanAbsDifference(raking, flash), 3.0);
    EXPECT_GT(meanAbsDifference(clinical, flash), 1.0);
}

TEST_F(Renderer, RakingLightRevealsMoreReliefThanClinicalLight) {
    renderer(kW, kH);
    auto scarred = pitted();
    auto smooth = flat();
    // Relief contrast: how much the scars change the picture under each light.
    const auto contrast = [&](LightPreset light) {
        return meanAbsDifference(render(*scarred, {.light = light}),
                                 render(*smooth, {.light = light}));
    };
    const double raking = contrast(LightPreset::Raking);
    const double clinical = contrast(LightPreset::Clinical);
    EXPECT_GT(raking, 2.0 * clinical) << "raking " << raking << ", clinical " << clinical;
}

TEST_F(Renderer, RakingLightCastsShadowsInsidePits) {
    renderer(kW, kH);
    auto scarred = pitted();
    auto smooth = flat();
    const Image8 a = render(*scarred, {.light = LightPreset::Raking, .mode = Mode::Clay});
    const Image8 b = render(*smooth, {.light = LightPreset::Raking, .mode = Mode::Clay});
    // The darkest pixel of the scarred patch is far darker than anything on flat skin: a shadow.
    auto darkest = [&](const Image8& image) {
        double d = 255;
        for (int y = kPatchY0; y < kPatchY1; ++y) {
            for (int x = kPatchX0; x < kPatchX1; ++x) {
                d = std::min(d, meanOver(image, 3, x, y, x + 1, y + 1));
            }
        }
        return d;
    };
    EXPECT_LT(darkest(a), 0.4 * darkest(b));
}

TEST_F(Renderer, ErythemaReadsAsRedness) {
    renderer(kW, kH);
    auto calm = pitted(0.0f);
    auto inflamed = pitted(0.8f); // what a few days after fractional CO2 looks like
    const auto redness = [&](const Image8& image) {
        const double r = meanOver(image, 0, kPatchX0, kPatchY0, kPatchX1, kPatchY1);
        const double g = meanOver(image, 1, kPatchX0, kPatchY0, kPatchX1, kPatchY1);
        return r / std::max(g, 1.0);
    };
    const ViewSettings clinical{.light = LightPreset::Clinical};
    EXPECT_GT(redness(render(*inflamed, clinical)), 1.15 * redness(render(*calm, clinical)));
}

TEST_F(Renderer, HyperpigmentationReadsAsDarker) {
    renderer(kW, kH);
    const auto melanin = static_cast<float>(melaninFraction(3));
    auto normal = upload(render::uniformSkin(test::pittedHeight({}), melanin));
    auto pih = upload(render::uniformSkin(test::pittedHeight({}), 2.0f * melanin)); // doubled
    const ViewSettings clinical{.light = LightPreset::Clinical};
    const Image8 a = render(*normal, clinical);
    const Image8 b = render(*pih, clinical);
    EXPECT_LT(meanOver(b, 3, kPatchX0, kPatchY0, kPatchX1, kPatchY1),
              meanOver(a, 3, kPatchX0, kPatchY0, kPatchX1, kPatchY1) - 10.0);
}

TEST_F(Renderer, SplitShowsBeforeLeftAndAfterRight) {
    renderer(kW, kH);
    auto before = pitted(0.0f);
    auto after = pitted(0.9f);
    const Image8 split =
        render(*after, {.light = LightPreset::Clinical, .compare = Compare::Split}, before.get());
    const Image8 allBefore = render(*before, {.light = LightPreset::Clinical});
    const Image8 allAfter = render(*after, {.light = LightPreset::Clinical});
    // Left of the divider matches the before picture, right of it the after picture.
    const auto region = [](const Image8& image, int x0, int x1) {
        Image8 out(x1 - x0, 40, 3);
        for (int y = 0; y < 40; ++y) {
            for (int x = x0; x < x1; ++x) {
                std::copy_n(image.at(x, y + 30), 3, out.at(x - x0, y));
            }
        }
        return out;
    };
    EXPECT_LT(meanAbsDifference(region(split, 55, 75), region(allBefore, 55, 75)), 1.0);
    EXPECT_LT(meanAbsDifference(region(split, 85, 105), region(allAfter, 85, 105)), 1.0);
    EXPECT_GT(meanAbsDifference(region(allBefore, 85, 105), region(allAfter, 85, 105)), 5.0);
    // The divider: a bright vertical line in the middle.
    EXPECT_GT(meanOver(split, 3, 79, 0, 81, kH), 200.0);
}

TEST_F(Renderer, SideBySideShowsBothSurfacesWithTheSameCamera) {
    renderer(kW, kH);
    auto before = pitted(0.0f);
    auto after = pitted(0.9f);
    const Image8 side =
        render(*after, {.light = LightPreset::Clinical, .compare = Compare::Side}, before.get());
    // Same place in each half: same geometry, different colour.
    const double leftRed =
        meanOver(side, 0, 30, 35, 50, 65) / std::max(1.0, meanOver(side, 1, 30, 35, 50, 65));
    const double rightRed =
        meanOver(side, 0, 110, 35, 130, 65) / std::max(1.0, meanOver(side, 1, 110, 35, 130, 65));
    EXPECT_GT(rightRed, 1.1 * leftRed);
}

TEST_F(Renderer, ComparisonWithoutABeforeSurfaceIsAnError) {
    renderer(kW, kH);
    auto skin = pitted();
    auto image = renderer_->renderImage({.after = skin.get()}, {.compare = Compare::Split});
    ASSERT_FALSE(image);
    EXPECT_NE(image.error().message.find("before"), std::string::npos);
}

TEST_F(Renderer, EveryImageCarriesTheSimulatedStamp) {
    renderer(kW, kH);
    auto skin = pitted();
    for (const Mode mode : {Mode::Skin, Mode::Clay, Mode::Heatmap}) {
        const Image8 image = render(*skin, {.mode = mode});
        // White strokes of the stamp's letters in the bottom-right corner.
        int white = 0;
        for (int y = kH - 14; y < kH; ++y) {
            for (int x = kW - 60; x < kW; ++x) {
                const auto* p = image.at(x, y);
                white += p[0] > 220 && p[1] > 220 && p[2] > 220;
            }
        }
        EXPECT_GT(white, 40) << toString(mode);
    }
}

TEST_F(Renderer, HeatmapColoursDepthAndDrawsAColourBar) {
    renderer(kW, kH);
    auto scarred = pitted();
    auto smooth = flat();
    const Image8 a = render(*scarred, {.light = LightPreset::Clinical, .mode = Mode::Heatmap});
    const Image8 b = render(*smooth, {.light = LightPreset::Clinical, .mode = Mode::Heatmap});
    // The boxcar (250 µm) sits right of the top middle; flat skin is pale there.
    EXPECT_LT(meanOver(a, 2, 94, 27, 104, 37), meanOver(b, 2, 94, 27, 104, 37) - 40.0);
    // The colour bar at the right edge: its top is the deepest (dark purple) colour.
    bool foundDeep = false;
    for (int y = 20; y < 40 && !foundDeep; ++y) {
        for (int x = kW - 60; x < kW; ++x) {
            const auto* p = a.at(x, y);
            foundDeep = foundDeep || (p[2] > p[1] + 40 && p[0] > p[1] + 20);
        }
    }
    EXPECT_TRUE(foundDeep);
}

TEST_F(Renderer, TwoRenderersLiveInOneProcess) {
    auto second = render::Renderer::create(*context_, {.width = 64, .height = 40});
    ASSERT_TRUE(second) << second.error().message;
    renderer(kW, kH);
    auto skin = pitted();
    auto other = (*second)->uploadSurface(test::typeThreeSkin(test::pittedHeight({})));
    ASSERT_TRUE(other);
    auto image = (*second)->renderImage({.after = other->get()}, {});
    ASSERT_TRUE(image);
    EXPECT_EQ(image->width, 64);
    EXPECT_EQ(render(*skin, {}).width, kW);
}

TEST_F(Renderer, BadSurfaceIsRejectedWithTheFieldName) {
    renderer(kW, kH);
    render::SkinSurface bad = test::typeThreeSkin(test::pittedHeight({}));
    bad.erythema = FieldF(10, 10, 25.0);
    auto s = renderer_->uploadSurface(bad, "day 30");
    ASSERT_FALSE(s);
    EXPECT_NE(s.error().message.find("day 30: erythema"), std::string::npos) << s.error().message;
}

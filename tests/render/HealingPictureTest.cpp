// What the pictures show of healing and of change (issue 11): crusts are dark brown and matte,
// a bruise filters the skin purple and then yellow, swelling lifts the surface, and the change
// heatmap colours depth filled since day 0 blue and depth lost orange with its diverging bar.

#include "GpuTest.hpp"

using namespace skinsim;
using render::LightPreset;
using render::Mode;
using test::meanOver;

namespace {
constexpr int kW = 160;
constexpr int kH = 100;
// The patch's middle in a close-up (the picture is wider than the square patch): left and right
// halves of the patch.
constexpr int kLeftX0 = 58, kLeftX1 = 76, kRightX0 = 84, kRightX1 = 102, kY0 = 30, kY1 = 70;

class HealingPicture : public test::GpuTest {};

/// A flat type III surface whose left half carries `mark` (0..1 in that field).
render::SkinSurface leftHalfMarked(std::optional<FieldF> render::SkinSurface::*field, float value) {
    render::SkinSurface s = test::typeThreeSkin(test::pittedHeight({}));
    FieldF mark = FieldF::sameShapeAs(s.heightUm);
    for (int y = 0; y < mark.height(); ++y) {
        for (int x = 0; x < mark.width() / 2; ++x) {
            mark(x, y) = value;
        }
    }
    s.*field = std::move(mark);
    return s;
}

double ratio(const Image8& image, int channel, int over, int x0, int x1) {
    return meanOver(image, channel, x0, kY0, x1, kY1) /
           std::max(1.0, meanOver(image, over, x0, kY0, x1, kY1));
}
} // namespace

TEST_F(HealingPicture, CrustIsDarkAndBrownWhereItLies) {
    renderer(kW, kH);
    auto skin = upload(leftHalfMarked(&render::SkinSurface::crust, 0.9f));
    const Image8 image = render(*skin, {.light = LightPreset::Clinical});
    const double crusted = meanOver(image, 3, kLeftX0, kY0, kLeftX1, kY1);
    const double bare = meanOver(image, 3, kRightX0, kY0, kRightX1, kY1);
    EXPECT_LT(crusted, 0.7 * bare) << "a crust is darker than skin";
    // Brown: red above green above blue.
    EXPECT_GT(meanOver(image, 0, kLeftX0, kY0, kLeftX1, kY1),
              meanOver(image, 1, kLeftX0, kY0, kLeftX1, kY1));
    EXPECT_GT(meanOver(image, 1, kLeftX0, kY0, kLeftX1, kY1),
              meanOver(image, 2, kLeftX0, kY0, kLeftX1, kY1));
}

TEST_F(HealingPicture, ABruiseIsPurpleWhenFreshAndYellowsAsItAges) {
    renderer(kW, kH);
    render::SkinSurface fresh = leftHalfMarked(&render::SkinSurface::bruise, 1.0f);
    fresh.bruiseAgeDays = 1.0f;
    render::SkinSurface old = fresh;
    old.bruiseAgeDays = 9.0f;
    auto f = upload(fresh);
    auto o = upload(old);
    const Image8 a = render(*f, {.light = LightPreset::Clinical});
    const Image8 b = render(*o, {.light = LightPreset::Clinical});
    // Fresh: darker than the skin beside it, and bluer relative to green (purple).
    EXPECT_LT(meanOver(a, 3, kLeftX0, kY0, kLeftX1, kY1),
              0.85 * meanOver(a, 3, kRightX0, kY0, kRightX1, kY1));
    EXPECT_GT(ratio(a, 2, 1, kLeftX0, kLeftX1), ratio(a, 2, 1, kRightX0, kRightX1) + 0.05);
    // Nine days on: yellower (less blue relative to green) than when fresh, and lighter.
    EXPECT_LT(ratio(b, 2, 1, kLeftX0, kLeftX1), ratio(a, 2, 1, kLeftX0, kLeftX1) - 0.1);
    EXPECT_GT(meanOver(b, 3, kLeftX0, kY0, kLeftX1, kY1),
              meanOver(a, 3, kLeftX0, kY0, kLeftX1, kY1));
}

TEST_F(HealingPicture, SwellingLiftsTheSurfaceItIsOn) {
    render::SkinSurface s = test::typeThreeSkin(test::pittedHeight({}));
    FieldF swelling = FieldF::sameShapeAs(s.heightUm);
    swelling(swelling.width() / 2, swelling.height() / 2) = 80.0f;
    const render::SurfaceMaps plain = render::buildSurfaceMaps(s);
    s.swellingUm = swelling;
    const render::SurfaceMaps swollen = render::buildSurfaceMaps(s);
    const std::size_t centre =
        static_cast<std::size_t>(s.heightUm.height() / 2) * s.heightUm.width() +
        static_cast<std::size_t>(s.heightUm.width() / 2);
    EXPECT_NEAR(swollen.heightUm[centre] - plain.heightUm[centre], 80.0f, 0.5f);
}

TEST_F(HealingPicture, ChangeHeatmapShowsFilledDepthBlueAndNoChangePale) {
    renderer(kW, kH);
    std::vector<test::Pit> shallower = test::defaultPits();
    for (auto& pit : shallower) {
        pit.depthUm *= 0.4; // every scar 60 % filled
    }
    auto before = upload(test::typeThreeSkin(test::pittedHeight(test::defaultPits())));
    auto after = upload(test::typeThreeSkin(test::pittedHeight(shallower)));
    const render::ViewSettings change{.light = LightPreset::Clinical, .mode = Mode::Change};
    const Image8 filled = render(*after, change, before.get());
    const Image8 same = render(*before, change, before.get());
    // The boxcar (250 µm -> 100 µm) sits right of the top middle.
    const int bx0 = 94, by0 = 27, bx1 = 104, by1 = 37;
    EXPECT_GT(meanOver(filled, 2, bx0, by0, bx1, by1),
              meanOver(filled, 0, bx0, by0, bx1, by1) + 40.0)
        << "filled depth is blue";
    // Nothing changed: pale, neither blue nor orange.
    const double r = meanOver(same, 0, bx0, by0, bx1, by1);
    const double b = meanOver(same, 2, bx0, by0, bx1, by1);
    EXPECT_GT(r, 170.0);
    EXPECT_LT(std::abs(r - b), 30.0);
}

TEST_F(HealingPicture, ChangeHeatmapHasADivergingColourBar) {
    // Wide enough that the bar and its labels sit right of the patch.
    constexpr int w = 320, h = 200;
    renderer(w, h);
    auto skin = upload(test::typeThreeSkin(test::pittedHeight(test::defaultPits())));
    const Image8 image =
        render(*skin, {.light = LightPreset::Clinical, .mode = Mode::Change}, skin.get());
    // Blue ("filled") at the bar's top quarter, orange ("lost") at its bottom quarter; the bar
    // spans the middle half of the height.
    bool blueTop = false, orangeBottom = false;
    for (int x = 3 * w / 4 - 20; x < w; ++x) {
        for (int y = h / 4 + 2; y < h / 4 + 12; ++y) {
            const auto* p = image.at(x, y);
            blueTop = blueTop || (p[2] > p[0] + 60);
        }
        for (int y = 3 * h / 4 - 12; y < 3 * h / 4 - 2; ++y) {
            const auto* p = image.at(x, y);
            orangeBottom = orangeBottom || (p[0] > p[2] + 80 && p[0] > 120);
        }
    }
    EXPECT_TRUE(blueTop);
    EXPECT_TRUE(orangeBottom);
}

TEST_F(HealingPicture, DeepenedScarsShowAsLossInTheChangeHeatmap) {
    renderer(kW, kH);
    std::vector<test::Pit> deeper = test::defaultPits();
    for (auto& pit : deeper) {
        pit.depthUm *= 1.5;
    }
    auto before = upload(test::typeThreeSkin(test::pittedHeight(test::defaultPits())));
    auto after = upload(test::typeThreeSkin(test::pittedHeight(deeper)));
    const Image8 lost =
        render(*after, {.light = LightPreset::Clinical, .mode = Mode::Change}, before.get());
    EXPECT_GT(meanOver(lost, 0, 94, 27, 104, 37), meanOver(lost, 2, 94, 27, 104, 37) + 40.0)
        << "lost depth is orange";
}

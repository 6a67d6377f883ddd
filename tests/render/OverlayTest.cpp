// The overlay's marks: the stamp, labels, divider and colour bar, drawn with our own font.

#include "render/Overlay.hpp"
#include "render/BitmapFont.hpp"

#include <gtest/gtest.h>

using namespace skinsim;
using namespace skinsim::render;

namespace {
int opaquePixels(const Image8& image, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            n += image.at(x, y)[3] > 200;
        }
    }
    return n;
}
} // namespace

TEST(BitmapFont, HasEveryCharacterTheOverlayWrites) {
    for (const char32_t c : decodeUtf8("Simulated Before After Day 0123456789 depth \u00B5m")) {
        EXPECT_TRUE(hasGlyph(c)) << static_cast<unsigned>(c);
    }
    const auto micro = decodeUtf8("\u00B5m");
    ASSERT_EQ(micro.size(), 2u);
    EXPECT_EQ(micro[0], U'\u00B5');
    EXPECT_EQ(textWidth("ab"), 11);
}

TEST(BitmapFont, InvalidUtf8BecomesReplacementCharacters) {
    const auto cps = decodeUtf8(std::string("a\xff") + "b");
    ASSERT_EQ(cps.size(), 3u);
    EXPECT_EQ(cps[1], U'\uFFFD');
    EXPECT_FALSE(hasGlyph(U'\uFFFD'));
}

TEST(Overlay, StampSitsInTheBottomRightCornerAndNowhereElse) {
    const Image8 overlay = drawOverlay({.width = 320, .height = 200});
    EXPECT_GT(opaquePixels(overlay, 240, 180, 320, 200), 50);
    EXPECT_EQ(opaquePixels(overlay, 0, 0, 200, 150), 0);
}

TEST(Overlay, ScaleGrowsWithTheImageSoTheStampStaysLegible) {
    EXPECT_EQ(overlayScale(100), 1);
    EXPECT_EQ(overlayScale(400), 2);
    EXPECT_EQ(overlayScale(800), 3);
    EXPECT_EQ(overlayScale(2160), 8);
}

TEST(Overlay, DrawsDividerLabelsAndColourBarWhenAsked) {
    OverlaySpec spec{.width = 320, .height = 200};
    spec.dividerX = 160;
    spec.labels = {{"Before", 4, 4}, {"Day 30", 168, 4}};
    spec.colourBarRangeUm = 500.0f;
    const Image8 overlay = drawOverlay(spec);
    EXPECT_EQ(opaquePixels(overlay, 159, 100, 161, 101), 2) << "the divider";
    EXPECT_GT(opaquePixels(overlay, 4, 4, 40, 12), 10) << "the before label";
    EXPECT_GT(opaquePixels(overlay, 168, 4, 200, 12), 10) << "the after label";
    // The bar's top is the deepest colour (dark purple), its bottom the palest.
    bool darkTop = false, paleBottom = false;
    for (int x = 250; x < 320; ++x) {
        const auto* top = overlay.at(x, 52);
        const auto* bottom = overlay.at(x, 147);
        darkTop = darkTop || (top[3] == 255 && top[2] > top[1] + 40);
        paleBottom = paleBottom || (bottom[3] == 255 && bottom[0] > 230 && bottom[1] > 230);
    }
    EXPECT_TRUE(darkTop);
    EXPECT_TRUE(paleBottom);
}

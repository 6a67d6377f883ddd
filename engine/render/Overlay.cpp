#include "render/Overlay.hpp"

#include "render/BitmapFont.hpp"
#include "render/Colormap.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace skinsim::render {

namespace {

/// Blends `rgba` over the pixel at (x, y) (straight alpha, in sRGB values: the overlay is tiny
/// and flat, so blending in sRGB is indistinguishable here).
void blendPixel(Image8& image, int x, int y, const std::uint8_t rgba[4]) {
    if (x < 0 || y < 0 || x >= image.width || y >= image.height) {
        return;
    }
    std::uint8_t* p = image.at(x, y);
    const float a = rgba[3] / 255.0f;
    const float below = p[3] / 255.0f;
    const float out = a + below * (1.0f - a);
    for (int c = 0; c < 3; ++c) {
        const float v = out > 0.0f ? (rgba[c] * a + p[c] * below * (1.0f - a)) / out : 0.0f;
        p[c] = static_cast<std::uint8_t>(std::lround(v));
    }
    p[3] = static_cast<std::uint8_t>(std::lround(out * 255.0f));
}

void fillRect(Image8& image, int x0, int y0, int w, int h, const std::uint8_t rgba[4]) {
    for (int y = std::max(0, y0); y < std::min(image.height, y0 + h); ++y) {
        for (int x = std::max(0, x0); x < std::min(image.width, x0 + w); ++x) {
            blendPixel(image, x, y, rgba);
        }
    }
}

constexpr std::uint8_t kWhite[4] = {255, 255, 255, 235};
constexpr std::uint8_t kShadow[4] = {0, 0, 0, 150};
constexpr std::uint8_t kBackdrop[4] = {0, 0, 0, 110};

std::string formatUm(float value, bool withUnit) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", static_cast<double>(value));
    return std::string(buffer) + (withUnit ? " \u00B5m" : "");
}

void drawColourBar(Image8& image, float rangeUm, int scale) {
    const int barWidth = 6 * scale;
    const int barHeight = std::max(16, image.height / 2);
    const int labelWidth = textWidth(formatUm(rangeUm, true)) * scale;
    const int margin = 4 * scale;
    const int x0 = image.width - margin - labelWidth - 2 * scale - barWidth;
    const int y0 = (image.height - barHeight) / 2;
    fillRect(image, x0 - 2 * scale, y0 - 17 * scale, barWidth + labelWidth + 6 * scale,
             barHeight + 23 * scale, kBackdrop);
    // Top: the deepest value; bottom: level with the surrounding skin.
    for (int y = 0; y < barHeight; ++y) {
        const Rgb8 c = heatColour(1.0f - static_cast<float>(y) / static_cast<float>(barHeight - 1));
        const std::uint8_t rgba[4] = {c[0], c[1], c[2], 255};
        fillRect(image, x0, y0 + y, barWidth, 1, rgba);
    }
    drawText(image, "depth", x0, y0 - 15 * scale, scale, kWhite);
    const int textX = x0 + barWidth + 2 * scale;
    const int half = kGlyphHeight * scale / 2;
    drawText(image, formatUm(rangeUm, true), textX, y0 - half, scale, kWhite);
    drawText(image, formatUm(rangeUm / 2, false), textX, y0 + barHeight / 2 - half, scale, kWhite);
    drawText(image, formatUm(0, true), textX, y0 + barHeight - 1 - half, scale, kWhite);
}

/// The change heatmap's diverging bar: "filled" above it, "lost" below it, +range at its top,
/// -range at its bottom and 0 in the middle (µm). Short labels: the bar must not cover the patch
/// in the studio's narrow view.
void drawChangeBar(Image8& image, float rangeUm, int scale) {
    const int barWidth = 6 * scale;
    const int barHeight = std::max(16, image.height / 2);
    std::string top = "+";
    top += formatUm(rangeUm, false);
    std::string bottom = "-";
    bottom += formatUm(rangeUm, false);
    const std::string unit = formatUm(0, true).substr(1); // " µm"
    const int labelWidth = std::max(textWidth(top), textWidth("0" + unit)) * scale;
    const int titleWidth = textWidth("filled") * scale;
    const int margin = 4 * scale;
    const int x0 = image.width - margin - std::max(labelWidth + 2 * scale + barWidth, titleWidth);
    const int y0 = (image.height - barHeight) / 2;
    fillRect(image, x0 - 2 * scale, y0 - 17 * scale,
             std::max(barWidth + labelWidth + 6 * scale, titleWidth + 4 * scale),
             barHeight + 34 * scale, kBackdrop);
    for (int y = 0; y < barHeight; ++y) {
        const float t = 1.0f - 2.0f * static_cast<float>(y) / static_cast<float>(barHeight - 1);
        const Rgb8 c = changeColour(t);
        const std::uint8_t rgba[4] = {c[0], c[1], c[2], 255};
        fillRect(image, x0, y0 + y, barWidth, 1, rgba);
    }
    drawText(image, "filled", x0, y0 - 15 * scale, scale, kWhite);
    drawText(image, "lost", x0, y0 + barHeight + 4 * scale, scale, kWhite);
    const int textX = x0 + barWidth + 2 * scale;
    const int half = kGlyphHeight * scale / 2;
    drawText(image, top, textX, y0 - half, scale, kWhite);
    drawText(image, "0" + unit, textX, y0 + barHeight / 2 - half, scale, kWhite);
    drawText(image, bottom, textX, y0 + barHeight - 1 - half, scale, kWhite);
}

} // namespace

int overlayScale(int height) {
    return std::max(1, (height + 1) / 300 + 1);
}

void drawText(Image8& image, std::string_view text, int x, int y, int scale,
              const std::uint8_t rgba[4]) {
    const auto codePoints = decodeUtf8(text);
    // Outline first, then the glyphs, so neighbouring letters' outlines never cover a stroke.
    for (const bool outline : {true, false}) {
        int penX = x;
        for (const char32_t cp : codePoints) {
            const GlyphRows& rows = glyph(cp);
            for (int row = 0; row < kGlyphHeight; ++row) {
                for (int col = 0; col < kGlyphWidth; ++col) {
                    if (!(rows[row] & (0x10 >> col))) {
                        continue;
                    }
                    const int px = penX + col * scale;
                    const int py = y + row * scale;
                    if (outline) {
                        fillRect(image, px - 1, py - 1, scale + 2, scale + 2, kShadow);
                    } else {
                        for (int dy = 0; dy < scale; ++dy) {
                            for (int dx = 0; dx < scale; ++dx) {
                                // Opaque strokes: overwrite the outline underneath.
                                std::uint8_t* p = px + dx >= 0 && py + dy >= 0 &&
                                                          px + dx < image.width &&
                                                          py + dy < image.height
                                                      ? image.at(px + dx, py + dy)
                                                      : nullptr;
                                if (p != nullptr) {
                                    std::copy(rgba, rgba + 4, p);
                                }
                            }
                        }
                    }
                }
            }
            penX += kGlyphAdvance * scale;
        }
    }
}

Image8 drawOverlay(const OverlaySpec& spec) {
    Image8 image(spec.width, spec.height, 4);
    const int scale = overlayScale(spec.height);
    if (spec.dividerX) {
        fillRect(image, *spec.dividerX - scale - 1, 0, 2 * scale + 2, spec.height, kShadow);
        fillRect(image, *spec.dividerX - scale, 0, 2 * scale, spec.height, kWhite);
    }
    for (const auto& label : spec.labels) {
        drawText(image, label.text, label.x, label.y, scale, kWhite);
    }
    if (spec.colourBarRangeUm) {
        drawColourBar(image, *spec.colourBarRangeUm, scale);
    }
    if (spec.changeBarRangeUm) {
        drawChangeBar(image, *spec.changeBarRangeUm, scale);
    }
    const int margin = 3 * scale;
    int lineY = spec.height - margin - kGlyphHeight * scale;
    if (spec.scaleBar && spec.scaleBar->pixels > 0) {
        const int barH = 2 * scale;
        const int barY = spec.height - margin - barH;
        fillRect(image, margin - 1, barY - 1, spec.scaleBar->pixels + 2, barH + 2, kShadow);
        fillRect(image, margin, barY, spec.scaleBar->pixels, barH, kWhite);
        lineY = barY - 2 * scale - kGlyphHeight * scale;
        drawText(image, spec.scaleBar->label, margin, lineY, scale, kWhite);
        lineY -= (kGlyphHeight + 3) * scale;
    }
    for (auto line = spec.caption.rbegin(); line != spec.caption.rend(); ++line) {
        drawText(image, *line, margin, lineY, scale, kWhite);
        lineY -= (kGlyphHeight + 3) * scale;
    }
    const int w = textWidth(spec.stamp) * scale;
    const int h = kGlyphHeight * scale;
    const int x = spec.width - margin - w;
    const int y = spec.height - margin - h;
    fillRect(image, x - 2 * scale, y - 2 * scale, w + 4 * scale, h + 4 * scale, kBackdrop);
    drawText(image, spec.stamp, x, y, scale, kWhite);
    return image;
}

} // namespace skinsim::render

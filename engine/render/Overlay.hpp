#pragma once
// The marks drawn over a rendered image, on the CPU into an RGBA image the post pass blends on
// top: the "Simulated" stamp every exported image carries, the before / day labels, the split
// divider and the heatmap's colour bar labelled in µm. Drawn at an integer scale of the 5x7 font
// that grows with the image, so the stamp stays small but legible at any size.

#include "core/ImageIo.hpp"

#include <optional>
#include <string>
#include <vector>

namespace skinsim::render {

struct OverlayLabel {
    std::string text;
    int x = 0; ///< left edge, pixels
    int y = 0; ///< top edge, pixels

    bool operator==(const OverlayLabel&) const = default;
};

struct OverlaySpec {
    int width = 0;
    int height = 0;
    /// Always drawn, bottom right; the renderer never turns it off.
    std::string stamp = "Simulated";
    std::vector<OverlayLabel> labels{};
    /// Split comparison: the divider's x in pixels.
    std::optional<int> dividerX{};
    /// Heatmap: the colour bar's top value, µm (its bottom is 0 µm).
    std::optional<float> colourBarRangeUm{};
    /// Change heatmap: the diverging bar's range, µm (+range filled at the top, -range lost at the
    /// bottom, 0 unchanged in the middle).
    std::optional<float> changeBarRangeUm{};
    /// A scale bar, bottom left: its length in pixels and what it measures ("5 mm").
    struct ScaleBar {
        int pixels = 0;
        std::string label;
        bool operator==(const ScaleBar&) const = default;
    };
    std::optional<ScaleBar> scaleBar{};
    /// Lines of text bottom left, above the scale bar (the studio's export: day and plan).
    std::vector<std::string> caption{};

    bool operator==(const OverlaySpec&) const = default;
};

/// Font pixel size for an image `height` pixels tall: 1 up to 299, 2 up to 599, ...
int overlayScale(int height);

/// An RGBA image (straight alpha, sRGB colours): transparent except for the marks.
Image8 drawOverlay(const OverlaySpec& spec);

/// Draws text with its top-left corner at (x, y), `scale` pixels per font pixel, with a one-pixel
/// dark outline so it reads on skin and on background alike.
void drawText(Image8& image, std::string_view text, int x, int y, int scale,
              const std::uint8_t rgba[4]);

} // namespace skinsim::render

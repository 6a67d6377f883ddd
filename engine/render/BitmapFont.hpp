#pragma once
// A tiny 5x7 pixel font of our own for the marks on exported images ("Simulated", labels, the
// colour bar's µm ticks): no font files to find at run time, no dependency, and crisp at the
// integer scales the overlay uses. Covers printable ASCII letters, digits, common punctuation and
// µ; anything else is drawn as '?'.

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace skinsim::render {

inline constexpr int kGlyphWidth = 5;
inline constexpr int kGlyphHeight = 7;
/// Advance per character, in font pixels (one column of spacing).
inline constexpr int kGlyphAdvance = 6;

/// The 7 rows of a glyph, bit 4 the leftmost column.
using GlyphRows = std::array<std::uint8_t, kGlyphHeight>;

/// The glyph of a Unicode code point ('?' for one the font lacks).
const GlyphRows& glyph(char32_t codePoint);
/// Whether the font has a glyph of its own for the code point.
bool hasGlyph(char32_t codePoint);

/// The code points of UTF-8 text (invalid bytes become U+FFFD).
std::vector<char32_t> decodeUtf8(std::string_view text);

/// Width in font pixels of a line of text.
int textWidth(std::string_view text);

} // namespace skinsim::render

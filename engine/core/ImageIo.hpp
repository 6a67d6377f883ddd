#pragma once
// PNG reading and writing with libpng: 8-bit colour images (sRGB) and 16-bit grey data maps
// (linear, no gamma chunk: a value is a number, not a brightness).

#include "core/Result.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace skinsim {

/// An 8-bit image, row-major, `channels` interleaved values per pixel (1 grey, 3 RGB, 4 RGBA).
struct Image8 {
    int width = 0;
    int height = 0;
    int channels = 3;
    std::vector<std::uint8_t> pixels;

    Image8() = default;
    Image8(int w, int h, int c)
        : width(w), height(h), channels(c), pixels(std::size_t(w) * h * c) {}
    std::uint8_t* at(int x, int y) { return &pixels[(std::size_t(y) * width + x) * channels]; }
    const std::uint8_t* at(int x, int y) const {
        return &pixels[(std::size_t(y) * width + x) * channels];
    }
};

/// A 16-bit single-channel image (height maps).
struct Image16 {
    int width = 0;
    int height = 0;
    std::vector<std::uint16_t> pixels;
};

/// Every file skinsim writes carries this in its metadata; rendered images also show it.
inline constexpr const char* kSimulatedNotice =
    "Simulated by skinsim - not an actual patient outcome";

/// Writes an 8-bit PNG atomically, tagged sRGB when it has colour.
Status writePng(const std::filesystem::path& path, const Image8& image);
/// The PNG file's bytes for an 8-bit image, in memory (tagged sRGB when it has colour), e.g. for
/// a data: URI in the consultation report.
Result<std::string> encodePng(const Image8& image);
/// Writes a 16-bit grey PNG atomically, no gamma.
Status writePng16(const std::filesystem::path& path, const Image16& image);

/// Reads an 8-bit PNG (grey, grey+alpha, RGB or RGBA; palette expanded to RGB), at most
/// kMaxMapSide per side and kMaxImagePixels (core/Limits.hpp), checked from the header first.
Result<Image8> readPng(const std::filesystem::path& path);
/// Reads a 16-bit grey PNG; other formats are rejected with a message saying what was found. At
/// most kMaxMapSide per side and kMaxMapCells, checked from the header before reading a pixel.
Result<Image16> readPng16(const std::filesystem::path& path);

} // namespace skinsim

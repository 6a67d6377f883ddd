#pragma once
// Test helpers that write small image files which declare something else in their headers: what a
// broken scanner or a hostile file does (issue 14).

#include "core/Field2D.hpp"
#include "core/HeightMapIo.hpp"
#include "core/ImageIo.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace skinsim::test {

inline std::string readBytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

/// The CRC-32 of PNG chunks (ISO 3309, as in the PNG specification's sample code).
inline std::uint32_t pngCrc(const std::string& bytes, std::size_t begin, std::size_t end) {
    std::uint32_t crc = 0xffffffffu;
    for (std::size_t i = begin; i < end; ++i) {
        crc ^= static_cast<std::uint8_t>(bytes[i]);
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
    }
    return crc ^ 0xffffffffu;
}

inline void putBigEndian(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) {
        bytes[at + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
    }
}

/// A 16-bit grey PNG of 16 x 16 cells whose IHDR (with a correct CRC) declares width x height:
/// a few hundred bytes that claim a huge image.
inline void writePngDeclaring(const std::filesystem::path& p, std::uint32_t width,
                              std::uint32_t height) {
    Image16 image;
    image.width = 16;
    image.height = 16;
    image.pixels.assign(256, 1000);
    writePng16(p, image).ok();
    std::string bytes = readBytes(p);
    // Signature (8), IHDR length (4), "IHDR" (4), then width and height; the CRC after the 13
    // data bytes covers the type and the data.
    putBigEndian(bytes, 16, width);
    putBigEndian(bytes, 20, height);
    putBigEndian(bytes, 29, pngCrc(bytes, 12, 29));
    writeBytes(p, bytes);
}

/// The sidecar for a map of width x height cells.
inline void writeSidecar(const std::filesystem::path& p, const std::string& width,
                         const std::string& height) {
    std::ofstream(p) << R"({"pixel_um": 25, "height_scale_um": 0.01, "height_offset_um": -500, )"
                     << R"("width": )" << width << R"(, "height": )" << height << "}\n";
}

} // namespace skinsim::test

// libFuzzer target: the height-map readers grade uses. The first byte chooses the file:
//   even: the rest is height.png, with a sidecar that agrees with the size its header declares;
//   odd:  the rest is height.json, the sidecar of a valid 16 x 16 height.png;
//   and a multiple of 3 reads the rest as height.exr as well.
// A map that is read must be within the limits (core/Limits.hpp) and finite where it says so;
// small ones are graded too.

#include "FuzzFiles.hpp"
#include "analysis/ScanGrade.hpp"
#include "core/HeightMapIo.hpp"
#include "core/ImageIo.hpp"
#include "core/Limits.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

std::uint32_t bigEndian(const std::uint8_t* p) {
    return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 | p[3];
}

void writeSidecar(const std::filesystem::path& p, std::uint32_t width, std::uint32_t height) {
    const std::string text =
        R"({"pixel_um": 25, "height_scale_um": 0.01, "height_offset_um": -300, )"
        R"("width": )" +
        std::to_string(width) + R"(, "height": )" + std::to_string(height) + "}";
    skinsim::fuzz::writeBytes(p, text.data(), text.size());
}

void checkMap(const skinsim::Result<skinsim::FieldF>& map) {
    if (!map) {
        return;
    }
    if (map->width() > skinsim::kMaxMapSide || map->height() > skinsim::kMaxMapSide ||
        static_cast<std::int64_t>(map->size()) > skinsim::kMaxMapCells) {
        std::abort(); // read beyond the stated limits
    }
    if (map->width() >= 16 && map->height() >= 16 && map->size() <= 64 * 64) {
        (void)skinsim::gradeScan(*map);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace skinsim;
    if (size < 1) {
        return 0;
    }
    const auto& dir = fuzz::scratchFolder();
    const std::uint8_t mode = data[0];
    const char* rest = reinterpret_cast<const char*>(data + 1);
    const std::size_t restSize = size - 1;
    if (mode % 2 == 0) {
        fuzz::writeBytes(dir / "height.png", rest, restSize);
        // IHDR: signature (8), length (4), "IHDR" (4), then width and height.
        const bool hasHeader = restSize >= 24;
        writeSidecar(dir / "height.json", hasHeader ? bigEndian(data + 1 + 16) : 16,
                     hasHeader ? bigEndian(data + 1 + 20) : 16);
    } else {
        static const bool validPng = [&] {
            Image16 image;
            image.width = 16;
            image.height = 16;
            image.pixels.resize(256);
            for (std::size_t i = 0; i < image.pixels.size(); ++i) {
                image.pixels[i] = static_cast<std::uint16_t>(i * 997);
            }
            return writePng16(dir / "height.png", image).ok();
        }();
        (void)validPng;
        fuzz::writeBytes(dir / "height.json", rest, restSize);
    }
    checkMap(readHeightPng(dir / "height.png"));
    if (mode % 3 == 0) {
        fuzz::writeBytes(dir / "height.exr", rest, restSize);
        checkMap(readHeightExr(dir / "height.exr", 25.0));
    }
    return 0;
}

// libFuzzer target: the height-map writers against their readers. A map is made from the input,
// written as generate and simulate write one (writeHeightExr, writeHeightPng: height.exr,
// height.png + height.json) and read back as grade reads it:
//   - the EXR must come back bit for bit (same size, same floats);
//   - the PNG must come back at the same size and pixel size, each height within half a step of
//     its 16-bit encoding (plus the float rounding of offset + counts x scale); writeHeightPng
//     may refuse a map only when no sidecar could hold its encoding (beyond ±1e9 µm).
// First byte even: the rest is a map (byte 1: width - 1, byte 2: height - 1, each modulo 64; a
// float pixel size in µm; then float heights, row by row, zero where the input ends); only maps
// a reader could return are kept (finite heights, a pixel size the sidecar allows). Odd: the rest
// is an EXR, and what readHeightExr accepts is the map. A failed write or a mismatch aborts.

#include "FuzzFiles.hpp"
#include "core/HeightMapIo.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace {

using skinsim::FieldF;

float floatAt(const std::uint8_t* p) {
    float v = 0.0f;
    std::memcpy(&v, p, sizeof v);
    return v;
}

std::optional<FieldF> mapFromBytes(const std::uint8_t* data, std::size_t size) {
    if (size < 6) {
        return std::nullopt;
    }
    const int width = 1 + data[0] % 64;
    const int height = 1 + data[1] % 64;
    const double pixelUm = floatAt(data + 2);
    if (!(pixelUm >= skinsim::kSidecarMinPixelUm && pixelUm <= skinsim::kSidecarMaxPixelUm)) {
        return std::nullopt;
    }
    FieldF map(width, height, pixelUm);
    auto values = map.values();
    const std::size_t available = (size - 6) / sizeof(float);
    for (std::size_t i = 0; i < values.size() && i < available; ++i) {
        values[i] = floatAt(data + 6 + i * sizeof(float));
        if (!std::isfinite(values[i])) {
            return std::nullopt;
        }
    }
    return map;
}

void checkExr(const FieldF& map, const std::filesystem::path& dir) {
    const auto path = dir / "written.exr";
    if (!skinsim::writeHeightExr(path, map)) {
        std::abort();
    }
    const auto back = skinsim::readHeightExr(path, map.pixelUm());
    if (!back || !back->sameShape(map) ||
        std::memcmp(back->data(), map.data(), map.size() * sizeof(float)) != 0) {
        std::abort();
    }
}

void checkPng(const FieldF& map, const std::filesystem::path& dir) {
    const skinsim::HeightEncoding e = skinsim::encodingFor(map);
    const bool encodable = std::abs(e.offsetUm) <= skinsim::kSidecarMaxOffsetUm &&
                           e.scaleUm <= skinsim::kSidecarMaxScaleUm;
    if (skinsim::writeHeightPng(dir / "written", map).ok() != encodable) {
        std::abort();
    }
    if (!encodable) {
        return;
    }
    const auto back = skinsim::readHeightPng(dir / "written.png");
    if (!back || !back->sameShape(map) || back->pixelUm() != map.pixelUm()) {
        std::abort();
    }
    const double largest =
        std::max(std::abs(double(map.minValue())), std::abs(double(map.maxValue())));
    const double tolerance = 0.5 * e.scaleUm * (1.0 + 1e-9) + 1.2e-7 * largest;
    const auto a = map.values();
    const auto b = back->values();
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!(std::abs(double(a[i]) - double(b[i])) <= tolerance)) {
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) {
        return 0;
    }
    const auto& dir = skinsim::fuzz::scratchFolder();
    std::optional<FieldF> map;
    if (data[0] % 2 == 0) {
        map = mapFromBytes(data + 1, size - 1);
    } else {
        skinsim::fuzz::writeBytes(dir / "input.exr", reinterpret_cast<const char*>(data + 1),
                                  size - 1);
        if (auto read = skinsim::readHeightExr(dir / "input.exr", 25.0)) {
            map = std::move(read.value());
        }
    }
    if (!map) {
        return 0;
    }
    checkExr(*map, dir);
    checkPng(*map, dir);
    return 0;
}

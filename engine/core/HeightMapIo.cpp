#include "core/HeightMapIo.hpp"

#include "core/AtomicFile.hpp"
#include "core/ImageIo.hpp"
#include "core/Json.hpp"
#include "core/Limits.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <tinyexr.h>

namespace skinsim {
namespace fs = std::filesystem;

HeightEncoding encodingFor(const FieldF& heightUm) {
    HeightEncoding e;
    e.pixelUm = heightUm.pixelUm();
    e.width = heightUm.width();
    e.height = heightUm.height();
    const double lo = heightUm.minValue();
    const double hi = heightUm.maxValue();
    e.offsetUm = lo;
    e.scaleUm = hi > lo ? std::max((hi - lo) / 65535.0, kSidecarMinScaleUm) : 1e-3;
    return e;
}

namespace {

std::string shortNumber(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

/// Why `heightUm` cannot be written as a height PNG whose sidecar reads back; empty when it can.
std::string unencodable(const FieldF& heightUm, const HeightEncoding& e) {
    for (const float v : heightUm.values()) {
        if (!std::isfinite(v)) {
            return "contains NaN or infinite heights";
        }
    }
    if (std::abs(e.offsetUm) > kSidecarMaxOffsetUm || e.scaleUm > kSidecarMaxScaleUm) {
        return "heights from " + shortNumber(heightUm.minValue()) + " to " +
               shortNumber(heightUm.maxValue()) + " um cannot be stored (a sidecar holds offsets " +
               "within +-" + shortNumber(kSidecarMaxOffsetUm) + " um and at most " +
               shortNumber(kSidecarMaxScaleUm) + " um per count)";
    }
    if (!(e.pixelUm >= kSidecarMinPixelUm && e.pixelUm <= kSidecarMaxPixelUm)) {
        return "a pixel of " + shortNumber(e.pixelUm) + " um cannot be stored (a sidecar holds " +
               shortNumber(kSidecarMinPixelUm) + ".." + shortNumber(kSidecarMaxPixelUm) + " um)";
    }
    return {};
}

} // namespace

Status writeHeightPng(const fs::path& stem, const FieldF& heightUm) {
    if (heightUm.empty()) {
        return Error::failure(stem.string() + ": internal error: empty height map");
    }
    const HeightEncoding e = encodingFor(heightUm);
    if (const std::string why = unencodable(heightUm, e); !why.empty()) {
        return Error::failure(stem.string() + ".png: internal error: " + why);
    }
    Image16 image;
    image.width = e.width;
    image.height = e.height;
    image.pixels.resize(heightUm.size());
    const auto values = heightUm.values();
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double counts = std::round((values[i] - e.offsetUm) / e.scaleUm);
        image.pixels[i] = static_cast<std::uint16_t>(std::clamp(counts, 0.0, 65535.0));
    }
    Json sidecar = {{"pixel_um", e.pixelUm},
                    {"height_scale_um", e.scaleUm},
                    {"height_offset_um", e.offsetUm},
                    {"width", e.width},
                    {"height", e.height}};
    fs::path png = stem;
    png += ".png";
    fs::path json = stem;
    json += ".json";
    if (auto s = writePng16(png, image); !s) {
        return s;
    }
    return writeJsonFile(json, sidecar);
}

Status writeHeightExr(const fs::path& path, const FieldF& heightUm) {
    EXRHeader header;
    InitEXRHeader(&header);
    EXRImage image;
    InitEXRImage(&image);
    EXRChannelInfo channel{};
    channel.name[0] = 'Y';
    int pixelType = TINYEXR_PIXELTYPE_FLOAT;
    header.num_channels = 1;
    header.channels = &channel;
    header.pixel_types = &pixelType;
    header.requested_pixel_types = &pixelType;
    header.compression_type = TINYEXR_COMPRESSIONTYPE_ZIP;
    float* plane = const_cast<float*>(heightUm.data());
    unsigned char* planes[] = {reinterpret_cast<unsigned char*>(plane)};
    image.images = planes;
    image.num_channels = 1;
    image.width = heightUm.width();
    image.height = heightUm.height();
    // Encoded in memory and written by writeFileAtomically: tinyexr's own file writer leaves its
    // FILE open when the encoding fails.
    unsigned char* encoded = nullptr;
    const char* err = nullptr;
    const std::size_t size = SaveEXRImageToMemory(&image, &header, &encoded, &err);
    if (size == 0 || encoded == nullptr) {
        std::string msg = err ? err : "unknown error";
        FreeEXRErrorMessage(err);
        std::free(encoded);
        return Error::failure(path.string() + ": EXR encoding failed: " + msg);
    }
    const std::unique_ptr<unsigned char, decltype(&std::free)> owned(encoded, &std::free);
    return writeFileAtomically(path,
                               std::string_view(reinterpret_cast<const char*>(encoded), size));
}

Status writeHeightMaps(const fs::path& dir, const FieldF& heightUm) {
    if (auto s = writeHeightPng(dir / "height", heightUm); !s) {
        return s;
    }
    return writeHeightExr(dir / "height.exr", heightUm);
}

namespace {

/// Reads a number from the sidecar, naming the file and key when it is missing or wrong.
Result<double> sidecarNumber(const Json& j, const std::string& key, const fs::path& file, double lo,
                             double hi) {
    if (!j.contains(key)) {
        return Error::badInput(file.string() + ": " + key + " is missing");
    }
    if (!j[key].is_number()) {
        return Error::badInput(file.string() + ": " + key + " must be a number");
    }
    const double v = j[key].get<double>();
    if (!(v >= lo && v <= hi)) {
        return Error::badInput(file.string() + ": " + key + ": " + j[key].dump() + " is outside " +
                               Json(lo).dump() + ".." + Json(hi).dump());
    }
    return v;
}

} // namespace

Result<FieldF> readHeightPng(const fs::path& pngPath) {
    fs::path sidecarPath = pngPath;
    sidecarPath.replace_extension(".json");
    std::error_code ec;
    if (!fs::exists(pngPath, ec)) {
        return Error::badInput(pngPath.string() + ": no such file");
    }
    if (!fs::exists(sidecarPath, ec)) {
        return Error::badInput(
            pngPath.string() + ": its sidecar " + sidecarPath.string() +
            " is missing (it gives pixel_um, height_scale_um and height_offset_um)");
    }
    auto sidecar = readJsonFile(sidecarPath);
    if (!sidecar) {
        return sidecar.error();
    }
    if (!sidecar->is_object()) {
        return Error::badInput(sidecarPath.string() + ": must be a JSON object");
    }
    auto pixelUm =
        sidecarNumber(*sidecar, "pixel_um", sidecarPath, kSidecarMinPixelUm, kSidecarMaxPixelUm);
    auto scale = sidecarNumber(*sidecar, "height_scale_um", sidecarPath, kSidecarMinScaleUm,
                               kSidecarMaxScaleUm);
    auto offset = sidecarNumber(*sidecar, "height_offset_um", sidecarPath, -kSidecarMaxOffsetUm,
                                kSidecarMaxOffsetUm);
    auto width = sidecarNumber(*sidecar, "width", sidecarPath, 1, kMaxMapSide);
    auto height = sidecarNumber(*sidecar, "height", sidecarPath, 1, kMaxMapSide);
    for (const auto* r : {&pixelUm, &scale, &offset, &width, &height}) {
        if (!*r) {
            return r->error();
        }
    }
    if (auto ok = checkMapSize(static_cast<std::int64_t>(*width),
                               static_cast<std::int64_t>(*height), sidecarPath.string());
        !ok) {
        return ok.error();
    }
    auto image = readPng16(pngPath); // checks the PNG's own header against the limits too
    if (!image) {
        return image.error();
    }
    if (image->width != static_cast<int>(*width) || image->height != static_cast<int>(*height)) {
        return Error::badInput(pngPath.string() + ": is " + std::to_string(image->width) + "x" +
                               std::to_string(image->height) + " but " + sidecarPath.string() +
                               " says " + std::to_string(static_cast<int>(*width)) + "x" +
                               std::to_string(static_cast<int>(*height)));
    }
    FieldF field(image->width, image->height, *pixelUm);
    auto values = field.values();
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = static_cast<float>(*offset + image->pixels[i] * *scale);
    }
    return field;
}

Result<FieldF> readHeightExr(const fs::path& path, double pixelUm) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        return Error::badInput(path.string() + ": no such file");
    }
    if (!(pixelUm > 0)) {
        return Error::badInput(path.string() +
                               ": an EXR height map needs its pixel size (--pixel-um)");
    }
    // Read here and parsed from memory: tinyexr's file readers leave the FILE open on a file
    // shorter than its header (a descriptor lost per bad file; the fuzzer ran out of them).
    const auto bytes = readFile(path, kMaxExrFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    const auto* data = reinterpret_cast<const unsigned char*>(bytes->data());
    const std::size_t size = bytes->size();
    EXRVersion version;
    if (ParseEXRVersionFromMemory(&version, data, size) != TINYEXR_SUCCESS) {
        return Error::badInput(path.string() + ": not an OpenEXR file");
    }
    if (version.multipart || version.non_image) {
        return Error::badInput(path.string() + ": multi-part and deep EXR files are not supported");
    }
    EXRHeader header;
    InitEXRHeader(&header);
    const char* err = nullptr;
    if (ParseEXRHeaderFromMemory(&header, &version, data, size, &err) != TINYEXR_SUCCESS) {
        std::string msg = err ? err : "unreadable header";
        FreeEXRErrorMessage(err);
        FreeEXRHeader(&header); // a failed parse may have allocated part of the header
        return Error::badInput(path.string() + ": corrupted EXR (" + msg + ")");
    }
    if (header.num_channels != 1) {
        const int n = header.num_channels;
        FreeEXRHeader(&header);
        return Error::badInput(path.string() + ": a height map EXR has one channel, this has " +
                               std::to_string(n));
    }
    // The data window is what LoadEXRImageFromMemory allocates for: check it first.
    const std::int64_t declaredW =
        std::int64_t{header.data_window.max_x} - header.data_window.min_x + 1;
    const std::int64_t declaredH =
        std::int64_t{header.data_window.max_y} - header.data_window.min_y + 1;
    if (auto ok = checkMapSize(declaredW, declaredH, path.string()); !ok) {
        FreeEXRHeader(&header);
        return ok.error();
    }
    if (header.tiled) {
        FreeEXRHeader(&header);
        return Error::badInput(path.string() + ": tiled EXR files are not supported");
    }
    header.requested_pixel_types[0] = TINYEXR_PIXELTYPE_FLOAT;
    EXRImage image;
    InitEXRImage(&image);
    // tinyexr 1.0 frees a half-decoded image itself when its pixels are corrupt, but only the
    // planes of `num_channels` channels, which it sets on success: set beforehand, nothing leaks
    // (issue 14: the planes leaked). After a failed load the image's pointers dangle, so it is
    // not freed again here.
    image.num_channels = header.num_channels;
    if (LoadEXRImageFromMemory(&image, &header, data, size, &err) != TINYEXR_SUCCESS) {
        std::string msg = err ? err : "unreadable pixels";
        FreeEXRErrorMessage(err);
        FreeEXRHeader(&header);
        return Error::badInput(path.string() + ": corrupted or truncated EXR (" + msg + ")");
    }
    Result<FieldF> result = Error::badInput(path.string() + ": tiled EXR files are not supported");
    if (image.images != nullptr && image.width > 0 && image.height > 0) {
        FieldF field(image.width, image.height, pixelUm);
        const auto* src = reinterpret_cast<const float*>(image.images[0]);
        auto dst = field.values();
        bool finite = true;
        for (std::size_t i = 0; i < dst.size(); ++i) {
            dst[i] = src[i];
            finite = finite && std::isfinite(src[i]);
        }
        result = finite ? Result<FieldF>(std::move(field))
                        : Result<FieldF>(Error::badInput(path.string() +
                                                         ": contains NaN or infinite heights"));
    }
    FreeEXRImage(&image);
    FreeEXRHeader(&header);
    return result;
}

} // namespace skinsim

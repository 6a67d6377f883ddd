#include "core/ImageIo.hpp"

#include "core/AtomicFile.hpp"
#include "core/Limits.hpp"

#include <csetjmp>
#include <cstdio>
#include <memory>
#include <png.h>
#include <string>

namespace skinsim {
namespace fs = std::filesystem;

namespace {

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

/// libpng reports errors through longjmp; the message is kept here for the user.
struct PngErrorSink {
    std::string message;
};

void onPngError(png_structp png, png_const_charp msg) {
    if (auto* sink = static_cast<PngErrorSink*>(png_get_error_ptr(png))) {
        sink->message = msg;
    }
    png_longjmp(png, 1);
}
void onPngWarning(png_structp, png_const_charp) {}

/// Appends what libpng writes to a string (in-memory encoding).
void appendToString(png_structp png, png_bytep data, png_size_t length) {
    static_cast<std::string*>(png_get_io_ptr(png))
        ->append(reinterpret_cast<const char*>(data), length);
}
void flushNothing(png_structp) {}

/// Encodes rows of `bytesPerRow` bytes with the given PNG colour type and bit depth; `what` names
/// the image in messages. Only plain data crosses the setjmp boundary (the output string lives in
/// the caller's frame), so no destructor is skipped by a longjmp.
Status encodePngRows(const std::string& what, int width, int height, int colorType, int bitDepth,
                     const std::uint8_t* data, std::size_t bytesPerRow, bool srgb,
                     std::string& out) {
    PngErrorSink sink;
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, onPngError, onPngWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, &info);
        return Error::failure(what + ": out of memory");
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return Error::failure(what + ": PNG write failed: " + sink.message);
    }
    png_set_write_fn(png, &out, appendToString, flushNothing);
    png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height),
                 bitDepth, colorType, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (srgb) {
        png_set_sRGB(png, info, PNG_sRGB_INTENT_PERCEPTUAL);
    }
    png_text text{};
    text.compression = PNG_TEXT_COMPRESSION_NONE;
    text.key = const_cast<char*>("Comment");
    text.text = const_cast<char*>(kSimulatedNotice);
    png_set_text(png, info, &text, 1);
    png_set_compression_level(png, 6);
    png_write_info(png, info);
    for (int y = 0; y < height; ++y) {
        png_write_row(png, data + static_cast<std::size_t>(y) * bytesPerRow);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return {};
}

struct DecodedPng {
    int width = 0;
    int height = 0;
    int channels = 0;
    int bitDepth = 0;
    std::vector<std::uint8_t> bytes; // big-endian samples as in the file
};

/// Decodes a PNG whose declared size passes checkMapSize(width, height, path, maxPixels), which
/// is checked from the header before any pixel memory is allocated.
Result<DecodedPng> decodePng(const fs::path& path, std::int64_t maxPixels) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
        return Error::badInput(path.string() + ": no such file");
    }
    if (!fs::is_regular_file(status)) {
        return Error::badInput(path.string() + ": not a regular file; skinsim reads only regular "
                                               "files");
    }
    FilePtr file(std::fopen(path.c_str(), "rb"));
    if (!file) {
        return Error::badInput(path.string() + ": cannot open");
    }
    unsigned char signature[8] = {};
    if (std::fread(signature, 1, 8, file.get()) != 8 || png_sig_cmp(signature, 0, 8) != 0) {
        return Error::badInput(path.string() + ": not a PNG file");
    }
    PngErrorSink sink;
    png_structp png =
        png_create_read_struct(PNG_LIBPNG_VER_STRING, &sink, onPngError, onPngWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_read_struct(&png, &info, nullptr);
        return Error::failure(path.string() + ": out of memory");
    }
    auto* decoded = new DecodedPng; // owned manually across setjmp; freed on every path below
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, &info, nullptr);
        delete decoded;
        return Error::badInput(path.string() + ": corrupted PNG (" + sink.message + ")");
    }
    png_init_io(png, file.get());
    png_set_sig_bytes(png, 8);
    // No ancillary chunk (text, ICC profile) may make libpng allocate more than 8 MiB.
    png_set_chunk_malloc_max(png, 8u << 20);
    png_read_info(png, info);
    if (auto ok = checkMapSize(png_get_image_width(png, info), png_get_image_height(png, info),
                               path.string(), maxPixels);
        !ok) {
        png_destroy_read_struct(&png, &info, nullptr);
        delete decoded;
        return ok.error();
    }
    const int colorType = png_get_color_type(png, info);
    if (colorType == PNG_COLOR_TYPE_PALETTE) {
        png_set_palette_to_rgb(png);
    }
    if (colorType == PNG_COLOR_TYPE_GRAY && png_get_bit_depth(png, info) < 8) {
        png_set_expand_gray_1_2_4_to_8(png);
    }
    png_read_update_info(png, info);
    decoded->width = static_cast<int>(png_get_image_width(png, info));
    decoded->height = static_cast<int>(png_get_image_height(png, info));
    decoded->channels = png_get_channels(png, info);
    decoded->bitDepth = png_get_bit_depth(png, info);
    const std::size_t rowBytes = png_get_rowbytes(png, info);
    decoded->bytes.resize(rowBytes * static_cast<std::size_t>(decoded->height));
    for (int y = 0; y < decoded->height; ++y) {
        png_read_row(png, decoded->bytes.data() + rowBytes * static_cast<std::size_t>(y), nullptr);
    }
    png_read_end(png, nullptr);
    png_destroy_read_struct(&png, &info, nullptr);
    DecodedPng result = std::move(*decoded);
    delete decoded;
    return result;
}

} // namespace

Status writePng(const fs::path& path, const Image8& image) {
    auto bytes = encodePng(image);
    if (!bytes) {
        return bytes.error().within(path.string());
    }
    return writeFileAtomically(path, *bytes);
}

Result<std::string> encodePng(const Image8& image) {
    static constexpr int types[] = {0, PNG_COLOR_TYPE_GRAY, PNG_COLOR_TYPE_GRAY_ALPHA,
                                    PNG_COLOR_TYPE_RGB, PNG_COLOR_TYPE_RGBA};
    if (image.channels < 1 || image.channels > 4 || image.width <= 0 || image.height <= 0 ||
        image.pixels.size() != std::size_t(image.width) * image.height * image.channels) {
        return Error::failure("internal error: malformed image");
    }
    std::string out;
    if (auto s = encodePngRows("image", image.width, image.height, types[image.channels], 8,
                               image.pixels.data(), std::size_t(image.width) * image.channels,
                               image.channels >= 3, out);
        !s) {
        return s.error();
    }
    return out;
}

Status writePng16(const fs::path& path, const Image16& image) {
    if (image.width <= 0 || image.height <= 0 ||
        image.pixels.size() != std::size_t(image.width) * image.height) {
        return Error::failure(path.string() + ": internal error: malformed image");
    }
    std::vector<std::uint8_t> bigEndian(image.pixels.size() * 2);
    for (std::size_t i = 0; i < image.pixels.size(); ++i) {
        bigEndian[2 * i] = static_cast<std::uint8_t>(image.pixels[i] >> 8);
        bigEndian[2 * i + 1] = static_cast<std::uint8_t>(image.pixels[i] & 0xff);
    }
    std::string out;
    if (auto s = encodePngRows(path.string(), image.width, image.height, PNG_COLOR_TYPE_GRAY, 16,
                               bigEndian.data(), std::size_t(image.width) * 2, false, out);
        !s) {
        return s;
    }
    return writeFileAtomically(path, out);
}

Result<Image8> readPng(const fs::path& path) {
    auto decoded = decodePng(path, kMaxImagePixels);
    if (!decoded) {
        return decoded.error();
    }
    if (decoded->bitDepth != 8) {
        return Error::badInput(path.string() + ": expected an 8-bit PNG, found " +
                               std::to_string(decoded->bitDepth) + "-bit");
    }
    Image8 image;
    image.width = decoded->width;
    image.height = decoded->height;
    image.channels = decoded->channels;
    image.pixels = std::move(decoded->bytes);
    return image;
}

Result<Image16> readPng16(const fs::path& path) {
    auto decoded = decodePng(path, kMaxMapCells);
    if (!decoded) {
        return decoded.error();
    }
    if (decoded->bitDepth != 16 || decoded->channels != 1) {
        return Error::badInput(path.string() + ": a height map must be a 16-bit grey PNG, found " +
                               std::to_string(decoded->bitDepth) + "-bit with " +
                               std::to_string(decoded->channels) + " channel(s)");
    }
    Image16 image;
    image.width = decoded->width;
    image.height = decoded->height;
    image.pixels.resize(std::size_t(image.width) * image.height);
    for (std::size_t i = 0; i < image.pixels.size(); ++i) {
        image.pixels[i] =
            static_cast<std::uint16_t>(decoded->bytes[2 * i] << 8 | decoded->bytes[2 * i + 1]);
    }
    return image;
}

} // namespace skinsim

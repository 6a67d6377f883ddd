#pragma once
// Height maps on disk (DESIGN.md section 5):
//   height.png  16-bit grey, no gamma;  height.json  {"pixel_um", "height_scale_um",
//   "height_offset_um", "width", "height"} with height_um = offset + value * scale;
//   height.exr  32-bit float, one channel "Y", in µm.

#include "core/Field2D.hpp"
#include "core/Result.hpp"

#include <filesystem>

namespace skinsim {

/// The sidecar of a 16-bit height PNG.
struct HeightEncoding {
    double pixelUm = 25.0;
    double scaleUm = 1.0;  ///< µm per PNG count
    double offsetUm = 0.0; ///< height of PNG value 0, µm
    int width = 0;
    int height = 0;
};

/// What a sidecar may say: readHeightPng refuses anything else, and writeHeightPng writes nothing
/// else, so every height PNG skinsim writes reads back (issue 14: fuzz_height_map_round_trip).
inline constexpr double kSidecarMinPixelUm = 0.1;
inline constexpr double kSidecarMaxPixelUm = 10000.0;
inline constexpr double kSidecarMinScaleUm = 1e-9; ///< µm per PNG count
inline constexpr double kSidecarMaxScaleUm = 1e6;
inline constexpr double kSidecarMaxOffsetUm = 1e9; ///< |height_offset_um|

/// The encoding that spreads [minUm, maxUm] over the full 16-bit range (over less of it when the
/// range is below 65535 x kSidecarMinScaleUm).
HeightEncoding encodingFor(const FieldF& heightUm);

/// Writes `<stem>.png` and `<stem>.json` (stem is a path without extension, e.g. DIR/height).
/// Error::failure, naming the file and the range, for heights that are not finite or whose
/// encoding no sidecar may hold (beyond ±1e9 µm, or a pixel size outside 0.1..10000 µm): nothing
/// skinsim simulates, so a bug, and no file its reader would refuse.
Status writeHeightPng(const std::filesystem::path& stem, const FieldF& heightUm);
/// Writes a 32-bit float EXR, in µm.
Status writeHeightExr(const std::filesystem::path& path, const FieldF& heightUm);
/// Writes height.png, height.json and height.exr into `dir`.
Status writeHeightMaps(const std::filesystem::path& dir, const FieldF& heightUm);

/// Reads a 16-bit height PNG with its JSON sidecar (same name, .json).
Result<FieldF> readHeightPng(const std::filesystem::path& pngPath);
/// Reads a one-channel float EXR in µm; pixelUm is not stored in the file, so the caller gives it.
Result<FieldF> readHeightExr(const std::filesystem::path& path, double pixelUm);

} // namespace skinsim

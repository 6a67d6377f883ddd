#pragma once
// Writes a generated patch as the files of `skinsim generate` (DESIGN.md section 5):
//   height.png + height.json, height.exr   the surface, µm (core/HeightMapIo.hpp)
//   albedo.png     diffuse colour from melanin and blood, 8-bit sRGB (SkinColour.hpp)
//   normal.png     tangent-space normals of the surface, OpenGL convention (+Y up), linear 8-bit
//   melanin.png    melanin, 8-bit grey, kMelaninPerCount per count
//   erythema.png   erythema 0..1, 8-bit grey, 1/255 per count
//   scars.json     the patch and one entry per scar (id, type, center_mm, diameter_mm, depth_mm,
//                  what was measured, the cause in the tissue, the pigment)
// Every file is written atomically; the images are built one at a time to bound memory.

#include "core/ImageIo.hpp"
#include "core/Json.hpp"
#include "core/Result.hpp"
#include "skin/SkinPatch.hpp"

#include <filesystem>
#include <functional>
#include <string>

namespace skinsim {

/// melanin.png stores melanin / kMelaninPerCount (so 255 = 1, a volume fraction's top: type VI
/// skin, 0.43, reaches ~0.9 under a PIH halo).
inline constexpr double kMelaninPerCount = 1.0 / 255.0;

/// What the files should say about where the patch came from.
struct ExportInfo {
    std::string scenarioName;
    std::string scenarioSource;
};

/// scars.json's content.
Json skinPatchJson(const SkinPatch& patch, const ExportInfo& info);
/// The diffuse colour, sRGB.
Image8 albedoImage(const SkinPatch& patch);
/// Tangent-space normals of a height field in µm, encoded (n + 1) / 2 * 255.
Image8 normalImage(const FieldF& heightUm);
/// A field scaled to 8-bit grey: value / perCount, clamped to 0..255.
Image8 greyImage(const FieldF& field, double perCount);

/// Writes every file into `dir` as a whole (core/StagedFolder.hpp: a staging folder that replaces
/// `dir` at the end; an existing `dir` must hold only skinsim's outputs); `progress` (optional)
/// hears (files written, files in all) after each file.
Status writeSkinPatch(const SkinPatch& patch, const std::filesystem::path& dir,
                      const ExportInfo& info = {},
                      const std::function<void(int done, int total)>& progress = {});

} // namespace skinsim

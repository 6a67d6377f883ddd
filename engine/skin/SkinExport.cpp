#include "skin/SkinExport.hpp"

#include "core/AtomicFile.hpp"
#include "core/HeightMapIo.hpp"
#include "core/StagedFolder.hpp"
#include "skin/SkinAnatomy.hpp"
#include "skin/SkinColour.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace skinsim {

namespace fs = std::filesystem;

namespace {

/// Rounds for a readable file: sizes to 1 µm, fractions to 1e-4.
double round4(double v) {
    return std::round(v * 1e4) / 1e4;
}

Json scarJson(const Scar& s) {
    return Json{
        {"id", s.id},
        {"type", toString(s.type)},
        {"center_mm", {round4(s.centerMm[0]), round4(s.centerMm[1])}},
        {"diameter_mm", round4(s.diameterMm)},
        {"depth_mm", round4(s.depthMm)},
        {"origin", toString(s.origin)},
        {"volume_mm3", round4(s.volumeMm3)},
        {"measured",
         {{"diameter_mm", round4(s.measuredDiameterMm)}, {"depth_mm", round4(s.measuredDepthMm)}}},
        {"cause",
         {{"deficit_um", std::round(s.maxDeficitUm)},
          {"tether", round4(s.maxTether)},
          {"fibrosis", round4(s.maxFibrosis)},
          {"dermis_um", std::round(s.dermisUm)},
          {"reaches_subcutis", s.reachesSubcutis}}},
        {"outline",
         {{"aspect", round4(s.aspect)},
          {"rotation_deg", std::round(s.rotationDeg)},
          {"tether_anchors", s.tetherAnchors}}},
        {"pigment",
         {{"erythema", round4(s.erythema)},
          {"hyperpigmentation", round4(s.hyperpigmentation)},
          {"hypopigmentation", round4(s.hypopigmentation)}}},
    };
}

} // namespace

Json skinPatchJson(const SkinPatch& patch, const ExportInfo& info) {
    std::map<std::string, int> counts{
        {"icepick", 0}, {"boxcar", 0}, {"rolling", 0}, {"chickenpox", 0}};
    Json scars = Json::array();
    for (const Scar& s : patch.scars) {
        ++counts[std::string(toString(s.type))];
        scars.push_back(scarJson(s));
    }
    Json j;
    j["notice"] = kSimulatedNotice;
    if (!info.scenarioName.empty()) {
        j["scenario"] = info.scenarioName;
    }
    if (!info.scenarioSource.empty()) {
        j["scenario_file"] = info.scenarioSource;
    }
    j["seed"] = patch.seed;
    j["region"] = toString(patch.patch.region);
    j["size_mm"] = {round4(patch.width() * patch.pixelUm() * 1e-3),
                    round4(patch.height() * patch.pixelUm() * 1e-3)};
    j["pixel_um"] = patch.pixelUm();
    j["width"] = patch.width();
    j["height"] = patch.height();
    j["patient"] = {{"fitzpatrick", patch.patient.fitzpatrick},
                    {"sex", toString(patch.patient.sex)},
                    {"age", patch.patient.ageYears}};
    j["dermis_um"] = std::round(dermisThickness(patch.patch.region, patch.patient.sex).meanUm);
    j["sag"] = {{"length_mm", patch.sag.lengthMm},
                {"full_tether_sag_um", patch.sag.fullTetherSagUm}};
    j["maps"] = {
        {"height", "height.png (16-bit, see height.json) and height.exr (float), um; "
                   "height = relief - deficit - sag(tether)"},
        {"albedo", "albedo.png: diffuse colour, 8-bit sRGB"},
        {"normal", "normal.png: tangent-space normal, (n + 1) / 2 * 255, +X right, +Y up"},
        {"melanin",
         {{"file", "melanin.png"},
          {"unit", "epidermal melanosome volume fraction"},
          {"per_count", kMelaninPerCount}}},
        {"erythema", {{"file", "erythema.png"}, {"unit", "0..1"}, {"per_count", 1.0 / 255.0}}},
    };
    Json c = Json::object();
    for (const char* type : {"icepick", "boxcar", "rolling", "chickenpox"}) {
        c[type] = counts[type];
    }
    j["counts"] = c;
    j["scars"] = std::move(scars);
    return j;
}

Image8 albedoImage(const SkinPatch& patch) {
    Image8 img(patch.width(), patch.height(), 3);
    parallelFor(patch.height(), [&](int y) {
        const auto melanin = patch.melanin.row(y);
        const auto blood = patch.blood.row(y);
        const auto erythema = patch.erythema.row(y);
        for (int x = 0; x < patch.width(); ++x) {
            const auto i = static_cast<std::size_t>(x);
            const double b = blood[i] + kErythemaBloodFraction * erythema[i];
            const auto rgb = skinAlbedoLinearSrgb(melanin[i], b);
            std::uint8_t* px = img.at(x, y);
            for (int c = 0; c < 3; ++c) {
                px[c] = linearToSrgb8(rgb[static_cast<std::size_t>(c)]);
            }
        }
    });
    return img;
}

Image8 normalImage(const FieldF& h) {
    Image8 img(h.width(), h.height(), 3);
    const double twoPixels = 2.0 * h.pixelUm();
    parallelFor(h.height(), [&](int y) {
        for (int x = 0; x < h.width(); ++x) {
            const double dx = (h.clamped(x + 1, y) - h.clamped(x - 1, y)) / twoPixels;
            // Rows grow downwards; +Y of the normal map points up the image.
            const double dyUp = (h.clamped(x, y - 1) - h.clamped(x, y + 1)) / twoPixels;
            const double len = std::sqrt(dx * dx + dyUp * dyUp + 1.0);
            const double n[3] = {-dx / len, -dyUp / len, 1.0 / len};
            std::uint8_t* px = img.at(x, y);
            for (int c = 0; c < 3; ++c) {
                px[c] = static_cast<std::uint8_t>(std::lround((n[c] + 1.0) * 127.5));
            }
        }
    });
    return img;
}

Image8 greyImage(const FieldF& field, double perCount) {
    Image8 img(field.width(), field.height(), 1);
    parallelFor(field.height(), [&](int y) {
        const auto row = field.row(y);
        for (int x = 0; x < field.width(); ++x) {
            const double counts = std::round(row[static_cast<std::size_t>(x)] / perCount);
            *img.at(x, y) = static_cast<std::uint8_t>(std::clamp(counts, 0.0, 255.0));
        }
    });
    return img;
}

Status writeSkinPatch(const SkinPatch& patch, const fs::path& out, const ExportInfo& info,
                      const std::function<void(int, int)>& progress) {
    // Everything goes into a staging folder that replaces `out` as a whole at the end
    // (core/StagedFolder.hpp): an interrupted run leaves the old folder or the new one.
    auto staged = StagedFolder::begin(out);
    if (!staged) {
        return staged.error();
    }
    const fs::path& dir = staged->path();
    // One image at a time: each is built, written and freed before the next (memory per cell).
    const std::function<Status()> steps[] = {
        [&] { return writeHeightMaps(dir, patch.heightUm); },
        [&] { return writePng(dir / "albedo.png", albedoImage(patch)); },
        [&] { return writePng(dir / "normal.png", normalImage(patch.heightUm)); },
        [&] { return writePng(dir / "melanin.png", greyImage(patch.melanin, kMelaninPerCount)); },
        [&] { return writePng(dir / "erythema.png", greyImage(patch.erythema, 1.0 / 255.0)); },
        [&] { return writeJsonFile(dir / "scars.json", skinPatchJson(patch, info)); },
    };
    const int total = static_cast<int>(std::size(steps));
    for (int i = 0; i < total; ++i) {
        if (auto s = steps[i](); !s) {
            return staged->inDestination(s.error());
        }
        if (progress) {
            progress(i + 1, total);
        }
    }
    return staged->commit();
}

} // namespace skinsim

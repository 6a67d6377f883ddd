// skinsim grade: finds, measures and types the scars of a measured height map and grades them as a
// 3D skin camera would (DESIGN.md section 5; engine/analysis/ScanGrade.hpp). The map is read and
// graded, and the scenario (--scenario-out) built and validated, before anything is written; both
// files are written atomically.

#include "Commands.hpp"
#include "analysis/ScanGrade.hpp"
#include "core/AtomicFile.hpp"
#include "core/HeightMapIo.hpp"
#include "core/Json.hpp"
#include "core/Parallel.hpp"
#include "core/Progress.hpp"
#include "mesh/HeightFieldSampling.hpp"
#include "mesh/MeshImport.hpp"
#include "sim/GradedScenario.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>

namespace skinsim::cli {

namespace {

namespace fs = std::filesystem;

/// Fewer cells than this per side cannot hold a scar and the skin around it.
constexpr int kMinGradeCells = 16;

struct GradeOptions {
    std::string height;
    std::string out;
    std::optional<double> pixelUm;
    std::string scenarioOut;
    bool chickenpox = false;
    int threads = 0;
};

std::string lowerExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

/// The height map of a PNG (with its sidecar), an EXR (with --pixel-um) or a mesh, in µm.
Result<FieldF> readScan(const GradeOptions& o) {
    const fs::path path = o.height;
    const std::string ext = lowerExtension(path);
    if (ext == ".png") {
        auto map = readHeightPng(path);
        if (map && o.pixelUm && std::abs(*o.pixelUm - map->pixelUm()) > 1e-6 * map->pixelUm()) {
            fs::path sidecar = path;
            sidecar.replace_extension(".json");
            char given[64];
            std::snprintf(given, sizeof given, "%g", *o.pixelUm);
            char stored[64];
            std::snprintf(stored, sizeof stored, "%g", map->pixelUm());
            std::string message = o.height + ": --pixel-um " + given + " disagrees with pixel_um ";
            message += stored;
            message += " in " + sidecar.string() + "; leave --pixel-um out for PNG height maps";
            return Error::badInput(message);
        }
        return map;
    }
    if (ext == ".exr") {
        return readHeightExr(path, o.pixelUm.value_or(0.0));
    }
    auto mesh = mesh::importMesh(path);
    if (!mesh) {
        return mesh.error();
    }
    return mesh::sampleHeightField(*mesh, o.pixelUm.value_or(0.0), o.height);
}

void printSummary(const ScanGrade& g, const GradeOptions& o) {
    std::string mix;
    for (const ScarType t : kAllScarTypes) {
        const int n = g.countByType[static_cast<std::size_t>(t)];
        if (n > 0) {
            mix += (mix.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(toString(t));
        }
    }
    std::printf("Graded %s (%.4g x %.4g mm at %.4g um): %zu scar%s%s%s%s, scar volume %.3f mm3, "
                "Goodman-Baron grade %d (score %d), Ra %.1f um\n",
                o.height.c_str(), g.widthMm, g.heightMm, g.pixelUm, g.scars.size(),
                g.scars.size() == 1 ? "" : "s", mix.empty() ? "" : " (", mix.c_str(),
                mix.empty() ? "" : ")", g.totalScarVolumeMm3, g.gbQualitative, g.gbQuantitative,
                g.roughness.raUm);
    for (const std::string& warning : implausibilities(g)) {
        std::printf("Warning: %s: %s; graded anyway\n", o.height.c_str(), warning.c_str());
    }
    std::printf("Wrote %s%s%s\n", o.out.c_str(), o.scenarioOut.empty() ? "" : " and ",
                o.scenarioOut.c_str());
}

} // namespace

void addGradeCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<GradeOptions>();
    auto* cmd =
        app.add_subcommand("grade", "Find, type and grade the scars on a measured height map");
    cmd->add_option("--height", o->height,
                    "height.png (with its height.json), height.exr (um), or a mesh Assimp reads "
                    "(mm, height in +z)")
        ->required();
    cmd->add_option("--out", o->out, "Output JSON (scars, counts, roughness, Goodman-Baron)")
        ->required();
    cmd->add_option("--pixel-um", o->pixelUm,
                    "Pixel size in um: required for EXR, the sampling grid for a mesh")
        ->check(finiteRange(0.1, 10000.0));
    cmd->add_option("--scenario-out", o->scenarioOut,
                    "Also write a scenario with the scars found, to treat them in the simulator");
    cmd->add_flag("--chickenpox", o->chickenpox,
                  "The scars are varicella scars: report boxcar-like pits as chickenpox");
    cmd->add_option("--threads", o->threads, "Worker threads (default: all cores)")
        ->check(CLI::Range(1, 256));
    set.add(cmd, [o]() -> Status {
        if (o->threads > 0) {
            setWorkerCount(o->threads);
        }
        if (auto ok = checkOutputFile(o->out); !ok) {
            return ok;
        }
        if (!o->scenarioOut.empty()) {
            if (auto ok = checkOutputFile(o->scenarioOut, "--scenario-out"); !ok) {
                return ok;
            }
        }
        if (!o->scenarioOut.empty() && fs::path(o->scenarioOut) == fs::path(o->out)) {
            return Error::badInput("--scenario-out " + o->scenarioOut +
                                   ": is the same file as --out; give two different files");
        }
        auto map = readScan(*o);
        if (!map) {
            return map.error();
        }
        if (map->width() < kMinGradeCells || map->height() < kMinGradeCells) {
            return Error::badInput(o->height + ": is " + std::to_string(map->width()) + " x " +
                                   std::to_string(map->height()) + " cells; at least " +
                                   std::to_string(kMinGradeCells) +
                                   " per side are needed to find scars in it");
        }
        GradeSettings settings;
        settings.detection.chickenpoxHistory = o->chickenpox;
        ScanGrade grade;
        {
            ProgressLine progress("grading");
            grade = gradeScan(*map, settings);
            progress.update(1, 1);
        }
        Json report = scanGradeToJson(grade);
        std::optional<Json> scenario;
        if (!o->scenarioOut.empty()) {
            auto s = scenarioFromGrade(grade, o->height);
            if (!s) {
                return s.error().within(o->height);
            }
            scenario = scenarioToJson(*s);
        }
        if (auto s = writeJsonFile(o->out, report); !s) {
            return s;
        }
        if (scenario) {
            if (auto s = writeJsonFile(o->scenarioOut, *scenario); !s) {
                return s;
            }
        }
        printSummary(grade, *o);
        return {};
    });
}

} // namespace skinsim::cli

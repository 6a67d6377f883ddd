// skinsim export: a scenario's patch on a given day as a 3D model other tools open (issue 18):
// .glb (glTF 2.0 binary, textured: browser viewers, Blender), .ply and .stl (3D printing, with
// --scale for an enlarged teaching model and --base for a solid that prints), .obj. Inputs are
// checked before anything slow: bad input is exit 2 and nothing is written.

#include "Commands.hpp"
#include "TerminalSteps.hpp"
#include "app/DaySkin.hpp"
#include "app/PatchExport.hpp"
#include "core/AtomicFile.hpp"
#include "mesh/MeshExport.hpp"
#include "sim/Scenario.hpp"

#include <chrono>
#include <cstdio>

namespace skinsim::cli {

namespace {

struct ExportOptions {
    std::string scenario;
    std::string out;
    int day = 0;
    double scale = 1.0;
    bool base = false;
    double cellUm = mesh::ReliefMeshOptions{}.cellUm;
};

Status run(const ExportOptions& o) {
    const auto start = std::chrono::steady_clock::now();
    auto scenario = loadScenario(o.scenario);
    if (!scenario) {
        return scenario.error();
    }
    if (auto format = mesh::checkExportFormat(o.out); !format) {
        return format;
    }
    if (auto ok = checkOutputFile(o.out); !ok) {
        return ok;
    }
    if (o.cellUm < scenario->patch.pixelUm) {
        char message[160];
        std::snprintf(message, sizeof message,
                      "--cell-um %g: finer than the scenario's pixel (patch.pixel_um %g)", o.cellUm,
                      scenario->patch.pixelUm);
        return Error::badInput(message);
    }
    ProgressLine progress("generating skin");
    auto days = o.day == 0 ? app::generatedDayZero(*scenario, progressOn(progress))
                           : app::medianPatientDays(*scenario, o.day, progressOn(progress));
    if (!days) {
        return days.error();
    }
    const render::SkinSurface& shown = days->after ? *days->after : days->before;
    const mesh::ReliefMeshOptions options{.cellUm = o.cellUm, .scale = o.scale, .base = o.base};
    const app::PatchModel model = app::patchModel(shown, options);
    if (auto written = mesh::exportMesh(model.mesh, model.normalTexture, o.out); !written) {
        return written;
    }
    const glm::vec3 size = mesh::boundsOf(model.mesh).size();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char scale[32] = "";
    if (o.scale != 1.0) {
        std::snprintf(scale, sizeof scale, " (scale %g)", o.scale);
    }
    std::printf("Exported %s: day %d of the median patient, %zu vertices, %zu triangles, "
                "%.1f x %.1f x %.2f mm%s%s in %.2f s\n",
                o.out.c_str(), o.day, model.mesh.positions.size(), model.mesh.triangleCount(),
                size.x, size.y, size.z, scale, o.base ? ", solid with a base" : "", seconds);
    return {};
}

} // namespace

void addExportCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<ExportOptions>();
    auto* cmd = app.add_subcommand(
        "export", "Write a day's patch as a 3D model: .glb (textured), .ply, .stl (print), .obj");
    cmd->add_option("--scenario", o->scenario, "Scenario file, or a preset name")->required();
    cmd->add_option("--out", o->out, "Output file: .glb, .ply, .stl or .obj")->required();
    cmd->add_option("--day", o->day, "Day to show (the median patient)")
        ->check(CLI::Range(0, 3650));
    cmd->add_option("--scale", o->scale, "Multiply every length (an enlarged teaching model)")
        ->check(CLI::Range(0.1, 50.0));
    cmd->add_flag("--base", o->base,
                  "Close the relief into a solid with walls and a 2 mm base, so that it prints");
    cmd->add_option("--cell-um", o->cellUm, "Mesh sampling step in um (default 100)")
        ->check(CLI::Range(5.0, 2000.0));
    set.add(cmd, [o]() -> Status { return run(*o); });
}

} // namespace skinsim::cli

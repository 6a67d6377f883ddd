// skinsim render: one offscreen Vulkan image of a scenario's skin (DESIGN.md sections 5 and 7).
// Inputs are checked first (scenario, output name, mesh): bad input is exit 2 before anything
// slow happens. Then the GPU is opened (none: exit 1) and its shaders compiled while the skin is
// generated: day 0 from the skin generator, any other day (and comparisons with day 0) from the
// simulation's median patient.

#include "Commands.hpp"
#include "TerminalSteps.hpp"
#include "app/DaySkin.hpp"
#include "app/FaceScene.hpp"
#include "core/AtomicFile.hpp"
#include "core/Paths.hpp"
#include "gpu/Context.hpp"
#include "render/Renderer.hpp"
#include "sim/Scenario.hpp"

#include <chrono>
#include <cstdio>
#include <future>
#include <optional>
#include <tuple>

namespace skinsim::cli {

namespace {
struct RenderOptions {
    std::string scenario;
    std::string out;
    int day = 0;
    std::string view = "patch";
    std::string mesh;
    /// How to read --mesh: its units and axes (ImportOptions); absent: auto, +y up, +z forward.
    std::optional<std::string> meshUnits;
    std::optional<std::string> meshUp;
    std::optional<std::string> meshForward;
    std::string light = "raking";
    std::string mode = "skin";
    std::string compare = "none";
    /// close-up, arm or social; absent: the view's default (RenderSettings.hpp).
    std::optional<std::string> camera;
    int width = 1280;
    int height = 800;
};

/// The options --mesh-units, --mesh-up and --mesh-forward give for reading --mesh.
Result<mesh::ImportOptions> importOptionsOf(const RenderOptions& o) {
    mesh::ImportOptions options;
    if (o.meshUnits) {
        auto units = mesh::parseMeshUnits(*o.meshUnits);
        if (!units) {
            return units.error().within("--mesh-units");
        }
        options.units = *units;
    }
    for (const auto& [given, axis, name] :
         {std::tuple{&o.meshUp, &options.up, "--mesh-up"},
          std::tuple{&o.meshForward, &options.forward, "--mesh-forward"}}) {
        if (*given) {
            auto parsed = mesh::parseMeshAxis(**given);
            if (!parsed) {
                return parsed.error().within(name);
            }
            *axis = *parsed;
        }
    }
    return options;
}

/// The face of --mesh (read with --mesh-units, --mesh-up, --mesh-forward), or the default head.
Result<app::FaceChoice> faceChoiceOf(const RenderOptions& o) {
    auto options = importOptionsOf(o);
    if (!options) {
        return options.error();
    }
    const auto scan = o.mesh.empty() ? std::nullopt : std::optional<std::filesystem::path>(o.mesh);
    return app::FaceChoice{.scan = scan, .import = *options, .headCellMm = mesh::kFineHeadCellMm};
}

/// The view, light, mode, comparison and camera the options ask for.
render::ViewSettings viewSettingsOf(const RenderOptions& o) {
    render::ViewSettings settings;
    settings.view = *render::viewFromString(o.view);
    settings.light = *render::lightFromString(o.light);
    settings.mode = *render::modeFromString(o.mode);
    settings.compare = *render::compareFromString(o.compare);
    if (o.camera) {
        settings.camera = render::cameraFromString(*o.camera);
    }
    settings.beforeLabel = "Day 0";
    settings.afterLabel = "Day " + std::to_string(o.day);
    return settings;
}

/// Refuses an output name that is not a PNG, and mesh options without a face to use them on.
Status checkRenderOptions(const RenderOptions& o, const render::ViewSettings& settings) {
    if (std::filesystem::path(o.out).extension() != ".png") {
        return Error::badInput(o.out + ": --out must name a .png file");
    }
    if (auto ok = checkOutputFile(o.out); !ok) {
        return ok;
    }
    if (!o.mesh.empty() && settings.view != render::View::Face) {
        return Error::badInput("--mesh " + o.mesh + ": a mesh is only used with --view face");
    }
    if (o.mesh.empty() && (o.meshUnits || o.meshUp || o.meshForward)) {
        return Error::badInput("--mesh-units, --mesh-up and --mesh-forward describe a --mesh "
                               "file; give one or leave them out");
    }
    return {};
}

/// The face view's scene, on its way. A scan is input: read (and refused, exit 2) before
/// anything slow, and uploaded first so that the warm-up draws it. The default head has nothing
/// to check and takes half a second to build: built meanwhile, as is the skin around the patch.
struct FaceOnTheWay {
    std::optional<mesh::PlacedFace> scan;
    std::future<Result<app::FaceScene>> scene;
};

Result<FaceOnTheWay> startFace(const RenderOptions& o, const Scenario& scenario) {
    auto choice = faceChoiceOf(o);
    if (!choice) {
        return choice.error();
    }
    FaceOnTheWay face;
    if (choice->scan) {
        auto loaded = app::placedFace(scenario, *choice);
        if (!loaded) {
            return loaded.error();
        }
        face.scan = std::move(loaded.value());
    }
    face.scene = app::loadFaceSceneLater(scenario, *choice, face.scan);
    return face;
}

/// Day 0 alone comes straight from the generator; any other day, or a comparison, from the
/// median patient of the simulation (engine/sim).
Result<app::DaySkins> shownDays(const RenderOptions& o, const Scenario& scenario,
                                const render::ViewSettings& settings) {
    ProgressLine progress("generating skin");
    if (o.day == 0 && settings.compare == render::Compare::None) {
        return app::generatedDayZero(scenario, progressOn(progress));
    }
    return app::medianPatientDays(scenario, o.day, progressOn(progress));
}

/// The picture: the skin is generated (and the face built) while the renderer warms up.
Result<Image8> renderShown(const RenderOptions& o, const Scenario& scenario,
                           const render::ViewSettings& settings, FaceOnTheWay& face,
                           render::Renderer& renderer) {
    app::GpuFaceScene gpuFace;
    if (face.scan) {
        auto uploaded = app::uploadFace(renderer, *face.scan);
        if (!uploaded) {
            return uploaded.error();
        }
        gpuFace.face = std::move(uploaded.value());
    }
    // A CPU driver compiles its shaders at the first frame, in a good part of a second: draw a
    // tiny one while the skin is generated (nothing else touches the renderer meanwhile; without
    // the head yet, on a stand-in).
    auto warmUp = std::async(std::launch::async,
                             [&] { return renderer.warmUp(settings, gpuFace.face.get()); });
    Result<app::DaySkins> days = shownDays(o, scenario, settings);
    if (auto warm = warmUp.get(); !warm) {
        return warm.error();
    }
    if (!days) {
        return days.error();
    }
    if (face.scene.valid()) {
        auto scene = face.scene.get();
        if (!scene) {
            return scene.error();
        }
        if (auto s = app::uploadFaceScene(renderer, *scene, gpuFace); !s) {
            return s.error();
        }
    }
    const std::string of = " of " + scenario.source.string();
    auto gpuDays = app::uploadDaySkins(renderer, *days, "day 0" + of, settings.afterLabel + of);
    if (!gpuDays) {
        return gpuDays.error();
    }
    return renderer.renderImage({.before = gpuDays->before.get(),
                                 .after = gpuDays->shownAfter(),
                                 .face = gpuFace.face.get(),
                                 .surround = gpuFace.surround.get()},
                                settings);
}

Status run(const RenderOptions& o) {
    const auto start = std::chrono::steady_clock::now();
    auto scenario = loadScenario(o.scenario);
    if (!scenario) {
        return scenario.error();
    }
    const render::ViewSettings settings = viewSettingsOf(o);
    if (auto ok = checkRenderOptions(o, settings); !ok) {
        return ok;
    }
    FaceOnTheWay face;
    if (settings.view == render::View::Face) {
        auto started = startFace(o, *scenario);
        if (!started) {
            return started.error();
        }
        face = std::move(started.value());
    }
    auto context = gpu::Context::create({.applicationName = "skinsim render"});
    if (!context) {
        return context.error();
    }
    auto renderer =
        render::Renderer::create(**context, {.width = static_cast<std::uint32_t>(o.width),
                                             .height = static_cast<std::uint32_t>(o.height)});
    if (!renderer) {
        return renderer.error();
    }
    auto image = renderShown(o, *scenario, settings, face, **renderer);
    if (!image) {
        return image.error();
    }
    if (auto s = writePng(o.out, *image); !s) {
        return s;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("Rendered %s: %dx%d, %s view (%s camera), %s light, %s mode%s, day %d, on %s in "
                "%.2f s\n",
                o.out.c_str(), o.width, o.height, o.view.c_str(),
                std::string(render::toString(render::effectiveCamera(settings))).c_str(),
                o.light.c_str(), o.mode.c_str(),
                o.compare == "none" ? "" : (", " + o.compare + " comparison").c_str(), o.day,
                (*context)->deviceName().c_str(), seconds);
    return {};
}
} // namespace

void addRenderCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<RenderOptions>();
    auto* cmd = app.add_subcommand("render", "Render a scenario's skin on a given day to a PNG");
    cmd->add_option("--scenario", o->scenario, "Scenario file, or a preset name")->required();
    cmd->add_option("--out", o->out, "Output PNG")->required();
    cmd->add_option("--day", o->day, "Day to show")->check(CLI::Range(0, 3650));
    cmd->add_option("--view", o->view, "patch or face")->check(CLI::IsMember({"patch", "face"}));
    cmd->add_option("--mesh", o->mesh,
                    "Face or head scan (OBJ, glTF/GLB, PLY, FBX, STL) instead of the default head");
    cmd->add_option("--mesh-units", o->meshUnits,
                    "Length unit of --mesh: auto (from its size: a head is 120-400 mm), mm, cm "
                    "or m")
        ->check(CLI::IsMember({"auto", "mm", "cm", "m"}));
    const std::vector<std::string> axes = {"+x", "-x", "+y", "-y", "+z", "-z"};
    cmd->add_option("--mesh-up", o->meshUp, "Axis of --mesh from chin to crown (default +y)")
        ->check(CLI::IsMember(axes));
    cmd->add_option("--mesh-forward", o->meshForward, "Axis of --mesh out of the face (default +z)")
        ->check(CLI::IsMember(axes));
    cmd->add_option("--light", o->light, "raking, clinical or flash")
        ->check(CLI::IsMember({"raking", "clinical", "flash"}));
    cmd->add_option("--mode", o->mode, "skin, clay, heatmap (depth) or change (since day 0)")
        ->check(CLI::IsMember({"skin", "clay", "heatmap", "change"}));
    cmd->add_option("--compare", o->compare, "none, split or side")
        ->check(CLI::IsMember({"none", "split", "side"}));
    cmd->add_option("--camera", o->camera,
                    "close-up, arm (30 cm) or social (50 cm); default: close-up for the patch, "
                    "social for the face")
        ->check(CLI::IsMember({"close-up", "arm", "social"}));
    cmd->add_option("--width", o->width, "Image width in pixels")->check(CLI::Range(16, 8192));
    cmd->add_option("--height", o->height, "Image height in pixels")->check(CLI::Range(16, 8192));
    set.add(cmd, [o]() -> Status { return run(*o); });
}

} // namespace skinsim::cli

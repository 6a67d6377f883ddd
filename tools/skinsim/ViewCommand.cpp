// skinsim view: the interactive studio (DESIGN.md sections 5 and 8).

#include "Commands.hpp"
#include "core/AtomicFile.hpp"
#include "sim/Scenario.hpp"
#include "ui/Studio.hpp"

namespace skinsim::cli {

namespace {
struct ViewOptions {
    std::string scenario;
    std::string screenshot;
    int frames = 3;
    int width = 1600;
    int height = 900;
    bool stats = false;
    bool turnLight = false;
    bool orbit = false;
    std::string probe;
    int frameDelayMs = 0;
    int day = 0;
    std::string view = "patch";
    std::string light = "raking";
    std::string mode = "skin";
    std::string compare = "none";
};
} // namespace

void addViewCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<ViewOptions>();
    auto* cmd = app.add_subcommand("view", "Open the interactive studio");
    cmd->add_option("scenario", o->scenario, "Scenario file, or a preset name (default: moderate)");
    cmd->add_option("--screenshot", o->screenshot,
                    "When the simulation has finished, capture the window to this PNG and exit");
    cmd->add_option("--frames", o->frames, "Frames to draw before the screenshot")
        ->check(CLI::Range(1, 10000));
    cmd->add_option("--width", o->width, "Window width")->check(CLI::Range(320, 8192));
    cmd->add_option("--height", o->height, "Window height")->check(CLI::Range(240, 8192));
    cmd->add_option("--day", o->day, "Day on the timeline at start")->check(CLI::Range(0, 3650));
    cmd->add_option("--view", o->view, "patch or face")->check(CLI::IsMember({"patch", "face"}));
    cmd->add_option("--light", o->light, "raking, clinical or flash")
        ->check(CLI::IsMember({"raking", "clinical", "flash"}));
    cmd->add_option("--mode", o->mode, "skin, clay, heatmap (depth) or change (since day 0)")
        ->check(CLI::IsMember({"skin", "clay", "heatmap", "change"}));
    cmd->add_option("--compare", o->compare, "none, split or side (against day 0)")
        ->check(CLI::IsMember({"none", "split", "side"}));
    cmd->add_flag("--stats", o->stats, "Print frame-time statistics when the window closes");
    cmd->add_flag("--turn-light", o->turnLight,
                  "Turn the light a little every frame (measures the frame rate while dragging)");
    cmd->add_flag(
        "--orbit", o->orbit,
        "Orbit the camera a little every frame (measures the frame rate of a steady scene)");
    cmd->add_option("--probe", o->probe,
                    "For automated tests: write the studio's state to DIR/state.json every frame "
                    "and carry out DIR/command (screenshot PATH, quit)");
    cmd->add_option("--frame-delay-ms", o->frameDelayMs,
                    "For automated tests: sleep this long every frame, as on a slow machine")
        ->check(CLI::Range(0, 2000));
    set.add(cmd, [o]() -> Status {
        if (!o->scenario.empty()) {
            // Bad input is exit 2 before any window opens.
            if (auto loaded = loadScenario(o->scenario); !loaded) {
                return loaded.error();
            }
        }
        if (!o->screenshot.empty() && std::filesystem::path(o->screenshot).extension() != ".png") {
            return Error::badInput(o->screenshot + ": --screenshot must name a .png file");
        }
        if (!o->screenshot.empty()) {
            if (auto ok = checkOutputFile(o->screenshot, "--screenshot"); !ok) {
                return ok;
            }
        }
        if (!ui::displayAvailable()) {
            return Error::failure("no display to open the studio on (DISPLAY / WAYLAND_DISPLAY "
                                  "unset, or GLFW finds no Vulkan there); `skinsim demo` writes "
                                  "images and a report instead");
        }
        ui::StudioOptions options;
        options.scenario = o->scenario;
        options.screenshot = o->screenshot;
        options.frames = o->frames;
        options.width = o->width;
        options.height = o->height;
        options.printStats = o->stats || !o->screenshot.empty();
        options.turnLight = o->turnLight;
        options.day = o->day;
        options.view.view = *render::viewFromString(o->view);
        options.view.light = *render::lightFromString(o->light);
        options.view.mode = *render::modeFromString(o->mode);
        options.view.compare = *render::compareFromString(o->compare);
        options.orbit = o->orbit;
        options.probeDir = o->probe;
        options.frameDelayMs = o->frameDelayMs;
        return ui::runStudio(options);
    });
}

} // namespace skinsim::cli

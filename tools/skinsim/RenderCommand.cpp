// skinsim render: one offscreen Vulkan image of a scenario (issue 5 builds the renderer).

#include "Commands.hpp"
#include "sim/Scenario.hpp"

namespace skinsim::cli {

namespace {
struct RenderOptions {
    std::string scenario;
    std::string out;
    int day = 0;
    std::string view = "patch";
    std::string mesh;
    std::string light = "raking";
    std::string mode = "skin";
    std::string compare = "none";
    int width = 1280;
    int height = 800;
};
} // namespace

void addRenderCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<RenderOptions>();
    auto* cmd = app.add_subcommand("render", "Render a scenario's skin on a given day to a PNG");
    cmd->add_option("--scenario", o->scenario, "Scenario file, or a preset name")->required();
    cmd->add_option("--out", o->out, "Output PNG")->required();
    cmd->add_option("--day", o->day, "Day to show")->check(CLI::Range(0, 3650));
    cmd->add_option("--view", o->view, "patch or face")->check(CLI::IsMember({"patch", "face"}));
    cmd->add_option("--mesh", o->mesh, "Face mesh (OBJ, PLY, glTF, FBX) instead of the default");
    cmd->add_option("--light", o->light, "raking, clinical or flash")
        ->check(CLI::IsMember({"raking", "clinical", "flash"}));
    cmd->add_option("--mode", o->mode, "skin, clay or heatmap")->check(CLI::IsMember({"skin", "clay", "heatmap"}));
    cmd->add_option("--compare", o->compare, "none, split or side")
        ->check(CLI::IsMember({"none", "split", "side"}));
    cmd->add_option("--width", o->width, "Image width in pixels")->check(CLI::Range(16, 8192));
    cmd->add_option("--height", o->height, "Image height in pixels")->check(CLI::Range(16, 8192));
    set.add(cmd, [o]() -> Status {
        auto scenario = loadScenario(o->scenario);
        if (!scenario) {
            return scenario.error();
        }
        return notBuiltYet("render", "the Vulkan skin renderer");
    });
}

} // namespace skinsim::cli

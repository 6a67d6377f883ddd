// skinsim view: the interactive studio (issue 6 builds it).

#include "Commands.hpp"
#include "sim/Scenario.hpp"

namespace skinsim::cli {

namespace {
struct ViewOptions {
    std::string scenario;
    std::string screenshot;
    int frames = 3;
};
} // namespace

void addViewCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<ViewOptions>();
    auto* cmd = app.add_subcommand("view", "Open the interactive studio");
    cmd->add_option("scenario", o->scenario, "Scenario file, or a preset name");
    cmd->add_option("--screenshot", o->screenshot, "Capture the window to this PNG and exit");
    cmd->add_option("--frames", o->frames, "Frames to draw before the screenshot")->check(CLI::Range(1, 10000));
    set.add(cmd, [o]() -> Status {
        if (!o->scenario.empty()) {
            auto loaded = loadScenario(o->scenario);
            if (!loaded) {
                return loaded.error();
            }
        }
        return notBuiltYet("view", "the studio window");
    });
}

} // namespace skinsim::cli

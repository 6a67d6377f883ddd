// skinsim demo: the consultation demo on the moderate mixed-scarring preset.

#include "Commands.hpp"
#include "sim/Scenario.hpp"

namespace skinsim::cli {

void addDemoCommand(CLI::App& app, CommandSet& set) {
    auto out = std::make_shared<std::string>("skinsim-demo");
    auto* cmd = app.add_subcommand("demo", "The consultation demo (studio with a display, else images + report)");
    cmd->add_option("--out", *out, "Output folder when no display is available");
    set.add(cmd, []() -> Status {
        auto scenario = loadScenario("moderate");
        if (!scenario) {
            return scenario.error();
        }
        return notBuiltYet("demo", "the consultation demo (it needs the simulator and renderer)");
    });
}

} // namespace skinsim::cli

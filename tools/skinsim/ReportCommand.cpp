// skinsim report: the consultation report (issue 7 builds it).

#include "Commands.hpp"
#include "sim/Scenario.hpp"

namespace skinsim::cli {

void addReportCommand(CLI::App& app, CommandSet& set) {
    auto scenario = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("report", "Write a self-contained HTML consultation report");
    cmd->add_option("--scenario", *scenario, "Scenario file, or a preset name")->required();
    cmd->add_option("--out", *out, "Output HTML file")->required();
    set.add(cmd, [scenario]() -> Status {
        auto loaded = loadScenario(*scenario);
        if (!loaded) {
            return loaded.error();
        }
        return notBuiltYet("report", "the consultation report");
    });
}

} // namespace skinsim::cli

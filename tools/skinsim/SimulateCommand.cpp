// skinsim simulate: runs the plan day by day over Monte-Carlo draws (issue 4 builds the model).

#include "Commands.hpp"
#include "sim/Scenario.hpp"

namespace skinsim::cli {

namespace {
struct SimulateOptions {
    std::string scenario;
    std::string out;
    int draws = 0;
    int threads = 0;
};
} // namespace

void addSimulateCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<SimulateOptions>();
    auto* cmd = app.add_subcommand("simulate", "Simulate a treatment plan day by day, with outcome ranges");
    cmd->add_option("--scenario", o->scenario, "Scenario file, or a preset name")->required();
    cmd->add_option("--out", o->out, "Output folder")->required();
    cmd->add_option("--draws", o->draws, "Monte-Carlo draws (default: the scenario's)")->check(CLI::Range(1, 4096));
    cmd->add_option("--threads", o->threads, "Worker threads (default: all cores)")->check(CLI::Range(1, 256));
    set.add(cmd, [o]() -> Status {
        auto scenario = loadScenario(o->scenario);
        if (!scenario) {
            return scenario.error();
        }
        return notBuiltYet("simulate", "the tissue model");
    });
}

} // namespace skinsim::cli

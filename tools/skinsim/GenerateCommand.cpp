// skinsim generate: a skin patch with its scars (issue 3 builds the generator).

#include "Commands.hpp"
#include "sim/Scenario.hpp"

namespace skinsim::cli {

namespace {
struct GenerateOptions {
    std::string scenario;
    std::string out;
    std::optional<std::uint64_t> seed;
    std::optional<double> pixelUm;
};
} // namespace

void addGenerateCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<GenerateOptions>();
    auto* cmd = app.add_subcommand("generate", "Generate a skin patch with scars: height, colour maps, scars.json");
    cmd->add_option("--scenario", o->scenario, "Scenario file, or a preset name")->required();
    cmd->add_option("--out", o->out, "Output folder")->required();
    cmd->add_option("--seed", o->seed, "Random seed (default: the scenario's)");
    cmd->add_option("--pixel-um", o->pixelUm, "Pixel size in um (default: the scenario's)")->check(CLI::Range(5.0, 200.0));
    set.add(cmd, [o]() -> Status {
        auto scenario = loadScenario(o->scenario);
        if (!scenario) {
            return scenario.error();
        }
        return notBuiltYet("generate", "the skin and scar generator");
    });
}

} // namespace skinsim::cli

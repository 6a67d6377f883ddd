// skinsim validate: checks a scenario file (or preset) and summarises it.

#include "Commands.hpp"
#include "sim/Scenario.hpp"

#include <iostream>

namespace skinsim::cli {

void addValidateCommand(CLI::App& app, CommandSet& set) {
    auto scenario = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("validate", "Check a scenario file or preset and summarise it");
    cmd->add_option("--scenario,scenario", *scenario, "Scenario file, or a preset name")->required();
    set.add(cmd, [scenario]() -> Status {
        auto loaded = loadScenario(*scenario);
        if (!loaded) {
            return loaded.error();
        }
        const Scenario& s = *loaded;
        int randomScars = 0;
        for (const auto& r : s.scars.random) {
            randomScars += r.count;
        }
        std::cout << s.source.string() << ": valid\n"
                  << "  name: " << s.name << "\n"
                  << "  patch: " << toString(s.patch.region) << ", " << s.patch.widthMm << " x "
                  << s.patch.heightMm << " mm at " << s.patch.pixelUm << " um ("
                  << s.patch.widthCells() << " x " << s.patch.heightCells() << " cells)\n"
                  << "  patient: Fitzpatrick " << s.patient.fitzpatrick << ", age "
                  << s.patient.ageYears << ", " << toString(s.patient.sex) << "\n"
                  << "  scars: " << randomScars << " random, " << s.scars.placed.size()
                  << " placed\n"
                  << "  plan: " << s.plan.size() << " session(s)";
        for (const auto& p : s.plan) {
            std::cout << "\n    day " << p.day << ": " << p.treatment;
        }
        std::cout << "\n  draws: " << s.draws << ", seed: " << s.seed << "\n";
        return {};
    });
}

} // namespace skinsim::cli

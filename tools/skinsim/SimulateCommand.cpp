// skinsim simulate: runs the plan day by day over Monte-Carlo draws of the patient's response and
// writes day-DDDD/ maps, metrics.csv and outcome.json (DESIGN.md section 5).

#include "Commands.hpp"
#include "TerminalSteps.hpp"
#include "core/Parallel.hpp"
#include "core/StagedFolder.hpp"
#include "sim/Pipeline.hpp"
#include "sim/RangeWords.hpp"
#include "sim/SimulationFiles.hpp"

#include <cstdio>
#include <iostream>

namespace skinsim::cli {

namespace {
struct SimulateOptions {
    std::string scenario;
    std::string out;
    int draws = 0;
    int threads = 0;
};

void printSummary(const Outcome& outcome, const std::filesystem::path& dir) {
    std::printf("Simulated outcome (%d draws; p10 poor, p50 typical, p90 good response):\n",
                outcome.draws);
    std::printf("  %6s  %-22s  %-9s  %s\n", "day", "improvement p10/50/90", "GB grade", "GB score");
    for (const DayOutcome& d : outcome.days) {
        std::printf("  %6d  %5.0f%% %5.0f%% %5.0f%%     %-9.1f  %.1f\n", d.day,
                    100 * d.improvement.p10, 100 * d.improvement.p50, 100 * d.improvement.p90,
                    d.gbQualitative.mean, d.gbQuantitative.mean);
    }
    if (!outcome.days.empty()) {
        std::printf("  day %d: %s\n  %s\n", outcome.days.back().day,
                    rangeLine(outcome.days.back().improvement).c_str(), kImproveNotErase);
    }
    std::printf("  downtime (longest session, median): redness %.1f d, crusting %.1f d, "
                "bruising %.1f d; PIH risk over the course %.0f%%\n",
                outcome.erythemaDays.p50, outcome.crustingDays.p50, outcome.bruisingDays.p50,
                100 * outcome.pihProbability);
    std::printf("Wrote %s (outcome.json, metrics.csv, day-DDDD/)\n", dir.string().c_str());
}
} // namespace

void addSimulateCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<SimulateOptions>();
    auto* cmd =
        app.add_subcommand("simulate", "Simulate a treatment plan day by day, with outcome ranges");
    cmd->add_option("--scenario", o->scenario, "Scenario file, or a preset name")->required();
    cmd->add_option("--out", o->out, "Output folder")->required();
    cmd->add_option("--draws", o->draws, "Monte-Carlo draws (default: the scenario's)")
        ->check(CLI::Range(1, 4096));
    cmd->add_option("--threads", o->threads, "Worker threads (default: all cores)")
        ->check(CLI::Range(1, 256));
    set.add(cmd, [o]() -> Status {
        if (auto ok = checkOutputFolder(o->out); !ok) {
            return ok; // before minutes of simulation, not after
        }
        auto scenario = loadScenario(o->scenario);
        if (!scenario) {
            return scenario.error();
        }
        if (o->draws > 0) {
            scenario->draws = o->draws;
        }
        setWorkerCount(o->threads);
        auto prepared = prepareSimulation(*scenario);
        if (!prepared) {
            return prepared.error().within(scenario->source.string());
        }
        Outcome outcome = simulateOnTerminal(*prepared, *scenario);
        if (auto s = writeSimulation(o->out, *prepared, *scenario, outcome); !s) {
            return s;
        }
        printSummary(outcome, o->out);
        return {};
    });
}

} // namespace skinsim::cli

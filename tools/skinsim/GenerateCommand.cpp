// skinsim generate: a skin patch with its scars, written as height maps, colour maps and
// scars.json (DESIGN.md section 5; engine/skin). Everything is validated and generated in memory
// before the output folder is touched, so bad input leaves nothing behind, and every file is
// written atomically.

#include "Commands.hpp"
#include "core/Progress.hpp"
#include "core/StagedFolder.hpp"
#include "sim/JsonReader.hpp"
#include "sim/Scenario.hpp"
#include "skin/SkinExport.hpp"
#include "skin/SkinGenerator.hpp"

#include <chrono>
#include <cstdio>
#include <map>

namespace skinsim::cli {

namespace {

struct GenerateCommandOptions {
    std::string scenario;
    std::string out;
    std::optional<std::uint64_t> seed;
    std::optional<double> pixelUm;
};

void printSummary(const SkinPatch& patch, const std::string& out, double seconds) {
    std::map<ScarType, int> counts;
    for (const Scar& s : patch.scars) {
        ++counts[s.type];
    }
    std::string mix;
    for (const ScarType t : kAllScarTypes) {
        if (counts[t] > 0) {
            mix += (mix.empty() ? "" : ", ") + std::to_string(counts[t]) + " " +
                   std::string(toString(t));
        }
    }
    std::printf("Generated a %.4g x %.4g mm %s patch, %d x %d cells at %.4g um (seed %llu): %zu "
                "scar%s%s%s%s in %.2f s\n",
                patch.width() * patch.pixelUm() * 1e-3, patch.height() * patch.pixelUm() * 1e-3,
                std::string(toString(patch.patch.region)).c_str(), patch.width(), patch.height(),
                patch.pixelUm(), static_cast<unsigned long long>(patch.seed), patch.scars.size(),
                patch.scars.size() == 1 ? "" : "s", mix.empty() ? "" : " (", mix.c_str(),
                mix.empty() ? "" : ")", seconds);
    std::printf("Wrote %s: height.png + height.json, height.exr, albedo.png, normal.png, "
                "melanin.png, erythema.png, scars.json\n",
                out.c_str());
}

} // namespace

void addGenerateCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<GenerateCommandOptions>();
    auto* cmd = app.add_subcommand(
        "generate", "Generate a skin patch with scars: height, colour maps, scars.json");
    cmd->add_option("--scenario", o->scenario, "Scenario file, or a preset name")->required();
    cmd->add_option("--out", o->out, "Output folder")->required();
    cmd->add_option("--seed", o->seed, "Random seed (default: the scenario's)")
        ->check(wholeNumber());
    cmd->add_option("--pixel-um", o->pixelUm, "Pixel size in um (default: the scenario's)")
        ->check(finiteRange(5.0, 200.0));
    set.add(cmd, [o]() -> Status {
        if (auto ok = checkOutputFolder(o->out); !ok) {
            return ok;
        }
        auto scenario = loadScenario(o->scenario);
        if (!scenario) {
            return scenario.error();
        }
        if (o->seed) {
            scenario->seed = *o->seed;
        }
        if (o->pixelUm) {
            // The grid limits apply to the patch as it will be generated, override included.
            scenario->patch.pixelUm = *o->pixelUm;
            if (const auto problem = patchGridProblem(scenario->patch)) {
                return Error::badInput("--pixel-um " + formatNumber(*o->pixelUm) + ": " + *problem);
            }
        }
        const auto start = std::chrono::steady_clock::now();
        Result<SkinPatch> patch = Error::failure("not generated");
        {
            ProgressLine progress("generating skin");
            GenerateOptions options;
            options.progress = [&](std::string_view, double fraction) {
                progress.update(static_cast<long>(fraction * 100), 100);
            };
            patch = generateSkin(scenario->patch, scenario->patient, scenario->scars,
                                 scenario->seed, options);
        }
        if (!patch) {
            return patch.error().within(scenario->source.string());
        }
        {
            ProgressLine progress("writing files");
            if (auto s = writeSkinPatch(*patch, o->out, {scenario->name, scenario->source.string()},
                                        [&](int done, int total) { progress.update(done, total); });
                !s) {
                return s;
            }
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        printSummary(*patch, o->out, seconds);
        return {};
    });
}

} // namespace skinsim::cli

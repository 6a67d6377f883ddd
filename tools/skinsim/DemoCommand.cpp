// skinsim demo: the consultation demo on the moderate mixed-scarring preset (DESIGN.md section 5).
// With a display it opens the studio on it. Without one it simulates the preset and writes, into
// ./skinsim-demo (or --out): before/after pictures of the patch and the face under raking light
// (the patch split between day 0 and the last observed day, the face side by side, and the
// two days apart), outcome.json and the consultation
// report (report.html), then prints where they are.

#include "Commands.hpp"
#include "TerminalSteps.hpp"
#include "app/DaySkin.hpp"
#include "app/FaceScene.hpp"
#include "core/AtomicFile.hpp"
#include "core/Json.hpp"
#include "core/Paths.hpp"
#include "core/StagedFolder.hpp"
#include "render/Renderer.hpp"
#include "sim/OutcomeJson.hpp"
#include "sim/Pipeline.hpp"
#include "sim/RangeWords.hpp"
#include "sim/SimulationFiles.hpp"
#include "ui/Studio.hpp"

#include <chrono>
#include <cstdio>

namespace skinsim::cli {

namespace {

constexpr const char* kDemoPreset = "moderate";

struct DemoOptions {
    std::string out = "skinsim-demo";
    bool noWindow = false;
};

/// One picture of the demo: what it shows and the file it goes to.
struct DemoPicture {
    std::string file;
    render::View view;
    render::Compare compare;
    bool after; ///< single pictures: the last observed day (true) or day 0
};

/// The demo's four pictures of the median patient, day 0 against the last observed day.
std::vector<DemoPicture> demoPictures(int lastDay) {
    const std::string last = std::to_string(lastDay);
    return {
        {"patch-split-day" + last + ".png", render::View::Patch, render::Compare::Split, true},
        // Side by side: the patch sits on one cheek, which a split down the face would halve.
        {"face-side-day" + last + ".png", render::View::Face, render::Compare::Side, true},
        {"patch-day0.png", render::View::Patch, render::Compare::None, false},
        {"patch-day" + last + ".png", render::View::Patch, render::Compare::None, true},
    };
}

/// Renders the demo's pictures under raking light into `staged`; `written` gets their names.
Status writeDemoPictures(gpu::Context& context, const Scenario& scenario,
                         const app::DaySkins& skins, int lastDay, const StagedFolder& staged,
                         std::vector<std::string>& written) {
    auto renderer = render::Renderer::create(context, {.width = 1280, .height = 800});
    if (!renderer) {
        return renderer.error();
    }
    auto days = app::uploadDaySkins(**renderer, skins, "day 0", "day " + std::to_string(lastDay));
    if (!days) {
        return days.error();
    }
    auto scene = app::loadFaceScene(scenario);
    if (!scene) {
        return scene.error();
    }
    app::GpuFaceScene face;
    if (auto ok = app::uploadFaceScene(**renderer, *scene, face); !ok) {
        return ok;
    }
    for (const DemoPicture& p : demoPictures(lastDay)) {
        render::ViewSettings settings;
        settings.view = p.view;
        settings.compare = p.compare;
        settings.light = render::LightPreset::Raking;
        settings.beforeLabel = "Day 0";
        settings.afterLabel = "Day " + std::to_string(lastDay);
        auto image = (*renderer)->renderImage(
            {.before = days->before.get(),
             .after = p.after ? days->shownAfter() : days->before.get(),
             .face = p.view == render::View::Face ? face.face.get() : nullptr,
             .surround = face.surround.get()},
            settings);
        if (!image) {
            return image.error();
        }
        if (auto ok = writePng(staged.path() / p.file, *image); !ok) {
            return staged.inDestination(ok.error());
        }
        written.push_back(p.file);
    }
    return {};
}

void printDemoSummary(const Scenario& scenario, const Outcome& outcome,
                      const std::filesystem::path& out, double seconds,
                      const std::vector<std::string>& written) {
    const DayOutcome& end = outcome.days.back();
    std::printf("skinsim demo: %s, %s\n", scenario.name.c_str(),
                "simulated (no display to open the studio on)");
    std::printf("  day %d: %s (p10-p90 of %d draws)\n", end.day, rangeLine(end.improvement).c_str(),
                outcome.draws);
    std::printf("  %s\n", rangeInWords(end.improvement).c_str());
    std::printf("  wrote into %s (in %.1f s):\n", out.string().c_str(), seconds);
    for (const std::string& f : written) {
        std::printf("    %s\n", f.c_str());
    }
    std::printf("    outcome.json\n    report.html   <- open this in a browser\n");
}

/// Writes the demo's files into `out` as a whole (core/StagedFolder.hpp): a staging folder that
/// replaces `out` when every file is there, so an interrupted demo leaves no half set.
Status writeDemoFiles(const std::filesystem::path& out) {
    const auto start = std::chrono::steady_clock::now();
    if (auto ok = checkOutputFolder(out); !ok) {
        return ok;
    }
    auto scenario = loadScenario(kDemoPreset);
    if (!scenario) {
        return scenario.error();
    }
    auto staged = StagedFolder::begin(out);
    if (!staged) {
        return staged.error();
    }
    const std::filesystem::path& dir = staged->path();
    auto prepared = prepareOnTerminal(*scenario);
    if (!prepared) {
        return prepared.error();
    }
    Outcome outcome = simulateOnTerminal(*prepared, *scenario);
    const MedianRun median = runMedianPatient(*prepared, *scenario, outcome);
    const DaySurface& last = median.days.back();
    if (auto ok = writeJsonFile(dir / "outcome.json", outcomeJson(outcome, *scenario)); !ok) {
        return staged->inDestination(ok.error());
    }
    auto context = gpu::Context::create({.applicationName = "skinsim demo"});
    if (!context) {
        return context.error();
    }
    const app::DaySkins skins{app::skinOfDay(median.days.front(), prepared->patch.blood),
                              app::skinOfDay(last, prepared->patch.blood)};
    std::vector<std::string> written;
    if (auto ok = writeDemoPictures(**context, *scenario, skins, last.day, *staged, written); !ok) {
        return ok;
    }
    if (auto ok =
            writeReportOnTerminal({*scenario, *prepared, outcome, **context}, dir / "report.html");
        !ok) {
        return staged->inDestination(ok.error());
    }
    if (auto ok = staged->commit(); !ok) {
        return ok;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    printDemoSummary(*scenario, outcome, out, seconds, written);
    return {};
}

} // namespace

void addDemoCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<DemoOptions>();
    auto* cmd = app.add_subcommand(
        "demo", "The consultation demo (the studio with a display, else images and a report)");
    cmd->add_option("--out", o->out, "Output folder when no display is available");
    cmd->add_flag("--no-window", o->noWindow, "Write the files even when a display is available");
    set.add(cmd, [o]() -> Status {
        if (!o->noWindow && ui::displayAvailable()) {
            ui::StudioOptions options;
            options.scenario = kDemoPreset;
            return ui::runStudio(options);
        }
        return writeDemoFiles(o->out);
    });
}

} // namespace skinsim::cli

// skinsim report: the consultation report, one self-contained HTML file or the same report as an
// A4 PDF (DESIGN.md section 5; --out's extension chooses). Inputs are checked first (scenario,
// output name): bad input is exit 2 before anything slow; so is a missing Chromium for a PDF (exit
// 1). Then the patch is generated, the plan simulated over the Monte-Carlo draws, the GPU opened
// (none: exit 1) and the report written (engine/app/ConsultationReport.hpp).

#include "Commands.hpp"
#include "TerminalSteps.hpp"
#include "app/ChromiumPdf.hpp"
#include "core/AtomicFile.hpp"

#include <chrono>
#include <cstdio>

namespace skinsim::cli {

namespace {
Status run(const std::string& scenarioName, const std::filesystem::path& out) {
    const auto start = std::chrono::steady_clock::now();
    auto scenario = loadScenario(scenarioName);
    if (!scenario) {
        return scenario.error();
    }
    // An empty --out is said as such ("--out is empty"), as by every command.
    if (auto ok = checkOutputFile(out); !ok) {
        return ok;
    }
    if (out.extension() != ".html" && out.extension() != ".pdf") {
        return Error::badInput(out.string() + ": --out must name a .html or .pdf file");
    }
    if (out.extension() == ".pdf") {
        if (auto chromium = app::findChromium(); !chromium) {
            return chromium.error();
        }
    }
    auto prepared = prepareOnTerminal(*scenario);
    if (!prepared) {
        return prepared.error();
    }
    const Outcome outcome = simulateOnTerminal(*prepared, *scenario);
    auto context = gpu::Context::create({.applicationName = "skinsim report"});
    if (!context) {
        return context.error();
    }
    if (auto s = writeReportOnTerminal({*scenario, *prepared, outcome, **context}, out); !s) {
        return s;
    }
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(out, ec);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("Wrote %s (%.1f MB; %d patients simulated, images rendered on %s) in %.1f s\n",
                out.string().c_str(), ec ? 0.0 : double(bytes) / 1e6, outcome.draws,
                (*context)->deviceName().c_str(), seconds);
    return {};
}
} // namespace

void addReportCommand(CLI::App& app, CommandSet& set) {
    auto scenario = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("report",
                                   "Write the consultation report: self-contained HTML, or A4 PDF");
    cmd->add_option("--scenario", *scenario, "Scenario file, or a preset name")->required();
    cmd->add_option("--out", *out, "Output file: .html, or .pdf (printed by headless Chromium)")
        ->required();
    set.add(cmd, [scenario, out]() -> Status { return run(*scenario, *out); });
}

} // namespace skinsim::cli

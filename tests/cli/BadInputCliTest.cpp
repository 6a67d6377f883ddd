// Bad inputs a new user or a broken scanner produces (issue 14): each is exit 2 with a message that
// names the file (or the option) and the limit, within seconds and a 4 GB address space, and
// leaves nothing behind.

#include "../unit/core/PngPatch.hpp"
#include "../unit/core/TempDir.hpp"
#include "RunSkinsim.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sys/stat.h>

namespace fs = std::filesystem;
using skinsim::test::CommandResult;
using skinsim::test::runSkinsim;

namespace {

/// Runs skinsim under a 4 GB address-space limit (a regression cannot pass by swapping) and a
/// 60 s time limit (a hang exits 124).
CommandResult runLimited(const std::string& args, const std::string& env = "") {
    return runSkinsim(args, env + (env.empty() ? "" : " ") + skinsim::test::memoryLimit(4000) +
                                " timeout 60");
}

std::set<std::string> namesIn(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) {
        names.insert(e.path().filename().string());
    }
    return names;
}

fs::path writeScenario(const skinsim::test::TempDir& dir, const std::string& text,
                       const std::string& name = "scenario.json") {
    std::ofstream(dir / name) << text;
    return dir / name;
}

/// A small valid scenario with `plan` and `observe` spliced in.
std::string smallScenario(const std::string& plan = "[]", const std::string& observe = "[0, 30]") {
    return R"({"name": "small", "seed": 4, "patch": {"size_mm": [10, 10]},
        "scars": {"random": [{"type": "boxcar", "count": 2}]}, "plan": )" +
           plan + R"(, "observe_days": )" + observe + R"(, "draws": 4})";
}

/// A 16-bit height PNG with its sidecar, `cells` per side, in `dir`.
fs::path writeHeightMap(const skinsim::test::TempDir& dir, int cells) {
    skinsim::FieldF field(cells, cells, 25.0);
    skinsim::writeHeightPng(dir / "scan", field).ok();
    return dir / "scan.png";
}

} // namespace

TEST(CliBadInput, NumberBeyondDoubleRangeInAScenarioIsExitTwoNamingTheFile) {
    skinsim::test::TempDir dir;
    const auto file = writeScenario(dir, "{\"name\": \"x\",\n \"seed\": 1e400}");
    const std::string out = " --out " + (dir / "out").string();
    for (const std::string& command :
         {"validate --scenario " + file.string(), "generate --scenario " + file.string() + out,
          "simulate --scenario " + file.string() + out}) {
        const auto r = runLimited(command);
        EXPECT_EQ(r.exitCode, 2) << command << ": " << r.output;
        EXPECT_TRUE(r.output.starts_with("skinsim: " + file.string() +
                                         ":2:10: malformed JSON: number overflow parsing '1e400'"))
            << r.output;
        EXPECT_EQ(namesIn(dir.path()), std::set<std::string>{"scenario.json"});
    }
}

TEST(CliBadInput, NumberBeyondDoubleRangeInAPresetIsExitTwoNamingThePreset) {
    skinsim::test::TempDir dir;
    fs::create_directories(dir / "scenarios");
    writeScenario(dir, "{\"draws\": -1e999}", "scenarios/broken.json");
    const auto r = runLimited("validate --scenario broken",
                              "export SKINSIM_ASSETS_DIR=" + dir.path().string() + ";");
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_TRUE(r.output.starts_with("skinsim: " + (dir / "scenarios/broken.json").string() +
                                     ":1:11: malformed JSON: number overflow"))
        << r.output;
}

TEST(CliBadInput, NumberBeyondDoubleRangeInASidecarIsExitTwoNamingIt) {
    skinsim::test::TempDir dir;
    const auto png = writeHeightMap(dir, 32);
    skinsim::test::writeSidecar(dir / "scan.json", "32", "1e400");
    const auto r =
        runLimited("grade --height " + png.string() + " --out " + (dir / "grade.json").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_TRUE(r.output.starts_with("skinsim: " + (dir / "scan.json").string() + ":1:"))
        << r.output;
    EXPECT_NE(r.output.find("number overflow parsing '1e400'"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(dir / "grade.json"));
}

TEST(CliBadInput, APipeAsTheScenarioIsRefusedAtOnce) {
    skinsim::test::TempDir dir;
    const auto fifo = dir / "scenario.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const auto r = runLimited("validate --scenario " + fifo.string());
    EXPECT_EQ(r.exitCode, 2) << r.output; // 124 if it waited for a writer
    EXPECT_EQ(r.output, "skinsim: " + fifo.string() +
                            ": is a pipe (FIFO), not a regular file; skinsim reads only regular "
                            "files\n");
}

TEST(CliBadInput, ADeviceAsTheScenarioIsRefusedWithoutReadingIt) {
    skinsim::test::TempDir dir;
    const auto r = runLimited("generate --scenario /dev/zero --out " + (dir / "out").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_TRUE(r.output.starts_with("skinsim: /dev/zero: is a device, not a regular file"))
        << r.output;
    EXPECT_TRUE(namesIn(dir.path()).empty());
}

TEST(CliBadInput, AScenarioFileOverFourMebibytesIsRefusedWithTheLimit) {
    skinsim::test::TempDir dir;
    const auto file = writeScenario(dir, "{\"name\": \"" + std::string(5u << 20, 'x') + "\"}");
    const auto r = runLimited("validate --scenario " + file.string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_EQ(r.output, "skinsim: " + file.string() + ": is " +
                            std::to_string(fs::file_size(file)) +
                            " bytes; the limit is 4194304 bytes\n");
}

TEST(CliBadInput, APngDeclaringAHugeImageIsRefusedFromItsHeader) {
    skinsim::test::TempDir dir;
    for (const std::uint32_t side : {65536u, 20000u}) {
        const auto png = dir / "scan.png";
        skinsim::test::writePngDeclaring(png, side, side);
        const std::string s = std::to_string(side);
        skinsim::test::writeSidecar(dir / "scan.json", "16", "16");
        const auto r = runLimited("grade --height " + png.string() + " --out " +
                                  (dir / "grade.json").string());
        EXPECT_EQ(r.exitCode, 2) << r.output;
        EXPECT_EQ(r.output, "skinsim: " + png.string() + ": declares " + s + " x " + s +
                                " cells; the limit is 8192 per side\n");
        EXPECT_EQ(namesIn(dir.path()), (std::set<std::string>{"scan.json", "scan.png"}));
    }
}

TEST(CliBadInput, PixelSizeOverrideIsCheckedAgainstTheCellLimit) {
    skinsim::test::TempDir dir;
    const auto r =
        runLimited("generate --scenario moderate --pixel-um 5 --out " + (dir / "out").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_TRUE(r.output.starts_with("skinsim: --pixel-um 5: 30 x 30 mm at 5 um per cell is 6000 "
                                     "x 6000 cells; at most 4096 per side"))
        << r.output;
    EXPECT_TRUE(namesIn(dir.path()).empty());
}

TEST(CliBadInput, NanPixelSizeIsBlamedOnTheOption) {
    skinsim::test::TempDir dir;
    const auto gen =
        runLimited("generate --scenario moderate --pixel-um nan --out " + (dir / "out").string());
    EXPECT_EQ(gen.exitCode, 2) << gen.output;
    EXPECT_TRUE(gen.output.starts_with("--pixel-um: expected a number, got nan")) << gen.output;
    const auto png = writeHeightMap(dir, 32);
    const auto grade = runLimited("grade --height " + png.string() + " --pixel-um nan --out " +
                                  (dir / "g.json").string());
    EXPECT_EQ(grade.exitCode, 2) << grade.output;
    EXPECT_TRUE(grade.output.starts_with("--pixel-um: expected a number, got nan")) << grade.output;
    EXPECT_EQ(namesIn(dir.path()), (std::set<std::string>{"scan.json", "scan.png"}));
}

TEST(CliBadInput, NegativeSeedIsRefusedInsteadOfWrapping) {
    skinsim::test::TempDir dir;
    const auto r =
        runLimited("generate --scenario moderate --seed -1 --out " + (dir / "out").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_TRUE(r.output.starts_with("--seed: expected a whole number 0..18446744073709551615, "
                                     "got -1"))
        << r.output;
    EXPECT_TRUE(namesIn(dir.path()).empty());
}

TEST(CliBadInput, APlanOverTheSessionLimitIsRefusedBeforeSimulating) {
    skinsim::test::TempDir dir;
    std::string plan = "[";
    for (int i = 0; i < 51; ++i) {
        plan += std::string(i > 0 ? ", " : "") + R"({"day": 0, "treatment": "subcision"})";
    }
    plan += "]";
    const auto file = writeScenario(dir, smallScenario(plan));
    const auto r =
        runLimited("simulate --scenario " + file.string() + " --out " + (dir / "sim").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_EQ(r.output, "skinsim: " + file.string() + ": plan: 51 sessions; the limit is 50\n");
    EXPECT_EQ(namesIn(dir.path()), std::set<std::string>{"scenario.json"});
}

TEST(CliBadInput, ObservedDaysOverTheLimitAreRefused) {
    skinsim::test::TempDir dir;
    std::string observe = "[";
    for (int i = 0; i < 31; ++i) {
        observe += (i > 0 ? ", " : "") + std::to_string(i * 10);
    }
    observe += "]";
    const auto file = writeScenario(dir, smallScenario("[]", observe));
    const auto r =
        runLimited("simulate --scenario " + file.string() + " --out " + (dir / "sim").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_EQ(r.output,
              "skinsim: " + file.string() + ": observe_days: 31 observed days; the limit is 30\n");
    EXPECT_EQ(namesIn(dir.path()), std::set<std::string>{"scenario.json"});
}

// Issue 15: a setting the modality does not have is refused when the scenario is read, by every
// subcommand that reads one (never simulated with that setting silently 0).
TEST(CliBadInput, AMisspeltSettingNameIsExitTwoNamingThePathAndTheAllowedNames) {
    skinsim::test::TempDir dir;
    const auto file = writeScenario(dir, smallScenario(R"([{"day": 0, "treatment": "subcision"},
            {"day": 0, "treatment": "fractional_co2", "params": {"pulse_energy_m": 15}}])"));
    const std::string scenario = " --scenario " + file.string();
    for (const std::string& command :
         {"validate" + scenario, "simulate" + scenario + " --out " + (dir / "sim").string(),
          "render" + scenario + " --out " + (dir / "x.png").string(),
          "report" + scenario + " --out " + (dir / "r.html").string()}) {
        const auto r = runLimited(command);
        EXPECT_EQ(r.exitCode, 2) << command << ": " << r.output;
        EXPECT_EQ(r.output, "skinsim: " + file.string() +
                                ": plan[1].params.pulse_energy_m: not a parameter of "
                                "fractional_co2 (allowed: pulse_energy_mj, density_pct, passes)\n")
            << command;
        EXPECT_EQ(namesIn(dir.path()), std::set<std::string>{"scenario.json"}) << command;
    }
}

TEST(CliBadInput, RunningOutOfMemoryIsExitOneWithAMessageNotAnAbort) {
    skinsim::test::TempDir dir;
    // 4000 x 4000 cells is within the limits but needs about 1 GB; give it 300 MB.
    const auto file = writeScenario(
        dir, R"({"patch": {"size_mm": [100, 100]}, "scars": {"random": [{"type": "boxcar",
            "count": 2}]}, "observe_days": [0], "draws": 2})");
    const auto r =
        runSkinsim("generate --scenario " + file.string() + " --out " + (dir / "out").string(),
                   skinsim::test::memoryLimit(300) + " timeout 60");
    EXPECT_EQ(r.exitCode, 1) << r.output; // -1 (a signal) before the catch-all in main
    EXPECT_TRUE(r.output.starts_with("skinsim: ")) << r.output;
    EXPECT_EQ(r.output.find("terminate"), std::string::npos) << r.output;
    EXPECT_EQ(namesIn(dir.path()), std::set<std::string>{"scenario.json"});
}

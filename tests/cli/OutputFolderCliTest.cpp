// Where skinsim writes (issue 14): output-path misuse is exit 2 and harms nothing; a rerun into a
// used folder leaves exactly what outcome.json lists; a run killed at any point leaves the old
// folder or the complete new one, and the next run clears what the killed one left.

#include "../unit/core/TempDir.hpp"
#include "RunSkinsim.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <sys/stat.h>
#include <vector>

namespace fs = std::filesystem;
using skinsim::test::runSkinsim;

namespace {

std::set<std::string> namesIn(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) {
        names.insert(e.path().filename().string());
    }
    return names;
}

fs::path writeScenario(const skinsim::test::TempDir& dir, const std::string& observe,
                       const std::string& name = "small.json", int sizeMm = 10, int draws = 4) {
    std::ofstream(dir / name) << R"({"name": "small", "seed": 4, "patch": {"size_mm": [)" << sizeMm
                              << ", " << sizeMm << R"(]},
        "scars": {"random": [{"type": "boxcar", "count": 2}]},
        "plan": [{"day": 0, "treatment": "fractional_co2"}], "observe_days": )"
                              << observe << R"(, "draws": )" << draws << "}";
    return dir / name;
}

const std::set<std::string> kDayFiles = {"albedo.png", "erythema.png", "height.exr", "height.json",
                                         "height.png", "melanin.png",  "normal.png"};

/// Checks a simulate folder file by file: outcome.json, metrics.csv and exactly the day folders
/// outcome.json lists, each with its seven maps.
void expectCompleteSimulation(const fs::path& out) {
    std::ifstream in(out / "outcome.json");
    ASSERT_TRUE(in) << out;
    const auto outcome = nlohmann::json::parse(in);
    std::set<std::string> expected = {"metrics.csv", "outcome.json"};
    for (const int day : outcome.at("observe_days")) {
        char name[16];
        std::snprintf(name, sizeof name, "day-%04d", day);
        expected.insert(name);
        EXPECT_EQ(namesIn(out / name), kDayFiles) << name;
    }
    EXPECT_EQ(namesIn(out), expected);
}

/// The id of a process that has ended.
std::string deadPid() {
    const auto r = skinsim::test::runCommand("sh -c 'echo $$'");
    std::string pid = r.output;
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) {
        pid.pop_back();
    }
    return pid;
}

} // namespace

TEST(CliOutput, AnEmptyOutIsBadUsage) {
    skinsim::test::TempDir dir;
    const auto scenario = writeScenario(dir, "[0]");
    const std::vector<std::string> commands = {
        "generate --scenario " + scenario.string(), "simulate --scenario " + scenario.string(),
        "report --scenario " + scenario.string(), "demo --no-window"};
    for (const std::string& command : commands) {
        const auto r = runSkinsim(command + " --out \"\"", "cd " + dir.path().string() + " &&");
        EXPECT_EQ(r.exitCode, 2) << command << ": " << r.output;
        EXPECT_TRUE(r.output.starts_with("skinsim: --out is empty")) << r.output;
        EXPECT_EQ(namesIn(dir.path()), std::set<std::string>{"small.json"}) << command;
    }
}

TEST(CliOutput, GradeOutOntoAFolderIsBadUsage) {
    skinsim::test::TempDir dir;
    const auto gen = runSkinsim("generate --scenario " + writeScenario(dir, "[0]").string() +
                                " --out " + (dir / "patch").string());
    ASSERT_EQ(gen.exitCode, 0) << gen.output;
    const auto r = runSkinsim("grade --height " + (dir / "patch/height.png").string() + " --out " +
                              (dir / "patch").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_EQ(r.output, "skinsim: " + (dir / "patch").string() +
                            ": is a folder, not a file; give a file "
                            "name\n");
    EXPECT_EQ(namesIn(dir / "patch").count("grade.json"), 0u);
}

TEST(CliOutput, GradeOntoADeviceOrAPipeIsRefusedAndTheNodeIsKept) {
    skinsim::test::TempDir dir;
    const auto gen = runSkinsim("generate --scenario " + writeScenario(dir, "[0]").string() +
                                " --out " + (dir / "patch").string());
    ASSERT_EQ(gen.exitCode, 0) << gen.output;
    const std::string height = (dir / "patch/height.png").string();
    // A link to /dev/null stands in for the device itself: were it replaced, only the link is.
    fs::create_symlink("/dev/null", dir / "null.json");
    const auto onDevice =
        runSkinsim("grade --height " + height + " --out " + (dir / "null.json").string());
    EXPECT_EQ(onDevice.exitCode, 2) << onDevice.output;
    EXPECT_TRUE(onDevice.output.starts_with("skinsim: " + (dir / "null.json").string() +
                                            ": is a device, not a regular file"))
        << onDevice.output;
    EXPECT_TRUE(fs::is_symlink(dir / "null.json"));
    EXPECT_TRUE(fs::is_character_file("/dev/null"));

    ASSERT_EQ(::mkfifo((dir / "pipe.json").c_str(), 0600), 0);
    const auto onPipe =
        runSkinsim("grade --height " + height + " --out " + (dir / "g.json").string() +
                   " --scenario-out " + (dir / "pipe.json").string());
    EXPECT_EQ(onPipe.exitCode, 2) << onPipe.output;
    EXPECT_TRUE(onPipe.output.starts_with("skinsim: " + (dir / "pipe.json").string() +
                                          ": is a pipe (FIFO), not a regular file"))
        << onPipe.output;
    EXPECT_TRUE(fs::is_fifo(dir / "pipe.json"));
    EXPECT_EQ(namesIn(dir.path()),
              (std::set<std::string>{"null.json", "patch", "pipe.json", "small.json"}));
}

TEST(CliOutput, AFolderOutputOntoAFileIsBadUsage) {
    skinsim::test::TempDir dir;
    const auto scenario = writeScenario(dir, "[0]");
    std::ofstream(dir / "taken") << "mine";
    for (const char* command : {"generate", "simulate"}) {
        const auto r = runSkinsim(std::string(command) + " --scenario " + scenario.string() +
                                  " --out " + (dir / "taken").string());
        EXPECT_EQ(r.exitCode, 2) << r.output;
        EXPECT_EQ(r.output, "skinsim: " + (dir / "taken").string() +
                                ": --out must be a folder, and this is a file\n");
        EXPECT_EQ(namesIn(dir.path()), (std::set<std::string>{"small.json", "taken"}));
    }
}

TEST(CliOutput, AFolderHoldingOtherFilesIsRefusedAndKept) {
    skinsim::test::TempDir dir;
    const auto scenario = writeScenario(dir, "[0]");
    fs::create_directory(dir / "docs");
    std::ofstream(dir / "docs/thesis.tex") << "mine";
    const auto r = runSkinsim("simulate --scenario " + scenario.string() + " --out " +
                              (dir / "docs").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_TRUE(r.output.starts_with("skinsim: " + (dir / "docs").string() +
                                     ": holds thesis.tex, which skinsim did not write"))
        << r.output;
    EXPECT_EQ(namesIn(dir / "docs"), std::set<std::string>{"thesis.tex"});
    EXPECT_EQ(namesIn(dir.path()), (std::set<std::string>{"docs", "small.json"}));
}

TEST(CliOutput, ARerunIntoAUsedFolderLeavesOnlyWhatOutcomeJsonLists) {
    skinsim::test::TempDir dir;
    const auto out = dir / "sim";
    const auto first =
        runSkinsim("simulate --scenario " + writeScenario(dir, "[0, 30, 90]", "a.json").string() +
                   " --out " + out.string());
    ASSERT_EQ(first.exitCode, 0) << first.output;
    expectCompleteSimulation(out);
    ASSERT_TRUE(fs::exists(out / "day-0090"));
    // What a run killed earlier left: its staging folder beside, a temporary inside.
    const std::string dead = deadPid();
    fs::create_directories(dir / (".sim.tmp-" + dead + "-0/day-0000"));
    std::ofstream(out / (".metrics.csv.tmp-" + dead + "-7")) << "half";

    const auto second =
        runSkinsim("simulate --scenario " + writeScenario(dir, "[0, 30]", "b.json").string() +
                   " --out " + out.string());
    ASSERT_EQ(second.exitCode, 0) << second.output;
    expectCompleteSimulation(out);
    EXPECT_FALSE(fs::exists(out / "day-0090")) << "a stale day outcome.json does not list";
    EXPECT_EQ(namesIn(dir.path()), (std::set<std::string>{"a.json", "b.json", "sim"}));
}

TEST(CliOutput, AGenerateRerunReplacesTheWholePatch) {
    skinsim::test::TempDir dir;
    const auto out = dir / "patch";
    const auto scenario = writeScenario(dir, "[0]");
    ASSERT_EQ(
        runSkinsim("generate --scenario " + scenario.string() + " --out " + out.string()).exitCode,
        0);
    fs::create_directory(out / "day-0030"); // a simulate folder's leftover
    const auto r =
        runSkinsim("generate --scenario " + scenario.string() + " --out " + out.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_EQ(namesIn(out),
              (std::set<std::string>{"albedo.png", "erythema.png", "height.exr", "height.json",
                                     "height.png", "melanin.png", "normal.png", "scars.json"}));
    EXPECT_EQ(namesIn(dir.path()), (std::set<std::string>{"patch", "small.json"}));
}

TEST(CliOutput, KillingSimulateAtAnyPointLeavesTheOldFolderOrTheCompleteNewOne) {
    skinsim::test::TempDir dir;
    const auto out = dir / "sim";
    // A complete run of the scenario the kills interrupt: its length sets where they land
    // (generation, simulation, writing), whatever the machine's speed.
    const auto scenario = writeScenario(dir, "[0, 30, 90, 180]", "new.json", 20, 4);
    const auto started = std::chrono::steady_clock::now();
    const auto timed =
        runSkinsim("simulate --scenario " + scenario.string() + " --out " + out.string());
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    ASSERT_EQ(timed.exitCode, 0) << timed.output;
    // The old folder each kill must leave as it is: two days, where the new one has four.
    const auto old = writeScenario(dir, "[0, 30]", "old.json", 20, 4);
    const auto first = runSkinsim("simulate --scenario " + old.string() + " --out " + out.string());
    ASSERT_EQ(first.exitCode, 0) << first.output;
    expectCompleteSimulation(out);
    ASSERT_FALSE(fs::exists(out / "day-0090"));

    for (const double fraction : {0.2, 0.5, 0.7, 0.85, 0.95}) {
        char delay[32];
        std::snprintf(delay, sizeof delay, "%.2f", fraction * seconds);
        skinsim::test::runCommand(
            "sh -c '" SKINSIM_EXE " simulate --scenario " + scenario.string() + " --out " +
            out.string() + " >/dev/null 2>&1 & p=$!; sleep " + delay + "; kill -9 $p; wait $p'");
        ASSERT_TRUE(fs::exists(out)) << "after a kill at " << delay << " s: the old folder is gone";
        expectCompleteSimulation(out); // the old one (2 days) or the new one (4), never a mix
        for (const std::string& name : namesIn(dir.path())) {
            EXPECT_TRUE(name == "old.json" || name == "new.json" || name == "sim" ||
                        name.starts_with(".sim.tmp-"))
                << "after a kill at " << delay << " s: " << name;
        }
    }
    const auto rerun =
        runSkinsim("simulate --scenario " + scenario.string() + " --out " + out.string());
    ASSERT_EQ(rerun.exitCode, 0) << rerun.output;
    expectCompleteSimulation(out);
    EXPECT_EQ(namesIn(dir.path()), (std::set<std::string>{"new.json", "old.json", "sim"}))
        << "the rerun clears what the killed runs left";
}

#include "../unit/core/TempDir.hpp"
#include "RunSkinsim.hpp"

#include <algorithm>
#include <fstream>
#include <gtest/gtest.h>

using skinsim::test::runSkinsim;

TEST(Cli, HelpListsEverySubcommandWithItsPurpose) {
    const auto r = runSkinsim("--help");
    EXPECT_EQ(r.exitCode, 0);
    for (const char* sub : {"demo", "generate", "simulate", "render", "grade", "report", "view"}) {
        EXPECT_NE(r.output.find(std::string("  ") + sub), std::string::npos) << sub << "\n"
                                                                             << r.output;
    }
}

TEST(Cli, VersionPrintsTheVersion) {
    const auto r = runSkinsim("--version");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.output.find("skinsim " SKINSIM_TEST_VERSION), std::string::npos) << r.output;
}

TEST(Cli, NoSubcommandIsBadUsage) {
    EXPECT_EQ(runSkinsim("").exitCode, 2);
}

TEST(Cli, UnknownSubcommandIsBadUsage) {
    const auto r = runSkinsim("frobnicate");
    EXPECT_EQ(r.exitCode, 2) << r.output;
}

TEST(Cli, MissingRequiredOptionIsBadUsage) {
    const auto r = runSkinsim("simulate --out /tmp/x");
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("--scenario"), std::string::npos) << r.output;
}

TEST(Cli, OutOfRangeOptionIsBadUsage) {
    const auto r = runSkinsim("render --scenario moderate --out x.png --light disco");
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("disco"), std::string::npos) << r.output;
}

TEST(Cli, MissingScenarioFileNamesTheFile) {
    const auto r = runSkinsim("validate --scenario /nonexistent/dir/scenario.json");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.output.find("/nonexistent/dir/scenario.json: no such file"), std::string::npos)
        << r.output;
}

TEST(Cli, PresetIsAcceptedByName) {
    const auto r = runSkinsim("validate --scenario moderate");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("moderate.json: valid"), std::string::npos) << r.output;
}

TEST(Cli, PresetIsFoundFromAnyWorkingDirectory) {
    const auto r = runSkinsim("validate --scenario chickenpox", "cd / &&");
    EXPECT_EQ(r.exitCode, 0) << r.output;
}

TEST(Cli, BadScenarioValueIsExitTwoWithTheJsonPath) {
    skinsim::test::TempDir dir;
    const auto file = dir / "scenario.json";
    std::ofstream(file) << R"({"patient": {"fitzpatrick": 7}})";
    const auto r = runSkinsim("validate --scenario " + file.string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("patient.fitzpatrick: 7 is outside 1..6"), std::string::npos)
        << r.output;
}

TEST(Cli, MalformedScenarioReportsLineAndColumn) {
    skinsim::test::TempDir dir;
    const auto file = dir / "broken.json";
    std::ofstream(file) << "{\n  \"seed\": 4,\n  \"draws\": ,\n}\n";
    const auto r = runSkinsim("validate --scenario " + file.string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("broken.json:3:"), std::string::npos) << r.output;
}

namespace {
/// A small scenario file (10 mm patch, few draws) so the CLI tests stay quick.
std::filesystem::path
writeSmallScenario(const skinsim::test::TempDir& dir, const std::string& plan,
                   const std::string& scars = R"({"random": [{"type": "boxcar", "count": 2}]})") {
    const auto file = dir / "small.json";
    std::ofstream(file) << R"({"name": "small", "seed": 4, "patch": {"size_mm": [10, 10]},
        "scars": )" << scars
                        << R"(, "plan": )" << plan << R"(, "observe_days": [0, 30], "draws": 6})";
    return file;
}
std::string readAll(const std::filesystem::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
} // namespace

TEST(CliGenerate, WritesEveryFileOfThePatch) {
    skinsim::test::TempDir dir;
    const auto scenario = writeSmallScenario(dir, "[]");
    const auto out = dir / "patch";
    const auto r =
        runSkinsim("generate --scenario " + scenario.string() + " --out " + out.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    for (const char* f : {"height.png", "height.json", "height.exr", "albedo.png", "normal.png",
                          "melanin.png", "erythema.png", "scars.json"}) {
        EXPECT_TRUE(std::filesystem::exists(out / f)) << f;
    }
}

TEST(CliGenerate, OverlappingScarsAreBadInputAndNothingIsWritten) {
    skinsim::test::TempDir dir;
    const auto scenario = writeSmallScenario(
        dir, "[]",
        R"({"explicit": [{"type": "boxcar", "center_mm": [5, 5], "diameter_mm": 3, "depth_mm": 0.3},
                         {"type": "boxcar", "center_mm": [6, 5], "diameter_mm": 3, "depth_mm": 0.3}]})");
    const auto out = dir / "patch";
    const auto r =
        runSkinsim("generate --scenario " + scenario.string() + " --out " + out.string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("overlap"), std::string::npos) << r.output;
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(CliSimulate, WritesOutcomeMetricsAndObservedDays) {
    skinsim::test::TempDir dir;
    const auto scenario = writeSmallScenario(dir, R"([{"day": 0, "treatment": "fractional_co2"}])");
    const auto out = dir / "sim";
    const auto r =
        runSkinsim("simulate --scenario " + scenario.string() + " --out " + out.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    for (const char* f :
         {"outcome.json", "metrics.csv", "day-0000/height.png", "day-0000/height.json",
          "day-0000/height.exr", "day-0030/albedo.png", "day-0030/erythema.png"}) {
        EXPECT_TRUE(std::filesystem::exists(out / f)) << f;
    }
    const std::string outcome = readAll(out / "outcome.json");
    for (const char* key :
         {"\"draws\": 6", "\"improvement\"", "\"responders\"", "\"gb_qualitative\"",
          "\"gb_quantitative\"", "\"roughness\"", "\"scar_volume_mm3\"", "\"downtime\"",
          "\"erythema_days\"", "\"pih_probability\""}) {
        EXPECT_NE(outcome.find(key), std::string::npos) << key;
    }
    const std::string csv = readAll(out / "metrics.csv");
    EXPECT_EQ(csv.rfind("day,improvement_p10", 0), 0u);
    EXPECT_GT(std::count(csv.begin(), csv.end(), '\n'), 15) << "daily rows around the session";
}

TEST(CliSimulate, SameScenarioGivesIdenticalOutcomeOnOneAndTwoThreads) {
    skinsim::test::TempDir dir;
    const auto scenario = writeSmallScenario(dir, R"([{"day": 0, "treatment": "microneedling"}])");
    ASSERT_EQ(runSkinsim("simulate --threads 1 --scenario " + scenario.string() + " --out " +
                         (dir / "a").string())
                  .exitCode,
              0);
    ASSERT_EQ(runSkinsim("simulate --threads 2 --scenario " + scenario.string() + " --out " +
                         (dir / "b").string())
                  .exitCode,
              0);
    EXPECT_EQ(readAll(dir / "a/outcome.json"), readAll(dir / "b/outcome.json"));
    EXPECT_EQ(readAll(dir / "a/metrics.csv"), readAll(dir / "b/metrics.csv"));
    EXPECT_EQ(readAll(dir / "a/day-0030/height.png"), readAll(dir / "b/day-0030/height.png"));
}

TEST(CliSimulate, OutOfRangeDeviceSettingIsBadInputWithTheJsonPath) {
    skinsim::test::TempDir dir;
    const auto scenario = writeSmallScenario(
        dir, R"([{"day": 0, "treatment": "fractional_co2", "params": {"density_pct": 140}}])");
    const auto r =
        runSkinsim("simulate --scenario " + scenario.string() + " --out " + (dir / "sim").string());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.output.find("plan[0].params.density_pct: 140 is outside 1..70"), std::string::npos)
        << r.output;
    EXPECT_FALSE(std::filesystem::exists(dir / "sim"));
}

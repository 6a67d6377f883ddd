#include "../unit/core/TempDir.hpp"
#include "RunSkinsim.hpp"

#include <fstream>
#include <gtest/gtest.h>

using skinsim::test::runSkinsim;

TEST(Cli, HelpListsEverySubcommandWithItsPurpose) {
    const auto r = runSkinsim("--help");
    EXPECT_EQ(r.exitCode, 0);
    for (const char* sub : {"demo", "generate", "simulate", "render", "grade", "report", "view"}) {
        EXPECT_NE(r.output.find(std::string("  ") + sub), std::string::npos) << sub << "\n" << r.output;
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
    EXPECT_NE(r.output.find("/nonexistent/dir/scenario.json: no such file"), std::string::npos) << r.output;
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
    EXPECT_NE(r.output.find("patient.fitzpatrick: 7 is outside 1..6"), std::string::npos) << r.output;
}

TEST(Cli, MalformedScenarioReportsLineAndColumn) {
    skinsim::test::TempDir dir;
    const auto file = dir / "broken.json";
    std::ofstream(file) << "{\n  \"seed\": 4,\n  \"draws\": ,\n}\n";
    const auto r = runSkinsim("validate --scenario " + file.string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("broken.json:3:"), std::string::npos) << r.output;
}

TEST(Cli, UnbuiltCapabilitySaysSoAndExitsOne) {
    skinsim::test::TempDir dir;
    const auto r = runSkinsim("report --scenario moderate --out " + (dir / "r.html").string());
    EXPECT_EQ(r.exitCode, 1) << r.output;
    EXPECT_NE(r.output.find("not built yet"), std::string::npos) << r.output;
}

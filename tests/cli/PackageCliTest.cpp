// The Debian package (issue 18): `cpack -G DEB` of this build tree, unpacked with `dpkg -x` into
// a temporary root (as apt would install it, without touching the system), and run from there:
// the demo without a window, the presets from /usr/share/skinsim, and what a desktop install adds
// (man page, bash completion, desktop entry, MIME type) checked as their own tools read them.

#include "../unit/core/TempDir.hpp"
#include "RunSkinsim.hpp"

#include <filesystem>
#include <gtest/gtest.h>

namespace fs = std::filesystem;
using skinsim::test::runCommand;

namespace {

/// What the fixture test CliPackage.BuildAndUnpack made (BuildPackage.cmake): the .deb in pkg/,
/// unpacked into root/.
class CliPackage : public ::testing::Test {
  protected:
    void SetUp() override {
        for (const auto& entry : fs::directory_iterator(fs::path(SKINSIM_PACKAGE_DIR) / "pkg")) {
            if (entry.path().extension() == ".deb") {
                deb_ = entry.path();
            }
        }
        ASSERT_FALSE(deb_.empty()) << "no .deb in " SKINSIM_PACKAGE_DIR "/pkg";
    }

    static fs::path root() { return fs::path(SKINSIM_PACKAGE_DIR) / "root"; }

    fs::path deb_;
};

} // namespace

TEST_F(CliPackage, NamesItsLibrariesAndAVulkanDriver) {
    EXPECT_EQ(deb_.filename().string(), "skinsim_" SKINSIM_TEST_VERSION "_amd64.deb");
    const auto fields = runCommand("dpkg-deb -f '" + deb_.string() + "' Package Depends");
    ASSERT_EQ(fields.exitCode, 0) << fields.output;
    EXPECT_NE(fields.output.find("Package: skinsim"), std::string::npos) << fields.output;
    // From dpkg-shlibdeps on the binary, and the driver it loads at run time.
    for (const char* dependency : {"libvulkan1", "libassimp5", "libglfw3", "libpng16-16",
                                   "mesa-vulkan-drivers | vulkan-icd"}) {
        EXPECT_NE(fields.output.find(dependency), std::string::npos)
            << dependency << " in " << fields.output;
    }
}

TEST_F(CliPackage, HoldsWhatADesktopInstallNeedsUnderUsr) {
    for (const char* file :
         {"usr/bin/skinsim", "usr/share/skinsim/assets/scenarios/mild.json",
          "usr/share/man/man1/skinsim.1.gz", "usr/share/bash-completion/completions/skinsim",
          "usr/share/applications/skinsim.desktop", "usr/share/mime/packages/skinsim.xml",
          "usr/share/icons/hicolor/scalable/apps/skinsim.svg", "usr/share/doc/skinsim/copyright",
          "usr/share/doc/skinsim/changelog.gz"}) {
        EXPECT_TRUE(fs::is_regular_file(root() / file)) << file;
    }
}

TEST_F(CliPackage, TheUnpackedSkinsimRunsTheDemoWithItsOwnPresets) {
    skinsim::test::TempDir dir;
    const std::string skinsim =
        "env -u SKINSIM_ASSETS_DIR '" + (root() / "usr/bin/skinsim").string() + "' ";
    const std::string in = "cd '" + dir.path().string() + "' && ";
    const auto validate = runCommand(in + skinsim + "validate --scenario mild");
    EXPECT_EQ(validate.exitCode, 0) << validate.output;
    const fs::path preset = root() / "usr/share/skinsim/assets/scenarios/mild.json";
    EXPECT_TRUE(validate.output.starts_with(preset.string() + ": valid")) << validate.output;

    const auto demo = runCommand(in + skinsim + "demo --no-window --out demo");
    ASSERT_EQ(demo.exitCode, 0) << demo.output;
    EXPECT_TRUE(fs::is_regular_file(dir / "demo/report.html")) << demo.output;
    std::size_t pictures = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir / "demo")) {
        pictures += entry.path().extension() == ".png" ? 1 : 0;
    }
    EXPECT_GE(pictures, 2u) << demo.output;
}

TEST_F(CliPackage, TheManPageHasEverySubcommand) {
    const auto man =
        runCommand("zcat '" + (root() / "usr/share/man/man1/skinsim.1.gz").string() + "'");
    ASSERT_EQ(man.exitCode, 0) << man.output;
    EXPECT_NE(man.output.find(".TH SKINSIM \"1\""), std::string::npos) << man.output.substr(0, 400);
    for (const char* sub :
         {"demo", "generate", "simulate", "render", "grade", "report", "view", "validate"}) {
        EXPECT_NE(man.output.find(std::string(".SS ") + sub + "\n"), std::string::npos) << sub;
    }
    EXPECT_NE(man.output.find("\\-\\-mesh\\-units"), std::string::npos) << "render's options";
}

TEST_F(CliPackage, BashCompletesSubcommandsOptionsAndTheirValues) {
    const std::string completion =
        (root() / "usr/share/bash-completion/completions/skinsim").string();
    const auto complete = [&](const std::string& words, int current) {
        return runCommand("bash -c 'source \"" + completion + "\"; COMP_WORDS=(" + words +
                          "); COMP_CWORD=" + std::to_string(current) +
                          "; _skinsim; echo \"${COMPREPLY[*]}\"'")
            .output;
    };
    EXPECT_EQ(complete("skinsim sim", 1), "simulate\n");
    EXPECT_EQ(complete("skinsim render --vi", 2), "--view\n");
    EXPECT_EQ(complete("skinsim render --view \"\"", 3), "patch face\n");
    EXPECT_EQ(complete("skinsim simulate --scenario mo", 3), "moderate\n");
    EXPECT_EQ(complete("skinsim render --mesh-units \"\"", 3), "auto mm cm m\n");
}

TEST_F(CliPackage, TheDesktopEntryAndTheMimeTypeValidate) {
    const auto desktop =
        runCommand("desktop-file-validate '" +
                   (root() / "usr/share/applications/skinsim.desktop").string() + "'");
    EXPECT_EQ(desktop.exitCode, 0) << desktop.output;
    EXPECT_EQ(desktop.output, "");
    const fs::path mime = root() / "usr/share/mime";
    const auto update = runCommand("update-mime-database '" + mime.string() + "'");
    EXPECT_EQ(update.exitCode, 0) << update.output;
    EXPECT_TRUE(fs::is_regular_file(mime / "application/x-skinsim-scenario.xml")) << update.output;

    // What a file manager sees (GIO reads the database of XDG_DATA_DIRS): a scenario named
    // *.skinsim.json is a skinsim scenario; a plain .json stays JSON (its glob wins over magic).
    skinsim::test::TempDir dir;
    fs::copy_file(fs::path(SKINSIM_SOURCE_DIR) / "assets/scenarios/mild.json",
                  dir / "mild.skinsim.json");
    fs::copy_file(fs::path(SKINSIM_SOURCE_DIR) / "assets/scenarios/mild.json", dir / "mild.json");
    const auto type = [&](const char* name) {
        return runCommand("env XDG_DATA_HOME=/nonexistent XDG_DATA_DIRS='" +
                          (root() / "usr/share").string() +
                          ":/usr/share' gio info -a "
                          "standard::content-type '" +
                          (dir / name).string() + "'")
            .output;
    };
    EXPECT_NE(type("mild.skinsim.json").find("application/x-skinsim-scenario"), std::string::npos)
        << type("mild.skinsim.json");
    EXPECT_NE(type("mild.json").find("application/json"), std::string::npos) << type("mild.json");
}

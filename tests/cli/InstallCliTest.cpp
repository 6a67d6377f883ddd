// `cmake --install` into a temporary prefix (issue 15): the installed skinsim finds its presets
// under the prefix (core/Paths.cpp: <prefix>/share/skinsim/assets beside <prefix>/bin) and renders
// with the shaders embedded in it, run from a folder outside the trees it was built from.

#include "../unit/core/TempDir.hpp"
#include "RunSkinsim.hpp"

#include <filesystem>
#include <gtest/gtest.h>

namespace fs = std::filesystem;
using skinsim::test::runCommand;

namespace {

/// `command` in a shell whose view of the source and build trees is an empty folder (a private
/// mount namespace, `unshare -rm`, where the kernel allows it; otherwise the plain command, and
/// the check that the presets come from the prefix still holds).
std::string withoutTheTrees(const std::string& command) {
    static const bool canHide = runCommand("unshare -rm true").exitCode == 0;
    if (!canHide) {
        return command;
    }
    const std::string hide = "mount -t tmpfs none '" SKINSIM_BUILD_DIR
                             "' && mount -t tmpfs none '" +
                             std::string(SKINSIM_SOURCE_DIR) + "' && ";
    return "unshare -rm sh -c \"" + hide + command + "\"";
}

} // namespace

TEST(CliInstall, TheInstalledSkinsimRunsFromItsPrefixWithoutTheBuildTree) {
    skinsim::test::TempDir dir;
    const fs::path prefix = dir / "installed";
    const auto install =
        runCommand(std::string(SKINSIM_CMAKE) + " --install '" SKINSIM_BUILD_DIR "' --prefix '" +
                   prefix.string() + "'");
    ASSERT_EQ(install.exitCode, 0) << install.output;
    ASSERT_TRUE(fs::is_regular_file(prefix / "bin/skinsim")) << install.output;
    for (const char* preset : {"mild", "moderate", "severe", "chickenpox"}) {
        EXPECT_TRUE(fs::is_regular_file(prefix / "share/skinsim/assets/scenarios" /
                                        (std::string(preset) + ".json")))
            << preset;
    }
    // What a desktop install adds (tools/package; PackageCliTest checks them as their tools do).
    for (const char* file :
         {"share/man/man1/skinsim.1.gz", "share/bash-completion/completions/skinsim",
          "share/applications/skinsim.desktop", "share/mime/packages/skinsim.xml",
          "share/icons/hicolor/scalable/apps/skinsim.svg"}) {
        EXPECT_TRUE(fs::is_regular_file(prefix / file)) << file;
    }
    // Moved after installing: nothing in it may point back at where it was installed either.
    const fs::path moved = dir / "moved";
    fs::rename(prefix, moved);
#if SKINSIM_TEST_ASAN
    // The sanitizer run's preload, copied out of the build tree the commands below cannot see.
    const fs::path keepLoaded = dir / "keep-loaded.so";
    fs::copy_file(SKINSIM_TEST_KEEP_LOADED, keepLoaded);
    const std::string preload = skinsim::test::sanitizerPreload(keepLoaded.string());
#else
    const std::string preload = skinsim::test::sanitizerPreload();
#endif
    const std::string run = "cd '" + dir.path().string() + "' && env -u SKINSIM_ASSETS_DIR " +
                            preload + "'" + (moved / "bin/skinsim").string() + "' ";

    const auto validate = runCommand(withoutTheTrees(run + "validate --scenario mild"));
    EXPECT_EQ(validate.exitCode, 0) << validate.output;
    const fs::path preset = moved / "share/skinsim/assets/scenarios/mild.json";
    EXPECT_TRUE(validate.output.starts_with(preset.string() + ": valid")) << validate.output;

    const auto generate =
        runCommand(withoutTheTrees(run + "generate --scenario mild --pixel-um 100 --out patch"));
    EXPECT_EQ(generate.exitCode, 0) << generate.output;
    EXPECT_TRUE(fs::is_regular_file(dir / "patch/height.png")) << generate.output;
    EXPECT_TRUE(fs::is_regular_file(dir / "patch/scars.json")) << generate.output;

    const auto render = runCommand(
        withoutTheTrees(run + "render --scenario mild --out mild.png --width 320 --height 240"));
    EXPECT_EQ(render.exitCode, 0) << render.output;
    std::error_code ec;
    EXPECT_GT(fs::file_size(dir / "mild.png", ec), 1000u) << render.output;
}

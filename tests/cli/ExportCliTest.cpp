// skinsim export (issue 18): a day's patch as .glb checked by an independent reader, the Khronos
// glTF validator (npm gltf-validator, installed by tools/deps.sh under build/node), and a print
// model at --scale with --base; bad input is exit 2 with nothing written.

#include "../unit/core/TempDir.hpp"
#include "RunSkinsim.hpp"

#include <filesystem>
#include <gtest/gtest.h>

namespace fs = std::filesystem;
using skinsim::test::runCommand;
using skinsim::test::runSkinsim;

TEST(CliExport, TheGlbIsValidGltfWithTheSkinsTexturesAndTheMeshItSays) {
    skinsim::test::TempDir dir;
    const fs::path glb = dir / "mild.glb";
    const auto run = runSkinsim("export --scenario mild --day 90 --out '" + glb.string() + "'");
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("90601 vertices, 180000 triangles, 30.0 x 30.0 x"), std::string::npos)
        << run.output;
    const auto report = runCommand("node '" SKINSIM_SOURCE_DIR "/tests/cli/validate-gltf.mjs' '" +
                                   glb.string() + "'");
    ASSERT_EQ(report.exitCode, 0) << report.output;
    // The validator's summary: no errors, two 1200 x 1200 PNG textures (base colour and normals),
    // 90601 vertices. Its one warning: Assimp 5.2.5's exporter writes no TANGENT, so a viewer
    // derives the normal texture's tangent space (MikkTSpace, as the glTF 2.0 specification says).
    EXPECT_NE(report.output.find("errors 0 warnings 1"), std::string::npos) << report.output;
    EXPECT_NE(report.output.find("MESH_PRIMITIVE_GENERATED_TANGENT_SPACE"), std::string::npos)
        << report.output;
    EXPECT_NE(report.output.find("vertices 90601 triangles 180000"), std::string::npos)
        << report.output;
    EXPECT_NE(report.output.find("image/png 1200x1200 image/png 1200x1200"), std::string::npos)
        << report.output;
    EXPECT_NE(report.output.find("baseColorTexture normalTexture"), std::string::npos)
        << report.output;
    EXPECT_NE(report.output.find(
                  "copyright \"Simulated by skinsim: not a photograph or scan of a patient\""),
              std::string::npos)
        << report.output;
}

TEST(CliExport, APrintModelIsScaledAndClosed) {
    skinsim::test::TempDir dir;
    const fs::path stl = dir / "print.stl";
    const auto run = runSkinsim("export --scenario mild --scale 5 --base --cell-um 250 --out '" +
                                stl.string() + "'");
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("149.9 x 149.9 x"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("solid with a base"), std::string::npos) << run.output;
    // Binary STL: an 80-byte header, a count, 50 bytes a triangle.
    std::error_code ec;
    const auto bytes = fs::file_size(stl, ec);
    EXPECT_EQ((bytes - 84) % 50, 0u) << bytes;
    EXPECT_GT(bytes, 84u + 50u * 10000u) << bytes;
}

TEST(CliExport, BadInputIsExitTwoAndWritesNothing) {
    skinsim::test::TempDir dir;
    const auto format =
        runSkinsim("export --scenario mild --out '" + (dir / "x.fbx").string() + "'");
    EXPECT_EQ(format.exitCode, 2) << format.output;
    EXPECT_NE(format.output.find("x.fbx: skinsim exports .glb"), std::string::npos)
        << format.output;
    const auto fine =
        runSkinsim("export --scenario mild --cell-um 10 --out '" + (dir / "x.glb").string() + "'");
    EXPECT_EQ(fine.exitCode, 2) << fine.output;
    EXPECT_NE(fine.output.find("--cell-um 10: finer than the scenario's pixel (patch.pixel_um 25)"),
              std::string::npos)
        << fine.output;
    const auto missing =
        runSkinsim("export --scenario /nonexistent.json --out '" + (dir / "y.glb").string() + "'");
    EXPECT_EQ(missing.exitCode, 2) << missing.output;
    EXPECT_TRUE(fs::is_empty(dir.path())) << "nothing written";
}

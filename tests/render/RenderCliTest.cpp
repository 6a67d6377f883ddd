// `skinsim render` run as a user runs it (DESIGN.md section 5): the PNG it writes, the days and
// comparisons it shows, and the exit codes of bad input (2) before any GPU work.

#include "../cli/RunSkinsim.hpp"
#include "../unit/core/TempDir.hpp"
#include "PictureColour.hpp"
#include "core/ImageIo.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <map>

using skinsim::test::runSkinsim;

namespace {
/// Mean red / green over the middle of one half of a side-by-side picture.
double redness(const skinsim::Image8& image, bool rightHalf) {
    const int x0 = rightHalf ? image.width / 2 + image.width / 8 : image.width / 8;
    double r = 0, g = 0;
    for (int y = image.height / 4; y < 3 * image.height / 4; ++y) {
        for (int x = x0; x < x0 + image.width / 4; ++x) {
            r += image.at(x, y)[0];
            g += image.at(x, y)[1];
        }
    }
    return r / std::max(g, 1.0);
}
} // namespace

TEST(RenderCommand, WritesAPngOfTheRequestedSize) {
    skinsim::test::TempDir dir;
    const auto out = dir / "sub" / "moderate.png";
    const auto r =
        runSkinsim("render --scenario moderate --width 320 --height 200 --out " + out.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    auto image = skinsim::readPng(out);
    ASSERT_TRUE(image) << image.error().message;
    EXPECT_EQ(image->width, 320);
    EXPECT_EQ(image->height, 200);
    EXPECT_NE(r.output.find("Rendered"), std::string::npos) << r.output;
}

TEST(RenderCommand, FourDaysAfterFractionalCo2IsRedderThanDayZero) {
    skinsim::test::TempDir dir;
    const auto out = dir / "day4.png";
    // The moderate preset starts with fractional CO2 on day 0; side by side: day 0 | day 4.
    const auto r =
        runSkinsim("render --scenario moderate --day 4 --compare side --light clinical --width 320 "
                   "--height 160 --out " +
                   out.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    auto image = skinsim::readPng(out);
    ASSERT_TRUE(image);
    EXPECT_GT(redness(*image, true), 1.05 * redness(*image, false));
}

TEST(RenderCommand, FurrowsUnderRakingLightReadDarkerNotRedder) {
    // A bare cheek (type III, 30 years, no scars) under the 15-degree raking light: the darkest
    // tenth of the skin (furrows, their shadowed walls) keeps the skin's redness within 6 a*
    // units; subsurface scattering must not paint every groove red (issue 11).
    skinsim::test::TempDir dir;
    const auto scenario = dir / "bare.json";
    std::ofstream(scenario) << R"({"seed": 3, "patch": {"region": "cheek", "size_mm": [20, 20]},
        "patient": {"fitzpatrick": 3, "age": 30}, "scars": {"random": []}, "plan": []})";
    const auto out = dir / "raking.png";
    const auto r = runSkinsim("render --scenario " + scenario.string() +
                              " --width 640 --height 400 --out " + out.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    auto image = skinsim::readPng(out);
    ASSERT_TRUE(image);
    const auto labs = skinsim::test::labsOver(*image, image->width / 4, image->height / 4,
                                              3 * image->width / 4, 3 * image->height / 4);
    const auto redness = skinsim::test::darkestAndSkinRedness(labs);
    EXPECT_NEAR(redness.darkestA, redness.skinA, 6.0)
        << "darkest decile a* " << redness.darkestA << ", skin a* " << redness.skinA;
}

TEST(RenderCommand, ChangeModeShowsDepthFilledSinceDayZero) {
    skinsim::test::TempDir dir;
    const auto out = dir / "change.png";
    const auto r = runSkinsim("render --scenario moderate --day 180 --mode change --light clinical "
                              "--width 320 --height 200 --out " +
                              out.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("change mode"), std::string::npos) << r.output;
    auto image = skinsim::readPng(out);
    ASSERT_TRUE(image);
    // Six months into the moderate plan the scars are partly filled: blue marks on the patch
    // (its middle third, left of the colour bar), and the patch is not blue everywhere.
    int blue = 0, total = 0;
    for (int y = image->height / 4; y < 3 * image->height / 4; ++y) {
        for (int x = image->width / 3; x < 2 * image->width / 3; ++x) {
            const auto* p = image->at(x, y);
            blue += p[2] > p[0] + 40 ? 1 : 0;
            ++total;
        }
    }
    EXPECT_GT(blue, total / 200) << blue << " of " << total;
    EXPECT_LT(blue, total / 2) << blue << " of " << total;
}

TEST(RenderCommand, FaceViewWithTheDefaultFace) {
    skinsim::test::TempDir dir;
    const auto r = runSkinsim(
        "render --scenario mild --view face --light flash --width 160 --height 160 --out " +
        (dir / "face.png").string());
    EXPECT_EQ(r.exitCode, 0) << r.output;
}

// The three distances frame the face differently: the close-up is filled with skin, 50 cm shows
// the whole head against the background, arm's length lies between.
TEST(RenderCommand, TheCameraPresetsStandCloserOrFurther) {
    skinsim::test::TempDir dir;
    std::map<std::string, skinsim::Image8> pictures;
    for (const std::string camera : {"close-up", "arm", "social"}) {
        const auto out = dir / (camera + ".png");
        const auto r = runSkinsim("render --scenario mild --view face --light clinical --camera " +
                                  camera + " --width 160 --height 120 --out " + out.string());
        ASSERT_EQ(r.exitCode, 0) << r.output;
        EXPECT_NE(r.output.find("(" + camera + " camera)"), std::string::npos) << r.output;
        auto image = skinsim::readPng(out);
        ASSERT_TRUE(image) << image.error().message;
        pictures[camera] = std::move(*image);
    }
    // The share of each picture in the background's colour (the 50 cm picture's corner).
    const std::uint8_t* backdrop = pictures["social"].at(0, 0);
    std::map<std::string, double> background;
    for (const auto& [camera, image] : pictures) {
        int far = 0;
        for (int y = 0; y < image.height; ++y) {
            for (int x = 0; x < image.width; ++x) {
                const auto* p = image.at(x, y);
                far += std::abs(p[0] - backdrop[0]) + std::abs(p[1] - backdrop[1]) +
                           std::abs(p[2] - backdrop[2]) <
                       12;
            }
        }
        background[camera] = static_cast<double>(far) / (image.width * image.height);
    }
    EXPECT_LT(background["close-up"], 0.05);
    EXPECT_LT(background["arm"], background["social"]);
    EXPECT_GT(background["social"], 0.3);
    const auto bad = runSkinsim("render --scenario mild --view face --camera far --out " +
                                (dir / "x.png").string());
    EXPECT_EQ(bad.exitCode, 2) << bad.output;
}

TEST(RenderCommand, BrokenMeshIsBadInputNamingTheFile) {
    skinsim::test::TempDir dir;
    const auto mesh = dir / "broken.obj";
    std::ofstream(mesh) << "this is not\na mesh\nf 1 2\n";
    const auto r = runSkinsim("render --scenario moderate --view face --mesh " + mesh.string() +
                              " --out " + (dir / "x.png").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("broken.obj"), std::string::npos) << r.output;
    EXPECT_FALSE(std::filesystem::exists(dir / "x.png"));
}

TEST(RenderCommand, MeshWithoutTheFaceViewIsBadUsage) {
    skinsim::test::TempDir dir;
    const auto r =
        runSkinsim("render --scenario moderate --mesh face.obj --out " + (dir / "x.png").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("--view face"), std::string::npos) << r.output;
}

TEST(RenderCommand, OutputMustBeAPng) {
    skinsim::test::TempDir dir;
    const auto r = runSkinsim("render --scenario moderate --out " + (dir / "x.jpg").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find(".png"), std::string::npos) << r.output;
}

TEST(RenderCommand, NoVulkanDeviceIsAFailureWithAMessage) {
    skinsim::test::TempDir dir;
    // Point the loader at no driver at all.
    const auto r = runSkinsim(
        "render --scenario moderate --width 64 --height 40 --out " + (dir / "x.png").string(),
        "VK_ICD_FILENAMES=/nonexistent.json VK_DRIVER_FILES=/nonexistent.json");
    EXPECT_EQ(r.exitCode, 1) << r.output;
    EXPECT_NE(r.output.find("Vulkan"), std::string::npos) << r.output;
}

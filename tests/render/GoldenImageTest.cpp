// Small reference renders, compared with a tolerance (STYLE.md 4). They are lavapipe's pictures:
// the tests pick Mesa's CPU driver when it is there (CI and machines without a GPU), so a GPU in
// the machine does not make them fail. On a mismatch the actual image and an amplified difference
// are written to <build>/tests/render/golden-diff/. After an intended change to the pictures,
// regenerate them with (see golden/README.md):
//   SKINSIM_UPDATE_GOLDEN=1 build/release/tests/render/render_golden_tests

#include "GpuTest.hpp"
#include "mesh/FaceMesh.hpp"
#include "mesh/PatchPlacement.hpp"

#include <cmath>
#include <cstdlib>
#include <filesystem>

using namespace skinsim;
namespace fs = std::filesystem;

namespace {

/// Tolerance: the mean absolute difference per channel (0..255), and the share of pixels allowed
/// to differ by more than kOutlierLevels in some channel (driver versions may move an edge).
constexpr double kMaxMeanDifference = 1.5;
constexpr double kMaxOutlierShare = 0.005;
constexpr int kOutlierLevels = 32;

class Golden : public test::GpuTest {
  protected:
    Golden() { preferredDevice_ = "llvmpipe"; }

    void compare(const std::string& name, const Image8& actual) {
        const fs::path golden = fs::path(SKINSIM_GOLDEN_DIR) / (name + ".png");
        if (const char* update = std::getenv("SKINSIM_UPDATE_GOLDEN");
            update != nullptr && std::string(update) == "1") {
            ASSERT_TRUE(writePng(golden, actual));
            std::printf("updated %s\n", golden.c_str());
            return;
        }
        auto expected = readPng(golden);
        ASSERT_TRUE(expected) << expected.error().message
                              << " (regenerate: SKINSIM_UPDATE_GOLDEN=1)";
        ASSERT_EQ(expected->width, actual.width);
        ASSERT_EQ(expected->height, actual.height);
        ASSERT_EQ(expected->channels, actual.channels);
        Image8 diff(actual.width, actual.height, 3);
        double sum = 0;
        int outliers = 0;
        for (std::size_t i = 0; i < actual.pixels.size(); i += 3) {
            int worst = 0;
            for (int c = 0; c < 3; ++c) {
                const int d = std::abs(int(actual.pixels[i + c]) - int(expected->pixels[i + c]));
                sum += d;
                worst = std::max(worst, d);
                diff.pixels[i + c] = static_cast<std::uint8_t>(std::min(255, d * 8));
            }
            outliers += worst > kOutlierLevels;
        }
        const double mean = sum / static_cast<double>(actual.pixels.size());
        const double outlierShare = outliers / static_cast<double>(actual.width * actual.height);
        const bool ok = mean <= kMaxMeanDifference && outlierShare <= kMaxOutlierShare;
        if (!ok) {
            const fs::path dir = SKINSIM_GOLDEN_DIFF_DIR;
            (void)writePng(dir / (name + ".actual.png"), actual);
            (void)writePng(dir / (name + ".diff.png"), diff);
        }
        EXPECT_TRUE(ok) << name << ": mean difference " << mean << " (max " << kMaxMeanDifference
                        << "), " << outlierShare * 100 << "% of pixels off by more than "
                        << kOutlierLevels << " (max " << kMaxOutlierShare * 100
                        << "%); actual and diff images in " << SKINSIM_GOLDEN_DIFF_DIR;
    }

    void SetUp() override {
        test::GpuTest::SetUp();
        if (!context_) {
            return;
        }
        if (context_->deviceType() != vk::PhysicalDeviceType::eCpu) {
            GTEST_SKIP() << "golden images are lavapipe's; this machine has no lavapipe";
        }
    }
};

} // namespace

TEST_F(Golden, PatchUnderRakingLight) {
    renderer(160, 100);
    auto skin = upload(test::typeThreeSkin(test::pittedHeight(test::defaultPits())));
    compare("patch-raking-skin", render(*skin, {.light = render::LightPreset::Raking}));
}

TEST_F(Golden, HeatmapWithColourBar) {
    renderer(160, 100);
    auto skin = upload(test::typeThreeSkin(test::pittedHeight(test::defaultPits())));
    compare("patch-clinical-heatmap",
            render(*skin, {.light = render::LightPreset::Clinical, .mode = render::Mode::Heatmap}));
}

TEST_F(Golden, SplitBeforeAndAfterWithErythema) {
    renderer(160, 100);
    auto before = upload(test::typeThreeSkin(test::pittedHeight(test::defaultPits())));
    auto after = upload(test::typeThreeSkin(test::pittedHeight(test::defaultPits()), 0.8f));
    compare("patch-split-flash", render(*after,
                                        {.light = render::LightPreset::Flash,
                                         .compare = render::Compare::Split,
                                         .afterLabel = "Day 4"},
                                        before.get()));
}

TEST_F(Golden, FaceAtSocialDistance) {
    renderer(128, 128);
    auto mesh = mesh::buildFaceMesh({.cellMm = 3.0f});
    auto placement = mesh::placePatch(mesh, Region::Cheek);
    ASSERT_TRUE(placement);
    auto face = renderer_->uploadFace(mesh, *placement);
    ASSERT_TRUE(face);
    const std::vector<test::Pit> pits = {{test::Pit::Shape::Boxcar, 15.0, 15.0, 4.0, 400.0}};
    auto skin = upload(test::typeThreeSkin(test::pittedHeight(pits, 30.0, 50.0)));
    compare("face-social-clinical",
            render(*skin, {.view = render::View::Face, .light = render::LightPreset::Clinical},
                   nullptr, face->get()));
}

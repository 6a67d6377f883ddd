// The files of `skinsim generate` (DESIGN.md section 5): height maps that read back as the
// surface, colour and normal maps, and scars.json with one entry per scar.

#include "skin/SkinExport.hpp"
#include "skin/SkinGenerator.hpp"

#include "core/HeightMapIo.hpp"
#include "core/ImageIo.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <unistd.h>

namespace skinsim {
namespace {

namespace fs = std::filesystem;

class SkinExport : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        PatchSpec patch;
        patch.widthMm = 12;
        patch.heightMm = 10;
        ScarSpec scars;
        scars.random = {{ScarType::Icepick, 3, std::nullopt, std::nullopt},
                        {ScarType::Boxcar, 2, std::nullopt, std::nullopt}};
        ExplicitScar e;
        e.type = ScarType::Rolling;
        e.centerMm = {6, 5};
        e.diameterMm = 4.5;
        e.depthMm = 0.3;
        scars.placed = {e};
        auto result = generateSkin(patch, PatientSpec{}, scars, 12);
        ASSERT_TRUE(result.ok()) << result.error().message;
        patch_ = new SkinPatch(std::move(result.value()));
        // One folder per process: ctest runs each test of this suite as its own process, in
        // parallel, and each builds the suite's files.
        dir_ = fs::temp_directory_path() / ("skinsim-skin-export-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        ASSERT_TRUE(writeSkinPatch(*patch_, dir_, {"test", "test.json"}).ok());
    }
    static void TearDownTestSuite() {
        delete patch_;
        fs::remove_all(dir_);
    }
    static SkinPatch* patch_;
    static fs::path dir_;
};
SkinPatch* SkinExport::patch_ = nullptr;
fs::path SkinExport::dir_;

TEST_F(SkinExport, WritesEveryFileOfTheGenerateCommand) {
    for (const char* f : {"height.png", "height.json", "height.exr", "albedo.png", "normal.png",
                          "melanin.png", "erythema.png", "scars.json"}) {
        EXPECT_TRUE(fs::is_regular_file(dir_ / f)) << f;
    }
    // No temporaries are left behind.
    for (const auto& entry : fs::directory_iterator(dir_)) {
        EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos);
    }
}

TEST_F(SkinExport, HeightMapsReadBackAsTheSurface) {
    auto exr = readHeightExr(dir_ / "height.exr", patch_->pixelUm());
    ASSERT_TRUE(exr.ok());
    EXPECT_EQ(exr->width(), patch_->width());
    EXPECT_EQ(std::memcmp(exr->data(), patch_->heightUm.data(), exr->size() * sizeof(float)), 0);
    auto png = readHeightPng(dir_ / "height.png");
    ASSERT_TRUE(png.ok());
    const double step = (patch_->heightUm.maxValue() - patch_->heightUm.minValue()) / 65535.0;
    EXPECT_NEAR((*png)(100, 100), patch_->heightUm(100, 100), step);
}

TEST_F(SkinExport, ScarsJsonListsEveryScarWithItsGeometryAndCause) {
    auto json = readJsonFile(dir_ / "scars.json");
    ASSERT_TRUE(json.ok());
    const Json& j = *json;
    EXPECT_EQ(j["pixel_um"], 25.0);
    EXPECT_EQ(j["width"], patch_->width());
    EXPECT_EQ(j["counts"]["icepick"], 3);
    EXPECT_EQ(j["counts"]["rolling"], 1);
    ASSERT_EQ(j["scars"].size(), patch_->scars.size());
    const Json& rolling = j["scars"][0];
    EXPECT_EQ(rolling["id"], 0);
    EXPECT_EQ(rolling["type"], "rolling");
    EXPECT_EQ(rolling["origin"], "explicit");
    EXPECT_DOUBLE_EQ(rolling["center_mm"][0].get<double>(), 6.0);
    EXPECT_DOUBLE_EQ(rolling["diameter_mm"].get<double>(), 4.5);
    EXPECT_DOUBLE_EQ(rolling["depth_mm"].get<double>(), 0.3);
    EXPECT_GT(rolling["cause"]["tether"].get<double>(), 0.0);
    EXPECT_NEAR(rolling["measured"]["depth_mm"].get<double>(), 0.3, 0.01);
    for (const Json& s : j["scars"]) {
        for (const char* key :
             {"id", "type", "center_mm", "diameter_mm", "depth_mm", "volume_mm3"}) {
            EXPECT_TRUE(s.contains(key)) << key;
        }
    }
}

TEST_F(SkinExport, ColourMapsAreImagesOfThePatch) {
    auto albedo = readPng(dir_ / "albedo.png");
    auto normal = readPng(dir_ / "normal.png");
    auto melanin = readPng(dir_ / "melanin.png");
    ASSERT_TRUE(albedo.ok() && normal.ok() && melanin.ok());
    EXPECT_EQ(albedo->channels, 3);
    EXPECT_EQ(albedo->width, patch_->width());
    EXPECT_EQ(melanin->channels, 1);
    // Flat skin faces up: the normal map's blue channel dominates on average.
    double blue = 0;
    for (int y = 0; y < normal->height; ++y) {
        for (int x = 0; x < normal->width; ++x) {
            blue += normal->at(x, y)[2];
        }
    }
    EXPECT_GT(blue / (normal->width * normal->height), 200.0);
    // A melanin value reads back within one count.
    const double stored = melanin->at(50, 50)[0] * kMelaninPerCount;
    EXPECT_NEAR(stored, patch_->melanin(50, 50), kMelaninPerCount);
}

TEST(SkinExportNormals, ASlopeTiltsTheNormalAgainstIt) {
    FieldF ramp(8, 8, 10.0);
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 8; ++x) {
            ramp(x, y) = static_cast<float>(10.0 * x); // rises to the right at 45 degrees
        }
    }
    const Image8 n = normalImage(ramp);
    EXPECT_NEAR(n.at(4, 4)[0], std::lround((1 - std::sqrt(0.5)) * 127.5), 1); // -x component
    EXPECT_NEAR(n.at(4, 4)[1], 128, 1);
    EXPECT_NEAR(n.at(4, 4)[2], std::lround((1 + std::sqrt(0.5)) * 127.5), 1);
}

} // namespace
} // namespace skinsim

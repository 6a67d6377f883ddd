#include "core/HeightMapIo.hpp"
#include "TempDir.hpp"
#include "core/ImageIo.hpp"
#include "core/Json.hpp"

#include <cmath>
#include <fstream>
#include <gtest/gtest.h>

using namespace skinsim;
namespace fs = std::filesystem;

namespace {

FieldF scarredPatch() {
    FieldF f(97, 61, 25.0);
    for (int y = 0; y < f.height(); ++y) {
        for (int x = 0; x < f.width(); ++x) {
            const double r = std::hypot(f.xMm(x) - 1.2, f.yMm(y) - 0.8);
            f(x, y) = static_cast<float>(30.0 * std::sin(x * 0.7) - (r < 0.5 ? 400.0 : 0.0));
        }
    }
    return f;
}

void truncateFile(const fs::path& p, std::uintmax_t keep) {
    fs::resize_file(p, keep);
}

} // namespace

TEST(HeightMapIo, PngRoundTripIsWithinHalfAQuantisationStep) {
    test::TempDir dir;
    const FieldF f = scarredPatch();
    ASSERT_TRUE(writeHeightMaps(dir.path(), f));
    auto back = readHeightPng(dir / "height.png");
    ASSERT_TRUE(back) << back.error().message;
    ASSERT_TRUE(back->sameShape(f));
    EXPECT_DOUBLE_EQ(back->pixelUm(), 25.0);
    const double step = (f.maxValue() - f.minValue()) / 65535.0;
    for (std::size_t i = 0; i < f.size(); ++i) {
        ASSERT_NEAR(back->values()[i], f.values()[i], step * 0.5 + 1e-3);
    }
}

TEST(HeightMapIo, APngOfANearlyFlatMapReadsBack) {
    // A range of 1e-6 um: (hi - lo) / 65535 is below the smallest scale a sidecar may give, so
    // the reader refused what the writer wrote (seen while fixing fuzz_height_map_round_trip's
    // finding below).
    test::TempDir dir;
    FieldF f(3, 2, 25.0, 12.0f);
    f(1, 1) = 12.000001f;
    ASSERT_TRUE(writeHeightPng(dir / "height", f));
    auto back = readHeightPng(dir / "height.png");
    ASSERT_TRUE(back) << back.error().message;
    for (std::size_t i = 0; i < f.size(); ++i) {
        EXPECT_NEAR(back->values()[i], f.values()[i], 1e-6);
    }
}

TEST(HeightMapIo, HeightsNoSidecarCanHoldAreRefusedNotWrittenUnreadable) {
    // 1.7e35 um: the sidecar would need a scale beyond 1e6 um per count, which readHeightPng
    // refuses (fuzz_height_map_round_trip, regressions/height_map_round_trip/).
    test::TempDir dir;
    FieldF f(2, 2, 25.0, 0.0f);
    f(1, 0) = 1.7e35f;
    const Status s = writeHeightPng(dir / "height", f);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().kind, Error::Kind::Failure);
    EXPECT_NE(s.error().message.find("height.png"), std::string::npos) << s.error().message;
    EXPECT_NE(s.error().message.find("1e+06 um per count"), std::string::npos) << s.error().message;
    EXPECT_FALSE(fs::exists(dir / "height.png"));
    EXPECT_FALSE(fs::exists(dir / "height.json"));
}

TEST(HeightMapIo, SidecarFollowsTheDocumentedFormula) {
    test::TempDir dir;
    const FieldF f = scarredPatch();
    ASSERT_TRUE(writeHeightPng(dir / "height", f));
    auto sidecar = readJsonFile(dir / "height.json");
    ASSERT_TRUE(sidecar);
    auto png = readPng16(dir / "height.png");
    ASSERT_TRUE(png);
    const double offset = (*sidecar)["height_offset_um"];
    const double scale = (*sidecar)["height_scale_um"];
    EXPECT_EQ((*sidecar)["width"], 97);
    EXPECT_EQ((*sidecar)["height"], 61);
    EXPECT_EQ((*sidecar)["pixel_um"], 25.0);
    // height_um = offset + value * scale, no gamma: the deepest cell is value 0.
    EXPECT_NEAR(offset, f.minValue(), 1e-3);
    EXPECT_NEAR(offset + 65535 * scale, f.maxValue(), 1e-3);
    EXPECT_NEAR(offset + png->pixels[10] * scale, f.values()[10], scale);
}

TEST(HeightMapIo, ExrRoundTripIsExact) {
    test::TempDir dir;
    const FieldF f = scarredPatch();
    ASSERT_TRUE(writeHeightExr(dir / "height.exr", f));
    auto back = readHeightExr(dir / "height.exr", 25.0);
    ASSERT_TRUE(back) << back.error().message;
    ASSERT_TRUE(back->sameShape(f));
    for (std::size_t i = 0; i < f.size(); ++i) {
        ASSERT_EQ(back->values()[i], f.values()[i]);
    }
}

TEST(HeightMapIo, CorruptedPngGivesAClearErrorNotACrash) {
    test::TempDir dir;
    ASSERT_TRUE(writeHeightMaps(dir.path(), scarredPatch()));
    {
        std::fstream file(dir / "height.png", std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(60);
        const char junk[64] = "this is not deflate data at all, it is garbage in the stream";
        file.write(junk, sizeof junk);
    }
    auto r = readHeightPng(dir / "height.png");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_NE(r.error().message.find("height.png"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("corrupted PNG"), std::string::npos) << r.error().message;
}

TEST(HeightMapIo, TruncatedPngGivesAClearError) {
    test::TempDir dir;
    ASSERT_TRUE(writeHeightMaps(dir.path(), scarredPatch()));
    truncateFile(dir / "height.png", 200);
    auto r = readHeightPng(dir / "height.png");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("corrupted PNG"), std::string::npos) << r.error().message;
}

TEST(HeightMapIo, TruncatedExrGivesAClearErrorNotACrash) {
    test::TempDir dir;
    ASSERT_TRUE(writeHeightExr(dir / "height.exr", scarredPatch()));
    const auto full = fs::file_size(dir / "height.exr");
    for (std::uintmax_t keep : {full / 2, std::uintmax_t{40}, std::uintmax_t{4}}) {
        fs::copy_file(dir / "height.exr", dir / "cut.exr", fs::copy_options::overwrite_existing);
        truncateFile(dir / "cut.exr", keep);
        auto r = readHeightExr(dir / "cut.exr", 25.0);
        ASSERT_FALSE(r) << "kept " << keep << " bytes";
        EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
        EXPECT_NE(r.error().message.find("cut.exr"), std::string::npos) << r.error().message;
    }
}

TEST(HeightMapIo, MissingSidecarIsNamed) {
    test::TempDir dir;
    ASSERT_TRUE(writeHeightMaps(dir.path(), scarredPatch()));
    fs::remove(dir / "height.json");
    auto r = readHeightPng(dir / "height.png");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("height.json"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("missing"), std::string::npos) << r.error().message;
}

TEST(HeightMapIo, SidecarThatDisagreesWithTheImageIsRejected) {
    test::TempDir dir;
    ASSERT_TRUE(writeHeightMaps(dir.path(), scarredPatch()));
    auto sidecar = readJsonFile(dir / "height.json");
    (*sidecar)["width"] = 98;
    ASSERT_TRUE(writeJsonFile(dir / "height.json", *sidecar));
    auto r = readHeightPng(dir / "height.png");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("97x61"), std::string::npos) << r.error().message;

    (*sidecar)["width"] = 97;
    (*sidecar)["pixel_um"] = -3;
    ASSERT_TRUE(writeJsonFile(dir / "height.json", *sidecar));
    r = readHeightPng(dir / "height.png");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("pixel_um: -3 is outside"), std::string::npos)
        << r.error().message;
}

TEST(HeightMapIo, EightBitPngIsNotAHeightMap) {
    test::TempDir dir;
    Image8 rgb(8, 8, 3);
    ASSERT_TRUE(writePng(dir / "height.png", rgb));
    ASSERT_TRUE(writeJsonFile(dir / "height.json", Json{{"pixel_um", 25},
                                                        {"height_scale_um", 1},
                                                        {"height_offset_um", 0},
                                                        {"width", 8},
                                                        {"height", 8}}));
    auto r = readHeightPng(dir / "height.png");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("16-bit grey"), std::string::npos) << r.error().message;
}

TEST(HeightMapIo, NanInExrIsRejected) {
    test::TempDir dir;
    FieldF f = scarredPatch();
    f(3, 3) = std::nanf("");
    ASSERT_TRUE(writeHeightExr(dir / "nan.exr", f));
    auto r = readHeightExr(dir / "nan.exr", 25.0);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("NaN"), std::string::npos) << r.error().message;
}

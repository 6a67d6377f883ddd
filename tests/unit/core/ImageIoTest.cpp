#include "core/ImageIo.hpp"
#include "TempDir.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <string>

using namespace skinsim;

TEST(ImageIo, RgbPngRoundTripsExactly) {
    test::TempDir dir;
    Image8 img(31, 17, 3);
    for (std::size_t i = 0; i < img.pixels.size(); ++i) {
        img.pixels[i] = static_cast<std::uint8_t>(i * 37 % 251);
    }
    ASSERT_TRUE(writePng(dir / "a.png", img));
    auto back = readPng(dir / "a.png");
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->width, 31);
    EXPECT_EQ(back->height, 17);
    EXPECT_EQ(back->channels, 3);
    EXPECT_EQ(back->pixels, img.pixels);
}

TEST(ImageIo, SixteenBitGreyRoundTripsExactly) {
    test::TempDir dir;
    Image16 img;
    img.width = 300;
    img.height = 2;
    for (int i = 0; i < 600; ++i) {
        img.pixels.push_back(static_cast<std::uint16_t>(i * 109));
    }
    ASSERT_TRUE(writePng16(dir / "h.png", img));
    auto back = readPng16(dir / "h.png");
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->pixels, img.pixels);
}

TEST(ImageIo, EveryPngCarriesTheSimulatedNotice) {
    test::TempDir dir;
    ASSERT_TRUE(writePng(dir / "a.png", Image8(4, 4, 3)));
    std::ifstream in(dir / "a.png", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(bytes.find(kSimulatedNotice), std::string::npos);
}

TEST(ImageIo, AFileThatIsNotAPngIsNamedInTheError) {
    test::TempDir dir;
    std::ofstream(dir / "fake.png") << "hello, I am text";
    auto r = readPng(dir / "fake.png");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message, (dir / "fake.png").string() + ": not a PNG file");
    auto missing = readPng(dir / "missing.png");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().message, (dir / "missing.png").string() + ": no such file");
}

TEST(ImageIo, EncodedPngInMemoryIsTheFileWritePngWrites) {
    test::TempDir dir;
    Image8 img(9, 5, 3);
    for (std::size_t i = 0; i < img.pixels.size(); ++i) {
        img.pixels[i] = static_cast<std::uint8_t>(i * 13 % 256);
    }
    auto bytes = encodePng(img);
    ASSERT_TRUE(bytes) << bytes.error().message;
    ASSERT_GT(bytes->size(), 8u);
    EXPECT_EQ(bytes->substr(1, 3), "PNG");
    ASSERT_TRUE(writePng(dir / "e.png", img));
    std::ifstream file(dir / "e.png", std::ios::binary);
    const std::string written((std::istreambuf_iterator<char>(file)),
                              std::istreambuf_iterator<char>());
    EXPECT_EQ(written, *bytes);
}

TEST(ImageIo, EncodingAMalformedImageIsAnError) {
    Image8 img(4, 4, 3);
    img.pixels.pop_back();
    EXPECT_FALSE(encodePng(img));
}

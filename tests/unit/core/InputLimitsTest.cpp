// Inputs that declare more than skinsim reads are refused from their headers, before memory is
// allocated for them (issue 14), and every JSON library exception is a BadInput naming the file.

#include "PngPatch.hpp"
#include "TempDir.hpp"
#include "core/AtomicFile.hpp"
#include "core/HeightMapIo.hpp"
#include "core/ImageIo.hpp"
#include "core/Json.hpp"
#include "core/Limits.hpp"

#include <chrono>
#include <fcntl.h>
#include <future>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace skinsim;
namespace fs = std::filesystem;

TEST(InputLimits, PngDeclaringSixtyFiveThousandSquaredIsRefusedFromItsHeader) {
    test::TempDir dir;
    test::writePngDeclaring(dir / "huge.png", 65536, 65536);
    ASSERT_LT(fs::file_size(dir / "huge.png"), 1024u);
    auto r = readPng16(dir / "huge.png");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(r.error().message, (dir / "huge.png").string() +
                                     ": declares 65536 x 65536 cells; the limit is 8192 per side");
}

TEST(InputLimits, PngWithinTheSideLimitButOverTheCellCountIsRefused) {
    test::TempDir dir;
    test::writePngDeclaring(dir / "wide.png", 8000, 8000);
    auto r = readPng16(dir / "wide.png");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("declares 8000 x 8000 = 64000000 cells; the limit is "
                                     "16777216 cells"),
              std::string::npos)
        << r.error().message;
}

TEST(InputLimits, SidecarDeclaringAHugeMapIsRefusedBeforeThePngIsRead) {
    test::TempDir dir;
    test::writePngDeclaring(dir / "height.png", 16, 16);
    test::writeSidecar(dir / "height.json", "8000", "8000");
    auto r = readHeightPng(dir / "height.png");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_NE(r.error().message.find("height.json: declares 8000 x 8000"), std::string::npos)
        << r.error().message;
}

TEST(InputLimits, NumberBeyondDoubleRangeInASidecarIsBadInputNamingIt) {
    test::TempDir dir;
    test::writePngDeclaring(dir / "height.png", 16, 16);
    test::writeSidecar(dir / "height.json", "1e400", "16");
    auto r = readHeightPng(dir / "height.png");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_NE(r.error().message.find("height.json:1:"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("number overflow parsing '1e400'"), std::string::npos)
        << r.error().message;
}

TEST(InputLimits, NumberBeyondDoubleRangeIsMalformedJsonWithItsPosition) {
    auto r = parseJson("{\n  \"seed\": 1e400\n}\n", "scenario.json");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(r.error().message.starts_with(
        "scenario.json:2:11: malformed JSON: number overflow parsing '1e400'"))
        << r.error().message;
}

TEST(InputLimits, ExrDeclaringAHugeDataWindowIsRefusedBeforeItsPixelsAreRead) {
    test::TempDir dir;
    FieldF small(16, 16, 25.0);
    ASSERT_TRUE(writeHeightExr(dir / "h.exr", small));
    std::string bytes = test::readBytes(dir / "h.exr");
    // The attribute is "dataWindow\0box2i\0", its size (16), then xMin, yMin, xMax, yMax as
    // little-endian int32.
    const std::string key = std::string("dataWindow") + '\0' + "box2i" + '\0';
    const auto at = bytes.find(key);
    ASSERT_NE(at, std::string::npos);
    const std::size_t xMax = at + key.size() + 4 + 8;
    const std::int32_t huge = 99999;
    for (int i = 0; i < 4; ++i) {
        bytes[xMax + i] = static_cast<char>((huge >> (8 * i)) & 0xff);
        bytes[xMax + 4 + i] = static_cast<char>((huge >> (8 * i)) & 0xff);
    }
    test::writeBytes(dir / "h.exr", bytes);
    auto r = readHeightExr(dir / "h.exr", 25.0);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_NE(r.error().message.find("declares 100000 x 100000 cells; the limit is 8192 per side"),
              std::string::npos)
        << r.error().message;
}

TEST(InputLimits, JsonFileOverFourMebibytesIsRefusedWithTheLimit) {
    test::TempDir dir;
    {
        std::ofstream out(dir / "big.json");
        out << "{\"name\": \"" << std::string(kMaxJsonFileBytes, 'x') << "\"}";
    }
    auto r = readJsonFile(dir / "big.json");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_NE(r.error().message.find("bytes; the limit is 4194304 bytes"), std::string::npos)
        << r.error().message;
}

TEST(InputLimits, ReadingAPipeIsRefusedAtOnce) {
    test::TempDir dir;
    const fs::path fifo = dir / "scenario.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    auto reading = std::async(std::launch::async, [&] { return readFile(fifo); });
    if (reading.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
        // Unblock the reader (a writer that closes at once) so the test can end, then fail.
        const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0) {
            ::close(fd);
        }
        ADD_FAILURE() << "readFile waited on a pipe";
        return;
    }
    auto r = reading.get();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(r.error().message,
              fifo.string() +
                  ": is a pipe (FIFO), not a regular file; skinsim reads only regular files");
}

TEST(InputLimits, ReadingADeviceIsRefusedWithoutReadingIt) {
    auto r = readFile("/dev/zero");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message,
              "/dev/zero: is a device, not a regular file; skinsim reads only regular files");
}

TEST(InputLimits, MapSizeCheckNamesEachLimit) {
    EXPECT_TRUE(checkMapSize(4096, 4096, "m"));
    EXPECT_TRUE(checkMapSize(8192, 2048, "m"));
    EXPECT_FALSE(checkMapSize(8193, 16, "m"));
    EXPECT_FALSE(checkMapSize(8192, 2049, "m"));
    EXPECT_FALSE(checkMapSize(0, 16, "m"));
    EXPECT_FALSE(checkMapSize(-5, 16, "m"));
}

TEST(InputLimits, EveryTruncationAndByteFlipOfASmallExrIsAnErrorOrAMapNeverACrash) {
    // Under ASan this also checks that nothing leaks: tinyexr left the 7 x 3 x 4 = 84-byte plane
    // of a half-decoded image behind (issue 14), and a corrupt data window asked for 2^63 bytes.
    test::TempDir dir;
    FieldF small(7, 3, 25.0);
    for (std::size_t i = 0; i < small.size(); ++i) {
        small.values()[i] = static_cast<float>(i % 5);
    }
    ASSERT_TRUE(writeHeightExr(dir / "h.exr", small));
    const std::string bytes = test::readBytes(dir / "h.exr");
    int refused = 0;
    const auto check = [&](const std::string& variant) {
        test::writeBytes(dir / "c.exr", variant);
        auto r = readHeightExr(dir / "c.exr", 25.0);
        if (!r) {
            EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
            ++refused;
        } else {
            EXPECT_LE(r->size(), static_cast<std::size_t>(kMaxMapCells));
        }
    };
    for (std::size_t at = 0; at < bytes.size(); ++at) {
        for (const int flip : {0x01, 0x80, 0xff}) {
            std::string variant = bytes;
            variant[at] = static_cast<char>(variant[at] ^ flip);
            check(variant);
        }
    }
    for (std::size_t keep = 1; keep < bytes.size(); ++keep) {
        check(bytes.substr(0, keep));
    }
    EXPECT_GT(refused, static_cast<int>(bytes.size()));
}

TEST(InputLimits, ShortExrFilesLeaveNoFileOpen) {
    // tinyexr's file readers left the FILE open on a file shorter than their header: the fuzzer
    // ran out of descriptors after some 600,000 inputs (issue 14).
    test::TempDir dir;
    FieldF small(7, 3, 25.0);
    ASSERT_TRUE(writeHeightExr(dir / "h.exr", small));
    const std::string bytes = test::readBytes(dir / "h.exr");
    const auto openFiles = [] {
        return std::distance(fs::directory_iterator("/proc/self/fd"), fs::directory_iterator());
    };
    const auto before = openFiles();
    for (const std::size_t keep : {std::size_t{4}, std::size_t{7}, std::size_t{12}}) {
        test::writeBytes(dir / "cut.exr", bytes.substr(0, keep));
        for (int i = 0; i < 20; ++i) {
            EXPECT_FALSE(readHeightExr(dir / "cut.exr", 25.0));
        }
    }
    EXPECT_EQ(openFiles(), before);
}

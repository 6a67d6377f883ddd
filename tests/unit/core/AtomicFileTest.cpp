#include "TempDir.hpp"
#include "core/AtomicFile.hpp"

#include <gtest/gtest.h>

using namespace skinsim;
namespace fs = std::filesystem;

namespace {
std::size_t filesIn(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) {
        ++n;
    }
    return n;
}
} // namespace

TEST(AtomicFile, CreatesMissingFoldersAndWritesTheBytes) {
    test::TempDir dir;
    const fs::path p = dir / "a/b/c.txt";
    ASSERT_TRUE(writeFileAtomically(p, "hello"));
    auto back = readFile(p);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, "hello");
    EXPECT_EQ(filesIn(p.parent_path()), 1u) << "no temporary left behind";
}

TEST(AtomicFile, FailedWriteLeavesTheOldFileAndNoTemporary) {
    test::TempDir dir;
    const fs::path p = dir / "report.html";
    ASSERT_TRUE(writeFileAtomically(p, "old content"));
    const Status s = writeAtomically(p, [](const fs::path& tmp) -> Status {
        writeFileAtomically(tmp, "half of the new cont").ok();
        return Error::failure("simulated crash half-way");
    });
    ASSERT_FALSE(s);
    EXPECT_EQ(*readFile(p), "old content");
    EXPECT_EQ(filesIn(dir.path()), 1u);
}

TEST(AtomicFile, WriterSeesATemporaryBesideTheDestination) {
    test::TempDir dir;
    const fs::path p = dir / "x.bin";
    fs::path seen;
    ASSERT_TRUE(writeAtomically(p, [&](const fs::path& tmp) -> Status {
        seen = tmp;
        EXPECT_FALSE(fs::exists(p)) << "destination must not appear before the rename";
        return writeFileAtomically(tmp, "data");
    }));
    EXPECT_EQ(seen.parent_path(), p.parent_path());
    EXPECT_NE(seen, p);
    EXPECT_EQ(*readFile(p), "data");
}

TEST(AtomicFile, AFileInTheWayOfAFolderIsAClearFailure) {
    test::TempDir dir;
    ASSERT_TRUE(writeFileAtomically(dir / "blocker", "x"));
    const Status s = writeFileAtomically(dir / "blocker/inner.txt", "y");
    ASSERT_FALSE(s);
    EXPECT_NE(s.error().message.find("cannot create folder"), std::string::npos) << s.error().message;
}

TEST(AtomicFile, ReadingAMissingFileSaysSo) {
    test::TempDir dir;
    auto r = readFile(dir / "nope.json");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(r.error().message, (dir / "nope.json").string() + ": no such file");
}

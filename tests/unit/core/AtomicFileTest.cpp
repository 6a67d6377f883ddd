#include "core/AtomicFile.hpp"
#include "TempDir.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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
    EXPECT_NE(s.error().message.find("cannot create folder"), std::string::npos)
        << s.error().message;
}

TEST(AtomicFile, ReadingAMissingFileSaysSo) {
    test::TempDir dir;
    auto r = readFile(dir / "nope.json");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(r.error().message, (dir / "nope.json").string() + ": no such file");
}

TEST(AtomicFile, ALinkToADeviceIsRefusedAndLeftAsItIs) {
    test::TempDir dir;
    const fs::path link = dir / "out.json";
    fs::create_symlink("/dev/null", link);
    const Status s = writeFileAtomically(link, "{}");
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(s.error().message, link.string() + ": is a device, not a regular file; skinsim "
                                                 "only replaces regular files");
    EXPECT_TRUE(fs::is_symlink(link)) << "the link was replaced by a file";
    EXPECT_EQ(filesIn(dir.path()), 1u);
}

TEST(AtomicFile, APipeIsRefusedAndLeftAsItIs) {
    test::TempDir dir;
    const fs::path fifo = dir / "out.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const Status s = writeFileAtomically(fifo, "{}");
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(fs::is_fifo(fifo));
    EXPECT_EQ(filesIn(dir.path()), 1u);
}

TEST(AtomicFile, AFolderAsTheTargetIsBadInput) {
    test::TempDir dir;
    fs::create_directory(dir / "out.json");
    const Status s = writeFileAtomically(dir / "out.json", "{}");
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(s.error().message,
              (dir / "out.json").string() + ": is a folder, not a file; give a file name");
}

TEST(AtomicFile, AFailedRenameReportsTheRealReason) {
    test::TempDir dir;
    // The writer "succeeds" without creating the temporary: the rename fails with ENOENT.
    const Status s = writeAtomically(dir / "x.json", [](const fs::path&) -> Status { return {}; });
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().message,
              (dir / "x.json").string() + ": cannot replace file (No such file or directory)");
}

TEST(AtomicFile, AStaleTemporaryOfAGoneProcessIsRemovedByTheNextWrite) {
    test::TempDir dir;
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    ::waitpid(child, nullptr, 0);
    const fs::path stale = dir / (".other.json.tmp-" + std::to_string(child) + "-0");
    std::ofstream(stale) << "half";
    ASSERT_TRUE(writeFileAtomically(dir / "report.json", "{}"));
    EXPECT_FALSE(fs::exists(stale));
    EXPECT_EQ(filesIn(dir.path()), 1u);
}

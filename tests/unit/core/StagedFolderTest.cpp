// An output folder is replaced as a whole: old or new, never a mix, and nothing hidden left over
// (core/StagedFolder.hpp, issue 14).

#include "core/StagedFolder.hpp"
#include "TempDir.hpp"
#include "core/AtomicFile.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace skinsim;
namespace fs = std::filesystem;

namespace {

std::set<std::string> namesIn(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) {
        names.insert(e.path().filename().string());
    }
    return names;
}

/// The id of a process that has ended (a child that exited and was reaped).
long deadPid() {
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

} // namespace

TEST(StagedFolder, NewFolderAppearsOnlyOnCommit) {
    test::TempDir dir;
    const fs::path out = dir / "out";
    auto staged = StagedFolder::begin(out);
    ASSERT_TRUE(staged) << staged.error().message;
    ASSERT_TRUE(writeFileAtomically(staged->path() / "outcome.json", "{}"));
    EXPECT_FALSE(fs::exists(out));
    ASSERT_TRUE(staged->commit());
    EXPECT_EQ(namesIn(out), std::set<std::string>{"outcome.json"});
    EXPECT_EQ(namesIn(dir.path()), std::set<std::string>{"out"}) << "no staging folder left";
}

TEST(StagedFolder, CommitReplacesTheOldFolderSoNoStaleDayIsLeft) {
    test::TempDir dir;
    const fs::path out = dir / "out";
    ASSERT_TRUE(writeFileAtomically(out / "day-0090/height.png", "old"));
    ASSERT_TRUE(writeFileAtomically(out / "outcome.json", "old"));
    auto staged = StagedFolder::begin(out);
    ASSERT_TRUE(staged);
    ASSERT_TRUE(writeFileAtomically(staged->path() / "day-0030/height.png", "new"));
    ASSERT_TRUE(writeFileAtomically(staged->path() / "outcome.json", "new"));
    ASSERT_TRUE(staged->commit());
    EXPECT_EQ(namesIn(out), (std::set<std::string>{"day-0030", "outcome.json"}));
    EXPECT_EQ(*readFile(out / "outcome.json"), "new");
    EXPECT_EQ(namesIn(dir.path()), std::set<std::string>{"out"});
}

TEST(StagedFolder, AnAbandonedRunLeavesTheOldFolderUntouched) {
    test::TempDir dir;
    const fs::path out = dir / "out";
    ASSERT_TRUE(writeFileAtomically(out / "outcome.json", "old"));
    {
        auto staged = StagedFolder::begin(out);
        ASSERT_TRUE(staged);
        ASSERT_TRUE(writeFileAtomically(staged->path() / "outcome.json", "half"));
    } // destroyed without commit: a failed write, a full disk
    EXPECT_EQ(namesIn(out), std::set<std::string>{"outcome.json"});
    EXPECT_EQ(*readFile(out / "outcome.json"), "old");
    EXPECT_EQ(namesIn(dir.path()), std::set<std::string>{"out"});
}

TEST(StagedFolder, AFolderWithOtherFilesIsRefusedAndKept) {
    test::TempDir dir;
    const fs::path out = dir / "home";
    ASSERT_TRUE(writeFileAtomically(out / "notes.txt", "mine"));
    auto staged = StagedFolder::begin(out);
    ASSERT_FALSE(staged);
    EXPECT_EQ(staged.error().kind, Error::Kind::BadInput);
    EXPECT_NE(staged.error().message.find("holds notes.txt, which skinsim did not write"),
              std::string::npos)
        << staged.error().message;
    EXPECT_EQ(namesIn(out), std::set<std::string>{"notes.txt"});
    EXPECT_EQ(namesIn(dir.path()), std::set<std::string>{"home"});
}

TEST(StagedFolder, AFileOrAnEmptyNameIsNotAnOutputFolder) {
    test::TempDir dir;
    ASSERT_TRUE(writeFileAtomically(dir / "file", "x"));
    const Status onFile = checkOutputFolder(dir / "file");
    ASSERT_FALSE(onFile);
    EXPECT_EQ(onFile.error().kind, Error::Kind::BadInput);
    const Status empty = checkOutputFolder("");
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().message, "--out is empty; give a folder");
    EXPECT_FALSE(checkOutputFolder("/"));
}

TEST(StagedFolder, StaleTemporariesOfAKilledRunAreRemovedByTheNextOne) {
    test::TempDir dir;
    const long dead = deadPid();
    const std::string tag = std::to_string(dead);
    const fs::path staleFolder = dir / (".out.tmp-" + tag + "-0");
    const fs::path staleFile = dir / (".grade.json.tmp-" + tag + "-3");
    const fs::path live = dir / (".out.tmp-" + std::to_string(::getppid()) + "-0");
    // Made by hand: an atomic write would itself clear the first stale one away.
    fs::create_directories(staleFolder / "day-0000");
    std::ofstream(staleFolder / "day-0000/height.png") << "partial";
    std::ofstream(staleFile) << "partial";
    fs::create_directory(live); // a run still going on (its process exists) is left alone
    auto staged = StagedFolder::begin(dir / "out");
    ASSERT_TRUE(staged);
    ASSERT_TRUE(staged->commit());
    EXPECT_FALSE(fs::exists(staleFolder));
    EXPECT_FALSE(fs::exists(staleFile));
    EXPECT_TRUE(fs::exists(live));
}

TEST(StagedFolder, StaleTemporaryNamesAreRecognisedExactly) {
    const std::string dead = std::to_string(deadPid());
    EXPECT_TRUE(isStaleTemporary(".height.png.tmp-" + dead + "-12"));
    EXPECT_FALSE(isStaleTemporary(".height.png.tmp-" + std::to_string(::getpid()) + "-12"));
    EXPECT_FALSE(isStaleTemporary("height.png.tmp-" + dead + "-12")) << "not hidden";
    EXPECT_FALSE(isStaleTemporary(".height.png.tmp-" + dead)) << "no counter";
    EXPECT_FALSE(isStaleTemporary(".height.png.tmp-x" + dead + "-1"));
    EXPECT_FALSE(isStaleTemporary(".tmp-" + dead + "-1")) << "no name";
}

TEST(StagedFolder, MessagesNameTheDestinationNotTheStagingFolder) {
    test::TempDir dir;
    auto staged = StagedFolder::begin(dir / "out");
    ASSERT_TRUE(staged);
    const Error e = staged->inDestination(
        Error::failure((staged->path() / "day-0030/normal.png").string() + ": write failed"));
    EXPECT_EQ(e.message, (dir / "out/day-0030/normal.png").string() + ": write failed");
    EXPECT_EQ(e.kind, Error::Kind::Failure);
}

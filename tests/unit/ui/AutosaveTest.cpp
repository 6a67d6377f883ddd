// The studio's autosave: written atomically after a change settles, offered back when the last
// session did not close, gone after a normal close.

#include "ui/Autosave.hpp"

#include "core/AtomicFile.hpp"
#include "core/Json.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

using namespace skinsim;
using skinsim::ui::Autosave;

namespace {

class AutosaveTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("skinsim-autosave-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::filesystem::path dir_;
};

Scenario edited() {
    auto s = loadScenario("mild");
    EXPECT_TRUE(s) << s.error().message;
    s->patient.fitzpatrick = 5;
    s->name = "edited \"mild\"";
    return *s;
}

} // namespace

TEST_F(AutosaveTest, NothingIsLeftBehindWithoutAFile) {
    Autosave autosave(dir_ / "autosave.json");
    EXPECT_FALSE(autosave.leftBehind().has_value());
}

TEST_F(AutosaveTest, ASavedScenarioComesBackWhole) {
    Autosave autosave(dir_ / "deep" / "autosave.json");
    const Scenario s = edited();
    ASSERT_TRUE(autosave.save(s, "mild"));
    auto left = autosave.leftBehind();
    ASSERT_TRUE(left.has_value());
    ASSERT_TRUE(*left) << left->error().message;
    EXPECT_EQ((*left)->openedFrom, "mild");
    EXPECT_GT((*left)->savedUnixS, 1700000000);
    EXPECT_EQ(scenarioToJson((*left)->scenario), scenarioToJson(s));
    // Only the file itself is in the folder: the temporary of the atomic write is gone.
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir_ / "deep")) {
        ++files;
    }
    EXPECT_EQ(files, 1);
}

TEST_F(AutosaveTest, ANormalCloseRemovesTheFile) {
    Autosave autosave(dir_ / "autosave.json");
    ASSERT_TRUE(autosave.save(edited(), "mild"));
    autosave.discard();
    EXPECT_FALSE(std::filesystem::exists(dir_ / "autosave.json"));
    EXPECT_FALSE(autosave.leftBehind().has_value());
}

TEST_F(AutosaveTest, SavesOnceAfterTheChangeHasSettled) {
    Autosave autosave(dir_ / "autosave.json");
    const Scenario s = edited();
    const auto t0 = std::chrono::steady_clock::now();
    ASSERT_TRUE(autosave.saveIfDue(s, 2, "mild", t0));
    EXPECT_FALSE(std::filesystem::exists(autosave.file())) << "not before the delay";
    ASSERT_TRUE(autosave.saveIfDue(s, 2, "mild", t0 + Autosave::kDelay / 2));
    EXPECT_FALSE(std::filesystem::exists(autosave.file()));
    ASSERT_TRUE(autosave.saveIfDue(s, 2, "mild", t0 + Autosave::kDelay));
    ASSERT_TRUE(std::filesystem::exists(autosave.file()));
    // The same revision again writes nothing (the file's time stays).
    std::filesystem::remove(autosave.file());
    ASSERT_TRUE(autosave.saveIfDue(s, 2, "mild", t0 + 10 * Autosave::kDelay));
    EXPECT_FALSE(std::filesystem::exists(autosave.file()));
    // A new revision restarts the wait.
    ASSERT_TRUE(autosave.saveIfDue(s, 3, "mild", t0 + 10 * Autosave::kDelay));
    EXPECT_FALSE(std::filesystem::exists(autosave.file()));
    ASSERT_TRUE(autosave.saveIfDue(s, 3, "mild", t0 + 11 * Autosave::kDelay));
    EXPECT_TRUE(std::filesystem::exists(autosave.file()));
}

TEST_F(AutosaveTest, AnUnreadableAutosaveIsAnErrorNamingTheFile) {
    Autosave autosave(dir_ / "autosave.json");
    ASSERT_TRUE(ensureDirectory(dir_));
    ASSERT_TRUE(writeFileAtomically(dir_ / "autosave.json", "{\"skinsim_autosave\": 1, \"scen"));
    auto left = autosave.leftBehind();
    ASSERT_TRUE(left.has_value());
    ASSERT_FALSE(*left);
    EXPECT_NE(left->error().message.find("autosave.json"), std::string::npos)
        << left->error().message;

    Json bad = Json::object();
    bad["skinsim_autosave"] = 1;
    bad["scenario"] = scenarioToJson(edited());
    bad["scenario"]["patient"]["fitzpatrick"] = 9;
    ASSERT_TRUE(writeJsonFile(dir_ / "autosave.json", bad));
    left = autosave.leftBehind();
    ASSERT_TRUE(left.has_value());
    ASSERT_FALSE(*left);
    EXPECT_NE(left->error().message.find("patient.fitzpatrick"), std::string::npos)
        << left->error().message;
}

TEST_F(AutosaveTest, ANumberBeyondDoubleRangeOrAHugeFileIsAnErrorNotAnAbort) {
    // Issue 14: nlohmann's out_of_range on "1e400" used to escape and abort the studio at start.
    Autosave autosave(dir_ / "autosave.json");
    ASSERT_TRUE(ensureDirectory(dir_));
    ASSERT_TRUE(writeFileAtomically(dir_ / "autosave.json",
                                    "{\"skinsim_autosave\": 1, \"scenario\": {\"seed\": 1e400}}"));
    auto left = autosave.leftBehind();
    ASSERT_TRUE(left.has_value());
    ASSERT_FALSE(*left);
    EXPECT_TRUE(left->error().message.starts_with((dir_ / "autosave.json").string() +
                                                  ":1:46: malformed JSON: number overflow"))
        << left->error().message;

    ASSERT_TRUE(writeFileAtomically(dir_ / "autosave.json",
                                    "{\"name\": \"" + std::string(5u << 20, 'x') + "\"}"));
    left = autosave.leftBehind();
    ASSERT_TRUE(left.has_value());
    ASSERT_FALSE(*left);
    EXPECT_NE(left->error().message.find("the limit is 4194304 bytes"), std::string::npos)
        << left->error().message;
}

TEST_F(AutosaveTest, AnAbsurdSaveTimeIsUnknownNotUndefined) {
    // A hand-edited or corrupt save time (beyond int64, negative, fractional) still recovers the
    // scenario; the time is then unknown (0) instead of an undefined conversion.
    Autosave autosave(dir_ / "autosave.json");
    ASSERT_TRUE(ensureDirectory(dir_));
    for (const char* seconds : {"1e300", "-5", "1.7e9"}) {
        Json file;
        file["skinsim_autosave"] = 1;
        file["scenario"] = scenarioToJson(edited());
        file["saved_unix_s"] = Json::parse(seconds);
        ASSERT_TRUE(writeFileAtomically(dir_ / "autosave.json", file.dump()));
        auto left = autosave.leftBehind();
        ASSERT_TRUE(left.has_value() && *left) << seconds;
        EXPECT_EQ((*left)->scenario.patient.fitzpatrick, 5) << seconds;
        EXPECT_EQ((*left)->savedUnixS, std::string(seconds) == "1.7e9" ? 1700000000 : 0) << seconds;
    }
}

TEST_F(AutosaveTest, TheDefaultPlaceFollowsTheEnvironment) {
    ::setenv("SKINSIM_STATE_DIR", dir_.c_str(), 1);
    EXPECT_EQ(Autosave::defaultFile(), dir_ / "autosave.json");
    ::unsetenv("SKINSIM_STATE_DIR");
    ::setenv("XDG_STATE_HOME", "/xdg", 1);
    EXPECT_EQ(Autosave::defaultFile(), std::filesystem::path("/xdg/skinsim/autosave.json"));
    ::unsetenv("XDG_STATE_HOME");
}

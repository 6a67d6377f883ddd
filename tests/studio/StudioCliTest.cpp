// `skinsim view` and `skinsim demo` end to end, as a user runs them.

#include "RunSkinsim.hpp"
#include "core/ImageIo.hpp"
#include "core/Json.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace skinsim;
using skinsim::test::runSkinsim;

namespace {

const std::filesystem::path kData = SKINSIM_TEST_DATA_DIR;

/// Without a display (a developer's shell; tools/test.sh runs the suite under Xvfb), each test
/// starts its own Xvfb, from a server number of its own so parallel tests do not race for one.
std::string xvfbIfNeeded() {
    const char* display = std::getenv("DISPLAY");
    if (display != nullptr && *display != '\0') {
        return "";
    }
    return " xvfb-run -a -n " + std::to_string(200 + ::getpid() % 5000) +
           " -s '-screen 0 1600x1000x24'";
}

class StudioCli : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("skinsim-studio-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_ / "state");
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    /// The environment of a windowed run: its own autosave folder, the validation layer on, and
    /// an X display (Xvfb started for the command when none is set).
    std::string windowed(const std::string& args) const {
        std::string env =
            "SKINSIM_STATE_DIR=" + (dir_ / "state").string() + " SKINSIM_VULKAN_VALIDATION=1";
        return runSkinsim(args, env + xvfbIfNeeded()).output;
    }

    std::filesystem::path dir_;
};

/// Share of pixels in [x0, x1) x [y0, y1) for which `test` holds.
template <class F> double share(const Image8& image, int x0, int x1, int y0, int y1, F test) {
    long hits = 0, total = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const std::uint8_t* p = image.at(x, y);
            hits += test(p[0], p[1], p[2]) ? 1 : 0;
            ++total;
        }
    }
    return total > 0 ? static_cast<double>(hits) / static_cast<double>(total) : 0.0;
}

} // namespace

TEST_F(StudioCli, AScreenshotShowsThePanelsAndTheSkin) {
    const auto shot = dir_ / "studio.png";
    const auto result = runSkinsim("view " + (kData / "small.json").string() + " --screenshot " +
                                       shot.string() + " --frames 3 --width 1280 --height 800",
                                   "SKINSIM_STATE_DIR=" + (dir_ / "state").string() +
                                       " SKINSIM_VULKAN_VALIDATION=1" + xvfbIfNeeded());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(result.output.find("Validation"), std::string::npos) << result.output;
    EXPECT_EQ(result.output.find("VUID"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("Studio: "), std::string::npos) << "frame statistics printed";
    auto image = readPng(shot);
    ASSERT_TRUE(image) << image.error().message;
    EXPECT_EQ(image->width, 1280);
    EXPECT_EQ(image->height, 800);
    // Panels: ImGui's blue headers and buttons on both sides of the window.
    const auto bluish = [](int r, int, int b) { return b > r + 60 && b > 90; };
    EXPECT_GT(share(*image, 0, 300, 0, 800, bluish), 0.03) << "left panel";
    EXPECT_GT(share(*image, 1280 - 300, 1280, 0, 800, bluish), 0.03) << "right panel";
    // The 3D view between them: skin (red above blue), lit and shaded, not one flat colour.
    const int x0 = 420, x1 = 1280 - 420;
    const auto skin = [](int r, int g, int b) { return r > b + 25 && r > 60 && g > 30; };
    EXPECT_GT(share(*image, x0, x1, 100, 600, skin), 0.3) << "skin fills the view";
    const auto dark = [](int r, int g, int b) { return r + g + b < 150; };
    const auto bright = [](int r, int g, int b) { return r + g + b > 450; };
    EXPECT_GT(share(*image, x0, x1, 100, 600, dark), 0.001) << "raking light leaves shadows";
    EXPECT_GT(share(*image, x0, x1, 100, 600, bright), 0.001) << "and highlights";
    // A normal close leaves no autosave behind.
    EXPECT_FALSE(std::filesystem::exists(dir_ / "state" / "autosave.json"));
}

TEST_F(StudioCli, OpensOnTheFaceSideBySideOnADayBetweenTheCachedOnes) {
    // Day 60 is not among the cached days of this plan: it is computed on demand, and the
    // screenshot waits for it.
    const auto shot = dir_ / "face.png";
    const std::string output =
        windowed("view " + (kData / "small.json").string() + " --screenshot " + shot.string() +
                 " --frames 2 --width 1280 --height 800 --view face --compare side --day 60");
    auto image = readPng(shot);
    ASSERT_TRUE(image) << output;
    EXPECT_EQ(output.find("VUID"), std::string::npos) << output;
    // Two faces side by side in the view (x 380..880 at this size): skin in both halves.
    const auto skin = [](int r, int g, int b) { return r > b + 25 && r > 60 && g > 30; };
    EXPECT_GT(share(*image, 400, 620, 100, 600, skin), 0.3) << output;
    EXPECT_GT(share(*image, 640, 860, 100, 600, skin), 0.3) << output;
}

TEST_F(StudioCli, AnUnansweredRecoveryOfferKeepsTheAutosave) {
    // What a crashed session leaves: a readable autosave.
    const std::string autosave = R"({"skinsim_autosave": 1, "saved_unix_s": 1790000000,
        "opened_from": "mild", "scenario": {"name": "left by a crash", "seed": 3,
        "patch": {"size_mm": [8, 8]}, "scars": {"random": [{"type": "boxcar", "count": 1}]},
        "observe_days": [0, 30], "draws": 2}})";
    {
        std::FILE* f = std::fopen((dir_ / "state" / "autosave.json").c_str(), "w");
        ASSERT_NE(f, nullptr);
        std::fputs(autosave.c_str(), f);
        std::fclose(f);
    }
    const auto shot = dir_ / "offer.png";
    const std::string output =
        windowed("view " + (kData / "small.json").string() + " --screenshot " + shot.string() +
                 " --frames 2 --width 1024 --height 700");
    ASSERT_TRUE(std::filesystem::exists(shot)) << output;
    EXPECT_TRUE(std::filesystem::exists(dir_ / "state" / "autosave.json"))
        << "the studio closed without the offer answered: the autosave must stay";
}

TEST_F(StudioCli, ABrokenScenarioIsExitTwoBeforeAnyWindow) {
    const auto broken = dir_ / "broken.json";
    {
        std::FILE* f = std::fopen(broken.c_str(), "w");
        ASSERT_NE(f, nullptr);
        std::fputs(R"({"patient": {"fitzpatrick": 9}})", f);
        std::fclose(f);
    }
    // No display needed: the scenario is checked first.
    const auto result = runSkinsim("view " + broken.string(), "env -u DISPLAY -u WAYLAND_DISPLAY");
    EXPECT_EQ(result.exitCode, 2) << result.output;
    EXPECT_NE(result.output.find("broken.json"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("patient.fitzpatrick"), std::string::npos) << result.output;
    const auto png = runSkinsim("view mild --screenshot " + (dir_ / "x.jpg").string(),
                                "env -u DISPLAY -u WAYLAND_DISPLAY");
    EXPECT_EQ(png.exitCode, 2) << png.output;
}

TEST_F(StudioCli, WithoutADisplayViewSaysWhatToDoInstead) {
    const auto result = runSkinsim("view mild", "env -u DISPLAY -u WAYLAND_DISPLAY");
    EXPECT_EQ(result.exitCode, 1) << result.output;
    EXPECT_NE(result.output.find("skinsim demo"), std::string::npos) << result.output;
}

TEST_F(StudioCli, TheDemoWithoutADisplayWritesPicturesOutcomeAndReport) {
    const auto out = dir_ / "demo";
    const auto result =
        runSkinsim("demo --out " + out.string(), "env -u DISPLAY -u WAYLAND_DISPLAY");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find(out.string()), std::string::npos) << "says where the files are";
    for (const char* name :
         {"patch-split-day365.png", "face-side-day365.png", "patch-day0.png", "patch-day365.png"}) {
        auto image = readPng(out / name);
        ASSERT_TRUE(image) << name << ": " << image.error().message;
        EXPECT_EQ(image->width, 1280) << name;
        const auto skin = [](int r, int g, int b) { return r > b + 25 && r > 60 && g > 30; };
        EXPECT_GT(share(*image, 0, image->width, 0, image->height, skin), 0.1) << name;
    }
    auto outcome = readJsonFile(out / "outcome.json");
    ASSERT_TRUE(outcome) << outcome.error().message;
    const Json& all = (*outcome)["days"]["365"]["improvement"]["all"];
    const double p10 = all["p10"].get<double>(), p50 = all["p50"].get<double>(),
                 p90 = all["p90"].get<double>();
    EXPECT_LE(p10, p50);
    EXPECT_LE(p50, p90);
    EXPECT_GT(p50, 0.0);
    EXPECT_LT(p90, 0.95) << "scars improve, they are not erased";
    // The printed range is the outcome's own, in the shared words, and never says "all".
    char range[128];
    std::snprintf(range, sizeof range,
                  "typically %.0f %% of the scar volume gone; 8 in 10 "
                  "patients between %.0f %% and %.0f %%",
                  100 * p50, 100 * p10, 100 * p90);
    EXPECT_NE(result.output.find(range), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("Scars improve; they are not erased"), std::string::npos)
        << result.output;
    EXPECT_EQ(result.output.find("all of"), std::string::npos) << result.output;
    // The report: one self-contained file, stamped.
    std::FILE* f = std::fopen((out / "report.html").c_str(), "r");
    ASSERT_NE(f, nullptr);
    std::string html;
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
        html.append(buffer, n);
    }
    std::fclose(f);
    EXPECT_NE(html.find("Simulated result"), std::string::npos);
    EXPECT_NE(html.find("Scars improve; they are not erased"), std::string::npos);
    EXPECT_EQ(html.find("practically all"), std::string::npos);
    EXPECT_NE(html.find("and even then the scars"), std::string::npos);
    EXPECT_NE(html.find("data:image/png;base64,"), std::string::npos);
    EXPECT_EQ(html.find("src=\"http"), std::string::npos);
}

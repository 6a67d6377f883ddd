// The studio driven with real input events (xdotool on its own Xvfb), as the new user of issue 15
// drove it: at the 2-3 frames a second a CPU Vulkan driver gives while the simulation runs.

#include "StudioDriver.hpp"

#include <gtest/gtest.h>

using namespace skinsim;
using skinsim::test::StudioDriver;

namespace {

const std::filesystem::path kData = SKINSIM_TEST_DATA_DIR;

class StudioInput : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("skinsim-input-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override {
        if (!HasFailure()) {
            std::filesystem::remove_all(dir_);
        }
    }
    std::filesystem::path dir_;
};

// At ~2 fps (400 ms a frame) one fast click opens the View combo and a second one picks the
// face; the picture changes from skin filling the view to a head on a dark background.
TEST_F(StudioInput, TheFaceViewOpensFromTheViewComboAtTwoFramesASecond) {
    StudioDriver studio(dir_, {(kData / "small.json").string(), "--width", "1280", "--height",
                               "800", "--frame-delay-ms", "400"});
    ASSERT_TRUE(studio.waitFor([](const Json& s) {
        return s.value("shown_day", -1) == 0 && s.value("stage", "") != "generating the skin";
    })) << studio.log();
    auto patch = studio.screenshot("patch");
    ASSERT_TRUE(patch) << studio.log();
    ASSERT_TRUE(studio.click("View##picture")) << studio.log();
    ASSERT_TRUE(studio.item("View##picture/face")) << "the combo opened";
    ASSERT_TRUE(studio.click("View##picture/face"));
    // The head and the skin around the patch are made on other threads; the patch stays on
    // screen until they land.
    ASSERT_TRUE(studio.waitFor(
        [](const Json& s) {
            return s.value("view", "") == "face" && s.value("face_ready", false) &&
                   s.value("surround_ready", false);
        },
        30))
        << studio.state().dump(1);
    auto face = studio.screenshot("face");
    ASSERT_TRUE(face);
    const Json rect = studio.state()["view_rect"];
    long changed = 0, skin = 0, total = 0;
    for (int y = rect[1].get<int>(); y < rect[3].get<int>(); y += 2) {
        for (int x = rect[0].get<int>(); x < rect[2].get<int>(); x += 2) {
            const std::uint8_t* a = patch->at(x, y);
            const std::uint8_t* b = face->at(x, y);
            changed += std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]) > 60;
            skin += b[0] > b[2] + 25 && b[0] > 60;
            ++total;
        }
    }
    EXPECT_GT(static_cast<double>(changed) / total, 0.3) << "the picture changed";
    EXPECT_GT(static_cast<double>(skin) / total, 0.2) << "and shows skin (the head)";
    EXPECT_EQ(studio.quit(), 0) << studio.log();
    EXPECT_EQ(studio.log().find("VUID"), std::string::npos) << studio.log();
}

// Two edits by clicking the Fitzpatrick slider; Ctrl+Z held for 1.5 s undoes one step, a tap
// faster than a frame undoes the next, Ctrl+Y tapped redoes one.
TEST_F(StudioInput, UndoIsOneStepPerPressHeldOrTappedAtTwoFramesASecond) {
    StudioDriver studio(dir_, {(kData / "small.json").string(), "--width", "1280", "--height",
                               "800", "--frame-delay-ms", "400"});
    ASSERT_TRUE(studio.item("fitzpatrick")) << studio.log();
    const int original = studio.state().value("fitzpatrick", 0);
    ASSERT_NE(original, 6);
    ASSERT_NE(original, 1);
    const auto fitzpatrick = [](int v) {
        return [v](const Json& s) { return s.value("fitzpatrick", 0) == v; };
    };
    studio.click("fitzpatrick", 0.97f);
    ASSERT_TRUE(studio.waitFor(fitzpatrick(6), 30)) << studio.state().dump(1);
    studio.click("fitzpatrick", 0.03f);
    ASSERT_TRUE(studio.waitFor(fitzpatrick(1), 30)) << studio.state().dump(1);
    EXPECT_EQ(studio.state().value("undo", ""), "Fitzpatrick type");

    studio.hold("ctrl+z", 1.5);
    ASSERT_TRUE(studio.waitFor(fitzpatrick(6), 30)) << studio.state().dump(1);
    std::this_thread::sleep_for(std::chrono::seconds(2));
    EXPECT_EQ(studio.state().value("fitzpatrick", 0), 6) << "a held key undid one step only";

    studio.tap("ctrl+z");
    EXPECT_TRUE(studio.waitFor(fitzpatrick(original), 30)) << "a fast tap was not lost";
    studio.tap("ctrl+y");
    EXPECT_TRUE(studio.waitFor(fitzpatrick(6), 30)) << studio.state().dump(1);
    EXPECT_EQ(studio.quit(), 0) << studio.log();
}

// The skin around the patch on the face follows the patient: after a Fitzpatrick edit it is made
// again on another thread, the window drawing frames meanwhile (the old tile on screen), and the
// new one replaces it when it lands.
TEST_F(StudioInput, APatientEditMakesTheFacesSurroundAgainWhileFramesGoOn) {
    StudioDriver studio(dir_, {(kData / "small.json").string(), "--width", "1280", "--height",
                               "800", "--view", "face", "--frame-delay-ms", "400"});
    const auto surroundReady = [](const Json& s) { return s.value("surround_ready", false); };
    ASSERT_TRUE(studio.waitFor(surroundReady, 60)) << studio.log();
    const std::string first = studio.state().value("surround_key", "");
    ASSERT_EQ(first.rfind("3/", 0), 0u) << first; // small.json's patient: Fitzpatrick III
    ASSERT_TRUE(studio.item("fitzpatrick")) << studio.log();
    studio.click("fitzpatrick", 0.97f);
    int pendingFrame = 0; // a frame drawn while the new tile was being made
    ASSERT_TRUE(studio.waitFor(
        [&](const Json& s) {
            pendingFrame = s.value("frame", 0);
            return s.value("fitzpatrick", 0) == 6 && !s.value("surround_ready", true);
        },
        30))
        << studio.state().dump(1);
    ASSERT_TRUE(studio.waitFor(
        [&](const Json& s) {
            return s.value("surround_ready", false) && s.value("surround_key", "") != first;
        },
        60))
        << studio.state().dump(1);
    EXPECT_EQ(studio.state().value("surround_key", "").rfind("6/", 0), 0u);
    EXPECT_GT(studio.state().value("frame", 0), pendingFrame);
    EXPECT_EQ(studio.quit(), 0) << studio.log();
    EXPECT_EQ(studio.log().find("VUID"), std::string::npos) << studio.log();
}

// A session edit re-simulates without generating the skin again; meanwhile the previous plan's
// band stays on the plot (greyed) and its picture of the day shown stays in the view, labelled;
// then the edited plan's band and picture replace them.
TEST_F(StudioInput, ASessionEditKeepsThePreviousPlanGreyedUntilTheNewOneLands) {
    StudioDriver studio(dir_, {(kData / "small.json").string(), "--width", "1280", "--height",
                               "800", "--day", "90"});
    ASSERT_TRUE(studio.waitUntilDone()) << studio.log();
    ASSERT_TRUE(studio.waitFor([](const Json& s) { return s.value("day_exact", false); }, 60));
    const Json before = studio.state();
    EXPECT_EQ(before.value("skin_generations", 0), 1);
    EXPECT_EQ(before.value("band", ""), "current");
    ASSERT_TRUE(studio.click("session 0")) << "open the first session";
    ASSERT_TRUE(studio.item("session 0/pulse_energy_mj")) << studio.state().dump(1);
    studio.click("session 0/pulse_energy_mj", 0.9f);
    ASSERT_TRUE(studio.waitFor(
        [&](const Json& s) {
            return s.value("simulation_revision", 0) > before.value("simulation_revision", 0) &&
                   s.value("snapshot_revision", 0) == s.value("simulation_revision", -1);
        },
        30))
        << studio.log();
    // Straight after the edit: the old band greyed, the old picture of day 90 still shown.
    const Json during = studio.state();
    EXPECT_EQ(during.value("band", ""), "previous") << during.dump(1);
    EXPECT_EQ(during.value("picture_revision", 0), before.value("picture_revision", -1));
    EXPECT_EQ(during.value("shown_day", 0), 90) << "not day 0 of the new plan";
    auto greyed = studio.screenshot("greyed");
    ASSERT_TRUE(greyed);
    ASSERT_TRUE(studio.waitUntilDone()) << studio.log();
    ASSERT_TRUE(studio.waitFor([](const Json& s) { return s.value("day_exact", false); }, 60));
    const Json after = studio.state();
    EXPECT_EQ(after.value("band", ""), "current");
    EXPECT_EQ(after.value("picture_revision", 0), after.value("simulation_revision", -1));
    EXPECT_EQ(after.value("skin_generations", 0), 1) << "a plan edit never regenerates the skin";
    EXPECT_TRUE(after.value("skin_reused", false));
    auto updated = studio.screenshot("updated");
    ASSERT_TRUE(updated);
    // The greyed picture has less colour over the 3D view (skin's red over blue) than the
    // updated one.
    const Json rect = after["view_rect"];
    double greyedColour = 0, updatedColour = 0;
    for (int y = rect[1].get<int>() + 60; y < rect[3].get<int>(); y += 3) {
        for (int x = rect[0].get<int>(); x < rect[2].get<int>(); x += 3) {
            greyedColour += greyed->at(x, y)[0] - greyed->at(x, y)[2];
            updatedColour += updated->at(x, y)[0] - updated->at(x, y)[2];
        }
    }
    EXPECT_LT(greyedColour, 0.8 * updatedColour);
    EXPECT_EQ(studio.quit(), 0) << studio.log();
}

// The timeline runs a year past the last session; the band covers all of it, and a day past
// the last observed one (180 here) is simulated, not the last value repeated.
TEST_F(StudioInput, ScrubbingPastTheLastObservedDayShowsSimulatedDays) {
    StudioDriver studio(dir_,
                        {(kData / "small.json").string(), "--width", "1280", "--height", "800"});
    ASSERT_TRUE(studio.waitUntilDone()) << studio.log();
    const Json s0 = studio.state();
    const int end = s0.value("timeline_end", 0);
    EXPECT_GT(end, 365);
    EXPECT_EQ(s0.value("band_last_day", 0), end) << "the band reaches the timeline's end";
    studio.click("timeline", 0.995f);
    ASSERT_TRUE(studio.waitFor(
        [&](const Json& s) {
            return s.value("day", 0) > 365 && s.value("day_exact", false) &&
                   s.value("shown_day", 0) == s.value("day", -1);
        },
        90))
        << studio.state().dump(1);
    EXPECT_EQ(studio.quit(), 0) << studio.log();
}

/// The grid point of the patch farthest from every scar (mm x, mm y, pixel x, pixel y).
std::array<double, 4> freeSpot(const Json& state) {
    std::array<double, 4> best{};
    double bestGap = -1;
    for (const Json& g : state["grid"]) {
        double gap = 1e9;
        for (const Json& s : state["scars"]) {
            gap = std::min(gap, std::hypot(g[0].get<double>() - s[0].get<double>(),
                                           g[1].get<double>() - s[1].get<double>()) -
                                    0.5 * s[2].get<double>());
        }
        if (gap > bestGap) {
            bestGap = gap;
            best = {g[0].get<double>(), g[1].get<double>(), g[2].get<double>(), g[3].get<double>()};
        }
    }
    return best;
}

// The brush, as the new user used it: freeze the generated scars, place one on free skin, drag
// it somewhere else, delete it; each step one undo.
TEST_F(StudioInput, TheBrushPlacesMovesAndDeletesAScar) {
    StudioDriver studio(dir_,
                        {(kData / "small.json").string(), "--width", "1280", "--height", "800"});
    ASSERT_TRUE(studio.waitUntilDone()) << studio.log();
    ASSERT_TRUE(studio.click("freeze"));
    ASSERT_TRUE(studio.waitFor([](const Json& s) { return s.value("placed_scars", 0) > 0; }, 30));
    const int frozen = studio.state().value("placed_scars", 0);
    ASSERT_TRUE(studio.waitUntilDone()) << studio.log();
    ASSERT_TRUE(studio.click("brush/place"));
    ASSERT_TRUE(studio.waitFor(
        [](const Json& s) { return s.value("tool", 0) == 1 && !s["grid"].empty(); }, 30));
    const auto spot = freeSpot(studio.state());
    studio.clickAt(static_cast<float>(spot[2]), static_cast<float>(spot[3]));
    ASSERT_TRUE(
        studio.waitFor([&](const Json& s) { return s.value("placed_scars", 0) == frozen + 1; }, 30))
        << studio.state().dump(1);
    const Json placed = studio.state()["scars"].back();
    EXPECT_NEAR(placed[0].get<double>(), spot[0], 0.5) << "placed where clicked";
    EXPECT_NEAR(placed[1].get<double>(), spot[1], 0.5);
    EXPECT_EQ(studio.state().value("undo", ""), "place a scar");

    // Move: drag the new scar to the freest spot left. (The panel's scar counts change when the
    // edit's skin arrives, which can move the buttons: wait for it first.)
    ASSERT_TRUE(studio.waitUntilDone()) << studio.log();
    ASSERT_TRUE(studio.click("brush/move"));
    ASSERT_TRUE(studio.waitFor([](const Json& s) { return s.value("tool", 0) == 2; }, 30));
    const auto target = freeSpot(studio.state());
    studio.dragFromTo(placed[3].get<float>(), placed[4].get<float>(), static_cast<float>(target[2]),
                      static_cast<float>(target[3]));
    ASSERT_TRUE(studio.waitFor(
        [&](const Json& s) {
            const Json& last = s["scars"].back();
            return std::hypot(last[0].get<double>() - target[0],
                              last[1].get<double>() - target[1]) < 1.0;
        },
        30))
        << studio.state().dump(1);
    // The drag is one step, recorded when the button is let go.
    EXPECT_TRUE(
        studio.waitFor([](const Json& s) { return s.value("undo", "") == "move a scar"; }, 30));

    // Delete it.
    ASSERT_TRUE(studio.waitUntilDone()) << studio.log();
    ASSERT_TRUE(studio.click("brush/delete"));
    ASSERT_TRUE(studio.waitFor([](const Json& s) { return s.value("tool", 0) == 3; }, 30));
    const Json moved = studio.state()["scars"].back();
    studio.clickAt(moved[3].get<float>(), moved[4].get<float>());
    ASSERT_TRUE(
        studio.waitFor([&](const Json& s) { return s.value("placed_scars", 0) == frozen; }, 30))
        << studio.state().dump(1);
    EXPECT_TRUE(
        studio.waitFor([](const Json& s) { return s.value("undo", "") == "delete a scar"; }, 30));
    // One press, one step back: the scar returns where it was moved to.
    studio.tap("ctrl+z");
    ASSERT_TRUE(studio.waitFor(
        [&](const Json& s) { return s.value("placed_scars", 0) == frozen + 1; }, 30));
    EXPECT_EQ(studio.quit(), 0) << studio.log();
}

// P shows the pictures large for the patient: no editing panels, before and after, the strip
// with the day and the range; the arrows step through the observed days; Esc goes back.
TEST_F(StudioInput, PresentationModeShowsBeforeAndAfterLargeAndStepsThroughTheObservedDays) {
    StudioDriver studio(dir_,
                        {(kData / "small.json").string(), "--width", "1280", "--height", "800"});
    ASSERT_TRUE(studio.waitUntilDone()) << studio.log();
    ASSERT_TRUE(studio.item("fitzpatrick"));
    studio.clickAt(640, 300); // focus the window (a click in the 3D view changes nothing)
    studio.tap("p");
    ASSERT_TRUE(studio.waitFor([](const Json& s) { return s.value("presenting", false); }, 30))
        << studio.state().dump(1);
    ASSERT_TRUE(studio.item("presentation"));
    const Json on = studio.state();
    EXPECT_EQ(on["view_rect"][0].get<int>(), 0);
    EXPECT_EQ(on["view_rect"][2].get<int>(), 1280) << "the pictures take the whole width";
    EXPECT_FALSE(on["items"].contains("fitzpatrick")) << "no editing panels";
    studio.tap("Right");
    ASSERT_TRUE(studio.waitFor([](const Json& s) { return s.value("day", 0) == 90; }, 30))
        << studio.state().dump(1);
    studio.tap("Right");
    ASSERT_TRUE(studio.waitFor([](const Json& s) { return s.value("day", 0) == 180; }, 30));
    studio.tap("Left");
    ASSERT_TRUE(studio.waitFor([](const Json& s) { return s.value("day", 0) == 90; }, 30));
    ASSERT_TRUE(studio.waitFor([](const Json& s) { return s.value("day_exact", false); }, 60));
    auto shot = studio.screenshot("presenting");
    ASSERT_TRUE(shot);
    // Before and after side by side: skin in both halves of the picture.
    const auto skinShare = [&](int x0, int x1) {
        long skin = 0, total = 0;
        for (int y = 100; y < 600; y += 4) {
            for (int x = x0; x < x1; x += 4) {
                const std::uint8_t* p = shot->at(x, y);
                skin += p[0] > p[2] + 25 && p[0] > 60;
                ++total;
            }
        }
        return static_cast<double>(skin) / static_cast<double>(total);
    };
    EXPECT_GT(skinShare(0, 640), 0.3);
    EXPECT_GT(skinShare(640, 1280), 0.3);
    studio.tap("Escape");
    ASSERT_TRUE(studio.waitFor([](const Json& s) { return !s.value("presenting", true); }, 30));
    EXPECT_TRUE(studio.item("fitzpatrick")) << "the panels are back";
    EXPECT_EQ(studio.quit(), 0) << studio.log();
}

// The window from 1000x700 to 2560x1440: the panels, the timeline and the 3D view all fit, and
// the view keeps at least 400 px of width.
TEST_F(StudioInput, TheLayoutWorksFromASmallLaptopToA1440pScreen) {
    for (const auto& [w, h] : {std::pair{1000, 700}, std::pair{1600, 900}, std::pair{2560, 1440}}) {
        SCOPED_TRACE(std::to_string(w) + "x" + std::to_string(h));
        const auto sub = dir_ / (std::to_string(w) + "x" + std::to_string(h));
        StudioDriver studio(sub,
                            {(kData / "small.json").string(), "--width", std::to_string(w),
                             "--height", std::to_string(h)},
                            2560, 1440);
        ASSERT_TRUE(studio.item("timeline")) << studio.log();
        ASSERT_TRUE(studio.item("View##picture"));
        ASSERT_TRUE(studio.item("fitzpatrick"));
        const Json s = studio.state();
        const Json view = s["view_rect"];
        EXPECT_GE(view[2].get<int>() - view[0].get<int>(), 400);
        EXPECT_GE(view[3].get<int>() - view[1].get<int>(), 400);
        for (const char* name : {"timeline", "View##picture", "fitzpatrick", "undo"}) {
            const Json r = s["items"][name];
            EXPECT_GE(r[0].get<float>(), 0.0f) << name;
            EXPECT_LE(r[2].get<float>(), static_cast<float>(w)) << name;
            EXPECT_LE(r[3].get<float>(), static_cast<float>(h)) << name;
            const bool overlapsView = r[0].get<float>() < view[2].get<float>() &&
                                      r[2].get<float>() > view[0].get<float>() &&
                                      r[1].get<float>() < view[3].get<float>() &&
                                      r[3].get<float>() > view[1].get<float>();
            EXPECT_FALSE(overlapsView) << name << " lies over the 3D view";
        }
        auto shot = studio.screenshot("layout");
        ASSERT_TRUE(shot);
        EXPECT_EQ(shot->width, w);
        EXPECT_EQ(shot->height, h);
        EXPECT_EQ(studio.quit(), 0) << studio.log();
    }
}

// The export's message names the file in full and appears beside the button that made it.
TEST_F(StudioInput, AnExportSaysWhereItWroteBesideTheButton) {
    StudioDriver studio(dir_,
                        {(kData / "small.json").string(), "--width", "1280", "--height", "800"},
                        1920, 1200, {"HOME=" + dir_.string()});
    ASSERT_TRUE(studio.waitUntilDone()) << studio.log();
    // The Export section is at the foot of the right panel: scroll down to it, open it and
    // scroll again, as a user does.
    studio.scrollAt(1100, 500, 15);
    ASSERT_TRUE(studio.click("export"));
    std::this_thread::sleep_for(std::chrono::seconds(1));
    studio.scrollAt(1100, 500, 15);
    const auto button = studio.item("export/picture");
    ASSERT_TRUE(button) << studio.state().dump(1);
    ASSERT_TRUE(studio.click("export/picture"));
    ASSERT_TRUE(studio.waitFor(
        [](const Json& s) { return s.value("status", "").rfind("Wrote ", 0) == 0; }, 60))
        << studio.state().dump(1);
    const std::string status = studio.state().value("status", "");
    const std::filesystem::path written = status.substr(6);
    EXPECT_TRUE(written.is_absolute()) << status;
    EXPECT_EQ(written.parent_path(), dir_ / "skinsim-export");
    EXPECT_TRUE(std::filesystem::exists(written)) << status;
    // The picture carries its caption (day, plan, range) and a scale bar bottom left, in the
    // overlay's white: the same corner of a picture without them holds none.
    auto picture = readPng(written);
    ASSERT_TRUE(picture) << picture.error().message;
    long white = 0;
    for (int y = picture->height * 3 / 4; y < picture->height; ++y) {
        for (int x = 0; x < picture->width / 3; ++x) {
            const std::uint8_t* p = picture->at(x, y);
            white += p[0] > 240 && p[1] > 240 && p[2] > 240;
        }
    }
    EXPECT_GT(white, 400) << "caption and scale bar drawn";
    const auto message = studio.item("status");
    ASSERT_TRUE(message);
    EXPECT_LT(std::abs((*message)[1] - (*button)[3]), 60.0f) << "just under the button";
    EXPECT_LT(std::abs((*message)[0] - (*button)[0]), 60.0f);
    EXPECT_EQ(studio.quit(), 0) << studio.log();
}

} // namespace

#include "ui/InputQueue.hpp"

#include <gtest/gtest.h>

namespace skinsim::ui {
namespace {

InputEvent move(double t, float x, float y) {
    return {.kind = InputEvent::Kind::Move, .seconds = t, .x = x, .y = y};
}
InputEvent button(double t, int b, bool down) {
    return {.kind = InputEvent::Kind::Button, .seconds = t, .code = b, .down = down};
}
InputEvent key(double t, int k, bool down) {
    return {.kind = InputEvent::Kind::Key, .seconds = t, .code = k, .down = down};
}

constexpr int kCtrl = 341, kZ = 90; // GLFW's key codes

TEST(InputQueue, AClickFasterThanAFrameIsDownForOneFrameThenUp) {
    InputQueue q;
    q.push(move(0.00, 100, 50));
    q.push(button(0.01, 0, true));
    q.push(button(0.05, 0, false));
    const InputFrame first = q.nextFrame();
    EXPECT_TRUE(first.mouseDown[0]);
    EXPECT_FLOAT_EQ(first.mouseX, 100);
    EXPECT_TRUE(q.pending());
    const InputFrame second = q.nextFrame();
    EXPECT_FALSE(second.mouseDown[0]);
    EXPECT_FALSE(q.pending());
}

TEST(InputQueue, TheClickIsWhereItWasMadeNotWhereTheMouseWentNext) {
    InputQueue q;
    q.push(move(0.00, 10, 10));
    q.push(button(0.01, 0, true));
    q.push(move(0.02, 200, 200));
    q.push(button(0.03, 0, false));
    const InputFrame first = q.nextFrame();
    EXPECT_TRUE(first.mouseDown[0]);
    EXPECT_FLOAT_EQ(first.mouseX, 10);
    const InputFrame second = q.nextFrame();
    EXPECT_FLOAT_EQ(second.mouseX, 200);
    EXPECT_FALSE(second.mouseDown[0]);
}

TEST(InputQueue, AShortcutTappedWithinOneFrameIsSeenPressedWithItsModifier) {
    InputQueue q;
    q.push(key(0.00, kCtrl, true));
    q.push(key(0.01, kZ, true));
    q.push(key(0.02, kZ, false));
    q.push(key(0.03, kCtrl, false));
    const InputFrame first = q.nextFrame();
    EXPECT_TRUE(first.keysDown[kCtrl]);
    EXPECT_TRUE(first.keysDown[kZ]);
    const InputFrame second = q.nextFrame();
    EXPECT_FALSE(second.keysDown[kZ]);
    EXPECT_FALSE(second.keysDown[kCtrl]);
    EXPECT_FALSE(q.pending());
}

TEST(InputQueue, AKeyRemembersTheModifiersHeldWhenItWasPressed) {
    // X handed over Ctrl's release before Z's press (an input method held Z back); Z's event
    // still says Ctrl was down.
    InputQueue q;
    q.push(key(0.00, kCtrl, true));
    q.push(key(0.01, kCtrl, false));
    InputEvent z = key(0.02, kZ, true);
    z.modifiers = InputFrame::kCtrl;
    q.push(z);
    q.push(key(0.03, kZ, false));
    const InputFrame first = q.nextFrame();
    EXPECT_TRUE(first.keysDown[kCtrl]);
    EXPECT_EQ(first.pressModifiers, 0) << "Ctrl's own press had nothing held";
    const InputFrame second = q.nextFrame();
    EXPECT_FALSE(second.keysDown[kCtrl]);
    EXPECT_TRUE(second.keysDown[kZ]);
    EXPECT_EQ(second.pressModifiers, InputFrame::kCtrl);
    EXPECT_EQ(q.nextFrame().pressModifiers, -1) << "no key went down";
}

TEST(InputQueue, TwoTapsOfOneKeyAreTwoPressesInFourFrames) {
    InputQueue q;
    for (int i = 0; i < 2; ++i) {
        q.push(key(0.1 * i, kZ, true));
        q.push(key(0.1 * i + 0.02, kZ, false));
    }
    int presses = 0;
    bool wasDown = false;
    for (int frame = 0; frame < 6; ++frame) {
        const bool down = q.nextFrame().keysDown[kZ];
        presses += down && !wasDown ? 1 : 0;
        wasDown = down;
    }
    EXPECT_EQ(presses, 2);
}

TEST(InputQueue, ADoubleClickIsRecognisedByItsEventTimesAtAnyFrameRate) {
    InputQueue q;
    q.push(move(0.0, 300, 300));
    for (int i = 0; i < 2; ++i) {
        q.push(button(0.12 * i, 0, true));
        q.push(button(0.12 * i + 0.05, 0, false));
    }
    int doubles = 0, frames = 0;
    while (q.pending()) {
        doubles += q.nextFrame().doubleClicked[0] ? 1 : 0;
        ++frames;
    }
    EXPECT_EQ(doubles, 1);
    EXPECT_EQ(frames, 4); // press, release, press (the double-click), release
}

TEST(InputQueue, ClicksFurtherApartInTimeOrPlaceAreNotADoubleClick) {
    InputQueue q;
    q.push(move(0.0, 300, 300));
    q.push(button(0.0, 0, true));
    q.push(button(0.05, 0, false));
    q.push(button(0.5, 0, true)); // too late
    q.push(button(0.55, 0, false));
    q.push(move(0.6, 340, 300)); // too far
    q.push(button(0.65, 0, true));
    q.push(button(0.7, 0, false));
    int doubles = 0;
    while (q.pending()) {
        doubles += q.nextFrame().doubleClicked[0] ? 1 : 0;
    }
    EXPECT_EQ(doubles, 0);
}

TEST(InputQueue, TypedTextAndScrollingArriveWhole) {
    InputQueue q;
    for (const char c : std::string("mild")) {
        q.push({.kind = InputEvent::Kind::Char, .character = static_cast<unsigned>(c)});
    }
    q.push({.kind = InputEvent::Kind::Wheel, .x = 0, .y = 1});
    q.push({.kind = InputEvent::Kind::Wheel, .x = 0, .y = 2});
    const InputFrame f = q.nextFrame();
    EXPECT_EQ(f.characters.size(), 4u);
    EXPECT_FLOAT_EQ(f.wheelY, 3);
    const InputFrame next = q.nextFrame();
    EXPECT_TRUE(next.characters.empty());
    EXPECT_FLOAT_EQ(next.wheelY, 0);
}

TEST(InputQueue, LeavingTheWindowForgetsTheMouse) {
    InputQueue q;
    q.push(move(0, 5, 5));
    q.push({.kind = InputEvent::Kind::Leave});
    EXPECT_EQ(q.nextFrame().mouseX, InputFrame::kNoMouse);
}

} // namespace
} // namespace skinsim::ui

#pragma once
// The studio's input, one change per button or key per frame. ImGui 1.86 reads the state of the
// mouse and the keyboard once a frame, so at the frame rates a CPU Vulkan driver gives while the
// simulation runs (2-6 fps) a key tapped faster than a frame was never seen down, and a fast
// double-click was one click. Window events are queued here as they arrive and handed over a
// frame at a time: events are applied in order until one would change a button or key that has
// already changed in this frame (or move the mouse after a button changed); the rest wait for the
// next frame. A press and its release always land in different frames; nothing is dropped.
//
// Double-clicks are recognised from the events' own times, not from frame times (which at 2 fps
// are further apart than any double-click). No GLFW or ImGui here: ImGuiLayer feeds and reads it.

#include <array>
#include <bitset>
#include <deque>
#include <limits>
#include <vector>

namespace skinsim::ui {

struct InputEvent {
    enum class Kind { Move, Button, Key, Wheel, Char, Leave };
    Kind kind = Kind::Move;
    double seconds = 0; ///< when it happened (any steady clock)
    float x = 0, y = 0; ///< Move: the cursor; Wheel: the offsets
    int code = 0;       ///< Button: 0..4; Key: the key code (0..kKeys-1)
    bool down = false;  ///< Button, Key: pressed (true) or released
    int modifiers = 0;  ///< Key: the modifier keys held when it happened (InputFrame::kShift...)
    unsigned int character = 0;
};

/// The input state for one frame.
struct InputFrame {
    static constexpr int kButtons = 5;
    static constexpr int kKeys = 512;
    static constexpr float kNoMouse = -std::numeric_limits<float>::max();
    float mouseX = kNoMouse, mouseY = kNoMouse;
    std::array<bool, kButtons> mouseDown{};
    /// A press this frame that completes a double-click (same button, within kDoubleClick of the
    /// last press and kDoubleClickPixels of where it was).
    std::array<bool, kButtons> doubleClicked{};
    std::bitset<kKeys> keysDown;
    /// The modifiers held when this frame's key press happened, as the event itself recorded
    /// them; -1 when no key went down this frame. X can hand a key's events over after those of
    /// a modifier released later (an input method holds them back), so a shortcut is read from
    /// this, not from the modifier keys' own events.
    static constexpr int kShift = 1, kCtrl = 2, kAlt = 4, kSuper = 8;
    int pressModifiers = -1;
    float wheelX = 0, wheelY = 0; ///< this frame's scrolling
    std::vector<unsigned int> characters;
};

class InputQueue {
  public:
    /// The longest time between the presses of a double-click, and how far apart they may be
    /// (the usual desktop defaults; ImGui's are 0.30 s and 6 px).
    static constexpr double kDoubleClickSeconds = 0.30;
    static constexpr float kDoubleClickPixels = 6.0f;

    void push(const InputEvent& event) { events_.push_back(event); }
    /// Applies this frame's share of the queued events and returns the state to show.
    const InputFrame& nextFrame();
    /// Events still waiting for a frame (the window should not sleep while there are any).
    bool pending() const { return !events_.empty(); }

  private:
    std::deque<InputEvent> events_;
    InputFrame state_;
    std::array<double, InputFrame::kButtons> lastPress_{-1e9, -1e9, -1e9, -1e9, -1e9};
    std::array<std::array<float, 2>, InputFrame::kButtons> lastPressAt_{};
};

} // namespace skinsim::ui

#include "ui/InputQueue.hpp"

#include <cmath>

namespace skinsim::ui {

const InputFrame& InputQueue::nextFrame() {
    state_.wheelX = state_.wheelY = 0;
    state_.characters.clear();
    state_.doubleClicked.fill(false);
    state_.pressModifiers = -1;
    std::bitset<InputFrame::kButtons> buttonChanged;
    std::bitset<InputFrame::kKeys> keyChanged;
    bool wheeled = false, typed = false;
    while (!events_.empty()) {
        const InputEvent& e = events_.front();
        switch (e.kind) {
        case InputEvent::Kind::Move:
        case InputEvent::Kind::Leave:
            // A click lands where it was made: moves after it wait for the next frame.
            if (buttonChanged.any() || keyChanged.any() || typed) {
                return state_;
            }
            if (e.kind == InputEvent::Kind::Leave) {
                state_.mouseX = state_.mouseY = InputFrame::kNoMouse;
            } else {
                state_.mouseX = e.x;
                state_.mouseY = e.y;
            }
            break;
        case InputEvent::Kind::Button: {
            if (e.code < 0 || e.code >= InputFrame::kButtons) {
                break;
            }
            const auto b = static_cast<std::size_t>(e.code);
            if (buttonChanged[b] || wheeled) {
                return state_;
            }
            if (state_.mouseDown[b] != e.down) {
                buttonChanged[b] = true;
                state_.mouseDown[b] = e.down;
            }
            if (e.down) {
                const float dx = state_.mouseX - lastPressAt_[b][0];
                const float dy = state_.mouseY - lastPressAt_[b][1];
                if (e.seconds - lastPress_[b] <= kDoubleClickSeconds &&
                    std::hypot(dx, dy) <= kDoubleClickPixels) {
                    state_.doubleClicked[b] = true;
                    lastPress_[b] = -1e9; // a third press starts a new pair
                } else {
                    lastPress_[b] = e.seconds;
                }
                lastPressAt_[b] = {state_.mouseX, state_.mouseY};
            }
            break;
        }
        case InputEvent::Kind::Key: {
            if (e.code < 0 || e.code >= InputFrame::kKeys) {
                break;
            }
            const auto k = static_cast<std::size_t>(e.code);
            if (keyChanged[k] || buttonChanged.any()) {
                return state_;
            }
            if (state_.keysDown[k] != e.down) {
                keyChanged[k] = true;
                state_.keysDown[k] = e.down;
                if (e.down) {
                    state_.pressModifiers = e.modifiers;
                }
            }
            break;
        }
        case InputEvent::Kind::Wheel:
            if (buttonChanged.any()) {
                return state_;
            }
            state_.wheelX += e.x;
            state_.wheelY += e.y;
            wheeled = true;
            break;
        case InputEvent::Kind::Char:
            if (buttonChanged.any()) {
                return state_;
            }
            state_.characters.push_back(e.character);
            typed = true;
            break;
        }
        events_.pop_front();
    }
    return state_;
}

} // namespace skinsim::ui

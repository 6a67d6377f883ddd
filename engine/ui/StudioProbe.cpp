#include "ui/StudioProbe.hpp"

#include "core/AtomicFile.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <fstream>
#include <sstream>

namespace skinsim::ui {

namespace {
StudioProbe* g_current = nullptr; // set by the studio that owns the probe, for the panels
} // namespace

StudioProbe::StudioProbe(std::filesystem::path dir) : dir_(std::move(dir)) {}

StudioProbe* StudioProbe::current() {
    return g_current;
}

void StudioProbe::setCurrent(StudioProbe* probe) {
    g_current = probe;
}

void StudioProbe::item(const std::string& name) {
    const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
    if (window == nullptr || window->Hidden || !ImGui::IsItemVisible()) {
        return; // a popup's first frame is laid out hidden: it cannot be clicked yet
    }
    // The widget's frame, without its label (what a slider's value is read from).
    const ImRect r = ImGui::GetCurrentContext()->LastItemData.NavRect;
    items_[name] = {r.Min.x, r.Min.y, r.Max.x, r.Max.y};
}

void StudioProbe::frameDone(Json state) {
    // ImGui finds what the mouse is over from the previous frame's windows: an item can be
    // clicked once it has been drawn in two frames running, and only those are reported.
    Json clickable = Json::object();
    for (const auto& [name, rect] : items_.items()) {
        if (previous_.contains(name) && previous_[name] == rect) {
            clickable[name] = rect;
        }
    }
    previous_ = std::move(items_);
    items_ = Json::object();
    state["items"] = std::move(clickable);
    std::string text = state.dump(1);
    if (text == written_) {
        return;
    }
    if (writeFileAtomically(dir_ / "state.json", text)) {
        written_ = std::move(text);
    }
}

std::vector<std::string> StudioProbe::takeCommands() {
    const std::filesystem::path file = dir_ / "command";
    const std::filesystem::path taken = dir_ / "command.taken";
    std::error_code ec;
    std::filesystem::rename(file, taken, ec);
    if (ec) {
        return {};
    }
    std::ifstream in(taken);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) {
            lines.push_back(line);
        }
    }
    std::filesystem::remove(taken, ec);
    return lines;
}

void probeItem(const std::string& name) {
    if (StudioProbe* probe = StudioProbe::current()) {
        probe->item(name);
    }
}

} // namespace skinsim::ui

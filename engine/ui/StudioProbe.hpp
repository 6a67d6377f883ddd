#pragma once
// What the studio's automated tests see of it (`skinsim view --probe DIR`): after every frame
// the studio writes DIR/state.json (its state, and where the widgets the tests click are), and it
// carries out the lines of DIR/command when that file appears ("screenshot PATH", "quit").
// The tests drive the window with real X input events (xdotool) and read the answer here; the
// probe only reports, it never acts on the scenario. Without --probe nothing of this runs.

#include "core/Json.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace skinsim::ui {

class StudioProbe {
  public:
    explicit StudioProbe(std::filesystem::path dir);
    /// The probe of the studio being drawn (one per process), or null when there is none.
    static StudioProbe* current();
    static void setCurrent(StudioProbe* probe);

    /// Records the last ImGui item's rectangle (window pixels) under `name`.
    void item(const std::string& name);
    /// Writes state.json with `state` and this frame's items (when either changed), then
    /// forgets the items.
    void frameDone(Json state);
    /// The lines of DIR/command, if it appeared since the last call (the file is consumed).
    std::vector<std::string> takeCommands();

  private:
    std::filesystem::path dir_;
    Json items_ = Json::object();
    Json previous_ = Json::object();
    std::string written_;
};

/// Records the last ImGui item for the probe, if there is one.
void probeItem(const std::string& name);

} // namespace skinsim::ui

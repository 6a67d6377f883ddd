#pragma once
// The studio: a GLFW window with the 3D view between ImGui panels (DESIGN.md section 8), used by
// `skinsim view` and, when there is a display, `skinsim demo`.

#include "core/Result.hpp"
#include "render/RenderSettings.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace skinsim::ui {

struct StudioOptions {
    /// Scenario file or preset name to open; empty: the moderate preset.
    std::string scenario;
    /// When set: once the simulation has finished, draw `frames` frames, write the whole window
    /// (panels included) to this PNG and close (tests, documentation).
    std::filesystem::path screenshot;
    int frames = 3;
    /// The autosave file (Autosave::defaultFile() when absent).
    std::optional<std::filesystem::path> autosaveFile;
    /// Window size in screen coordinates.
    int width = 1600;
    int height = 900;
    /// Print frame statistics when the window closes (frames, mean and worst frame time, time to
    /// first frame).
    bool printStats = false;
    /// What the view shows at start (the View panel's choices) and the day on the timeline.
    render::ViewSettings view{};
    int day = 0;
    /// Turns the light 2 degrees every frame, as a user dragging it does (frame-rate benchmark).
    bool turnLight = false;
    /// Orbits the camera 1 degree every frame (frame-rate benchmark of a steady scene).
    bool orbit = false;
    /// For automated tests: the folder where the studio reports its state and reads commands
    /// (StudioProbe.hpp).
    std::filesystem::path probeDir;
    /// For automated tests: sleep this long every frame, as on a slow machine (a CPU Vulkan
    /// driver while the simulation runs draws 2-6 frames a second).
    int frameDelayMs = 0;
};

/// Whether a window can be opened: an X11 or Wayland display is named and GLFW starts on it.
bool displayAvailable();

/// Opens the window and runs until it is closed. Bad scenario: badInput (exit 2) before the
/// window opens; no display or no Vulkan: failure (exit 1).
Status runStudio(const StudioOptions& options);

} // namespace skinsim::ui

#pragma once
// Where skinsim finds its own files, independent of the working directory.

#include <filesystem>

namespace skinsim {

/// The folder holding the running executable (from /proc/self/exe).
std::filesystem::path executableDirectory();

/// The assets folder (scenario presets, face mesh): $SKINSIM_ASSETS_DIR if set, else
/// <exe>/../share/skinsim/assets (installed), else the source tree's assets/ (build tree).
std::filesystem::path assetDirectory();

} // namespace skinsim

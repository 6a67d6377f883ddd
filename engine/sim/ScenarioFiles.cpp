// Finding and reading scenario files: a path, or the name of a preset in assets/scenarios.

#include "sim/Scenario.hpp"

#include "core/AtomicFile.hpp"
#include "core/Limits.hpp"
#include "core/Paths.hpp"

#include <algorithm>
#include <system_error>

namespace skinsim {
namespace fs = std::filesystem;
namespace {

/// Reads and validates `path`; messages call it `origin` (what the user typed, or the preset's
/// path).
Result<Scenario> loadFile(const fs::path& path, const std::string& origin) {
    auto text = readFile(path, kMaxJsonFileBytes);
    if (!text) {
        return text.error();
    }
    auto json = parseJson(*text, origin);
    if (!json) {
        return json.error();
    }
    auto scenario = scenarioFromJson(*json, origin);
    if (scenario) {
        scenario->source = path;
    }
    return scenario;
}

/// "moderate" may name a preset; "moderate.json" or "dir/moderate" are paths.
bool couldBePresetName(const std::string& text) {
    const bool endsInJson = text.size() >= 5 && text.ends_with(".json");
    return !text.empty() && text.find('/') == std::string::npos && !endsInJson &&
           text.front() != '.';
}

std::string presetList() {
    const std::vector<std::string> names = presetNames();
    if (names.empty()) {
        return "no presets found in " + presetDirectory().string();
    }
    std::string list = "presets: ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        list += (i > 0 ? ", " : "") + names[i];
    }
    return list;
}

} // namespace

fs::path presetDirectory() {
    return assetDirectory() / "scenarios";
}

std::vector<std::string> presetNames() {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(presetDirectory(), ec)) {
        if (entry.is_regular_file(ec) && entry.path().extension() == ".json") {
            names.push_back(entry.path().stem().string());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

Result<Scenario> loadScenario(const std::string& fileOrPreset) {
    // A file of that name wins over a preset; "x.json" and "dir/x" are always paths.
    std::error_code ec;
    if (fs::is_regular_file(fileOrPreset, ec) || !couldBePresetName(fileOrPreset)) {
        return loadFile(fileOrPreset, fileOrPreset);
    }
    const fs::path preset = presetDirectory() / (fileOrPreset + ".json");
    if (fs::is_regular_file(preset, ec)) {
        return loadFile(preset, preset.string());
    }
    if (fs::exists(fileOrPreset, ec)) {
        return loadFile(fileOrPreset, fileOrPreset); // a folder: readFile says so
    }
    return Error::badInput(fileOrPreset + ": no such file, and no preset of that name (" +
                           presetList() + ")");
}

} // namespace skinsim

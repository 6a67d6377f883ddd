#pragma once
// The scenario file (DESIGN.md section 6): who the patient is, what their scars are, what the plan
// is and when to look. Loading validates every field and reports the JSON path and what is
// allowed; nothing downstream re-checks user input.

#include "core/Json.hpp"
#include "core/Result.hpp"
#include "skin/PatchSpec.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace skinsim {

/// Which scars a plan entry acts on: a type, all of them, or a list of scar ids.
struct Target {
    enum class Kind { Default, All, Type, Ids };
    Kind kind = Kind::Default; ///< Default: the modality's own default target
    ScarType type = ScarType::Icepick;
    std::vector<int> ids;
};

/// One session of the plan. Parameter values are already validated against the modality's
/// catalogue entry (treatment/ModalityCatalog.hpp) and completed with its defaults.
struct PlanEntry {
    int day = 0;
    std::string treatment;                 ///< catalogue key, e.g. "fractional_co2"
    std::map<std::string, double> numbers; ///< numeric and yes/no parameters (yes = 1)
    std::map<std::string, std::string> choices; ///< enumerated parameters, e.g. peel depth
    Target target;
};

struct Scenario {
    std::string name = "unnamed scenario";
    std::uint64_t seed = 1;
    PatchSpec patch;
    PatientSpec patient;
    ScarSpec scars;
    std::vector<PlanEntry> plan;
    std::vector<int> observeDays{0, 30, 90, 180, 365};
    int draws = 32;
    std::filesystem::path source; ///< the file it was read from (for messages)
};

/// Validates a parsed scenario; `origin` names it in messages ("scenario.json").
Result<Scenario> scenarioFromJson(const Json& json, const std::string& origin);
/// Writes a scenario back to JSON (what the studio autosaves and exports).
Json scenarioToJson(const Scenario& scenario);

/// Loads a scenario from a file path, or from a preset name (assets/scenarios/NAME.json).
Result<Scenario> loadScenario(const std::string& fileOrPreset);

/// The folder the presets are read from: SKINSIM_ASSETS_DIR/scenarios if that environment
/// variable is set, else the assets folder installed beside the executable, else the source tree.
std::filesystem::path presetDirectory();
/// Names of the presets found there, sorted.
std::vector<std::string> presetNames();

} // namespace skinsim

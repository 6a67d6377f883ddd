#pragma once
// The scenario file (DESIGN.md section 6): who the patient is, what their scars are, what the plan
// is and when to look. Loading validates every field and reports the JSON path and what is
// allowed; nothing downstream re-checks user input.
//
// Fields (all optional unless marked required; unknown keys are errors everywhere):
//   name          string, default "unnamed scenario"
//   description   string
//   seed          integer >= 0, default 1
//   patch         region     cheek | forehead | temple | chin, default cheek
//                 size_mm    [width, height], each 5..120, default [30, 30]
//                 pixel_um   5..200, default 25; the grid must be 64..4096 cells per side
//   patient       fitzpatrick 1..6 (default 3), age 12..90 years (default 30),
//                 sex female | male (default female),
//                 scarring_history none | poor_healing | keloid_family (default none),
//                 active_acne none | mild | moderate | severe (default none),
//                 sun_protection daily | sometimes | none (default daily),
//                 aftercare good | poor (default good)
//   scars         random     [{type (required), count 1..200 (required),
//                              diameter_mm [lo, hi], depth_mm [lo, hi] with 0 < lo <= hi}]
//                 explicit   [{type, center_mm [x, y] inside the patch (from its top-left
//                              corner), diameter_mm > 0, depth_mm > 0}], all required
//                 goodman_baron_grade 2..4; allow_atypical, allow_overlap true | false
//                 type: icepick | boxcar | rolling | chickenpox
//   plan          [{day 0..3650 (required), treatment (required, a ModalityCatalog key),
//                   params {catalogue parameters of that treatment, within their ranges},
//                   target "icepick" | "boxcar" | "rolling" | "chickenpox" | "all" |
//                          [scar ids]}], in non-decreasing day order; may be empty; at most 50
//   observe_days  non-empty, strictly increasing integers 0..3650, default [0, 30, 90, 180, 365];
//                 at most 30
//   draws         1..4096, default 32
// Integers may be written 42 or 42.0; yes/no parameters as true/false or "yes"/"no". The file is
// a regular file of at most 4 MiB (core/Limits.hpp).
// Range checks that depend on a scar type's published geometry belong to the skin generator.

#include "core/Json.hpp"
#include "core/Result.hpp"
#include "skin/PatchSpec.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace skinsim {

/// The last day a session or an observation may fall on: ten years after the first session.
inline constexpr int kMaxScenarioDay = 3650;
/// Most sessions in a plan: 50 is monthly for four years, more than any published course
/// (3-6 sessions); the run time of simulate grows with every session.
inline constexpr std::size_t kMaxPlanSessions = 50;
/// Most observed days: each one is a day-DDDD/ folder of maps (about 12 MB at the default grid).
inline constexpr std::size_t kMaxObserveDays = 30;

/// Which scars a plan entry acts on: a type, all of them, or a list of scar ids.
///
/// Scar ids number the scars the file lists from 0, as scars.json does: the explicit scars first
/// (0..n-1 in file order),
/// then the random entries in order, each taking `count` consecutive ids. Scars added for a
/// `goodman_baron_grade` come after those and cannot be named by id.
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
    std::string treatment;                      ///< catalogue key, e.g. "fractional_co2"
    std::map<std::string, double> numbers;      ///< numeric and yes/no parameters (yes = 1)
    std::map<std::string, std::string> choices; ///< enumerated parameters, e.g. peel depth
    Target target;
};

struct Scenario {
    std::string name = "unnamed scenario";
    std::string description; ///< optional; what the scenario shows (presets explain themselves)
    std::uint64_t seed = 1;
    PatchSpec patch;
    PatientSpec patient;
    ScarSpec scars;
    std::vector<PlanEntry> plan;
    std::vector<int> observeDays{0, 30, 90, 180, 365};
    int draws = 32;
    std::filesystem::path source; ///< the file it was read from (for messages)
};

/// The target a plan entry acts on, with Kind::Default replaced by its modality's default
/// (treatment/ModalityCatalog.hpp): All, or Type icepick / rolling.
Target effectiveTarget(const PlanEntry& entry);

/// How many scars the file lists (explicit + random counts): the valid ids are 0..count-1.
int listedScarCount(const ScarSpec& scars);

/// What is wrong with a patch's grid (pixel size outside 5..200 µm, fewer than 64 or more than
/// 4096 cells per side), or nothing. Loading checks it; so must anything that changes the patch
/// afterwards (the CLI's --pixel-um).
std::optional<std::string> patchGridProblem(const PatchSpec& patch);

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

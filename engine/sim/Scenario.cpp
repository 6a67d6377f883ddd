// Validating a scenario file (DESIGN.md section 6). Every field is read through a JsonReader, so
// each message names the file, the JSON path and what is allowed. Ranges that depend on the
// published geometry of a scar type (diameters, depths, overlap) are the skin generator's to
// check; this file checks everything a user can get wrong in the file itself.

#include "sim/Scenario.hpp"

#include "sim/JsonReader.hpp"
#include "sim/PlanJson.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {
namespace {

constexpr std::string_view kTopKeys[] = {"name",  "description", "seed",         "patch", "patient",
                                         "scars", "plan",        "observe_days", "draws"};
constexpr std::string_view kPatchKeys[] = {"region", "size_mm", "pixel_um", "on_face_deg"};
constexpr std::string_view kPatientKeys[] = {
    "fitzpatrick", "age", "sex", "scarring_history", "active_acne", "sun_protection", "aftercare"};
constexpr std::string_view kScarsKeys[] = {"random", "explicit", "goodman_baron_grade",
                                           "allow_atypical", "allow_overlap"};
constexpr std::string_view kRandomKeys[] = {"type", "count", "diameter_mm", "depth_mm"};
constexpr std::string_view kExplicitKeys[] = {"type", "center_mm", "diameter_mm", "depth_mm"};

constexpr Region kRegions[] = {Region::Cheek, Region::Forehead, Region::Temple, Region::Chin};
constexpr Sex kSexes[] = {Sex::Female, Sex::Male};
constexpr ScarringHistory kHistories[] = {ScarringHistory::None, ScarringHistory::PoorHealing,
                                          ScarringHistory::KeloidFamily};
constexpr AcneActivity kAcne[] = {AcneActivity::None, AcneActivity::Mild, AcneActivity::Moderate,
                                  AcneActivity::Severe};
constexpr SunProtection kSun[] = {SunProtection::Daily, SunProtection::Sometimes,
                                  SunProtection::None};
constexpr Aftercare kAftercare[] = {Aftercare::Good, Aftercare::Poor};

/// Patch sides in mm: 5 mm holds a single rolling scar; 120 mm spans a whole cheek.
constexpr double kMinSideMm = 5;
constexpr double kMaxSideMm = 120;
/// Cell size in µm: 5 µm resolves the walls of the narrowest icepick; 200 µm is a coarse preview.
constexpr double kMinPixelUm = 5;
constexpr double kMaxPixelUm = 200;
/// Cells per side: 4096 is the largest grid the model and the GPU path hold in memory (DESIGN.md
/// section 2: "must scale to 4096²"); below 64 a scar is a handful of cells.
constexpr int kMaxCellsPerSide = 4096;
constexpr int kMinCellsPerSide = 64;
/// Monte-Carlo draws: 4096 bounds the run time of one simulate call.
constexpr int kMaxDraws = 4096;

template <class E, std::size_t N> std::vector<std::string_view> namesOf(const E (&values)[N]) {
    std::vector<std::string_view> names;
    for (E value : values) {
        names.push_back(toString(value));
    }
    return names;
}

std::vector<std::string_view> scarTypeNames() {
    std::vector<std::string_view> names;
    for (ScarType type : kAllScarTypes) {
        names.push_back(toString(type));
    }
    return names;
}

ScarType readScarType(const JsonReader& object) {
    const std::vector<std::string_view> types = scarTypeNames();
    return *scarTypeFromString(object.at("type", "one of " + joinWords(types)).oneOf(types));
}

/// A [lo, hi] range of sizes in mm, 0 < lo <= hi.
Interval readInterval(const JsonReader& range) {
    range.numberPair("[lo, hi]");
    const std::vector<JsonReader> bounds = range.items();
    const Interval interval{bounds[0].positiveNumber(), bounds[1].positiveNumber()};
    if (interval.lo > interval.hi) {
        range.fail(formatPair(interval.lo, interval.hi) +
                   " has lo above hi; expected [lo, hi] with lo <= hi");
    }
    return interval;
}

} // namespace

std::optional<std::string> patchGridProblem(const PatchSpec& spec) {
    if (!(spec.pixelUm >= kMinPixelUm && spec.pixelUm <= kMaxPixelUm)) {
        return "pixel_um " + formatNumber(spec.pixelUm) + " is outside " +
               formatNumber(kMinPixelUm) + ".." + formatNumber(kMaxPixelUm);
    }
    const int cellsW = spec.widthCells();
    const int cellsH = spec.heightCells();
    const std::string grid = formatNumber(spec.widthMm) + " x " + formatNumber(spec.heightMm) +
                             " mm at " + formatNumber(spec.pixelUm) + " um per cell is " +
                             std::to_string(cellsW) + " x " + std::to_string(cellsH) + " cells";
    if (std::max(cellsW, cellsH) > kMaxCellsPerSide) {
        const double longestMm = std::max(spec.widthMm, spec.heightMm);
        const double pixelNeeded = std::ceil(longestMm * 1000.0 / kMaxCellsPerSide);
        return grid + "; at most " + std::to_string(kMaxCellsPerSide) +
               " per side fit in memory (use pixel_um >= " + formatNumber(pixelNeeded) +
               " or a smaller size_mm)";
    }
    if (std::min(cellsW, cellsH) < kMinCellsPerSide) {
        const double shortestMm = std::min(spec.widthMm, spec.heightMm);
        const double pixelNeeded = std::floor(shortestMm * 1000.0 / kMinCellsPerSide);
        return grid + "; at least " + std::to_string(kMinCellsPerSide) +
               " per side are needed to draw a scar (use pixel_um <= " + formatNumber(pixelNeeded) +
               " or a larger size_mm)";
    }
    return std::nullopt;
}

namespace {

void checkCellCount(const JsonReader& patch, const PatchSpec& spec) {
    if (const auto problem = patchGridProblem(spec)) {
        patch.fail(*problem);
    }
}

PatchSpec readPatch(const JsonReader& patch) {
    patch.expectObject(kPatchKeys);
    PatchSpec spec;
    if (const auto region = patch.find("region")) {
        spec.region = *regionFromString(region->oneOf(namesOf(kRegions)));
    }
    if (const auto size = patch.find("size_mm")) {
        size->numberPair("[width, height]");
        const std::vector<JsonReader> sides = size->items();
        spec.widthMm = sides[0].number(kMinSideMm, kMaxSideMm);
        spec.heightMm = sides[1].number(kMinSideMm, kMaxSideMm);
    }
    if (const auto pixel = patch.find("pixel_um")) {
        spec.pixelUm = pixel->number(kMinPixelUm, kMaxPixelUm);
    }
    if (const auto aim = patch.find("on_face_deg")) {
        aim->numberPair("[azimuth, elevation]");
        const std::vector<JsonReader> angles = aim->items();
        // Any direction around the head; not straight up or down (no face there).
        spec.onFaceDeg = std::array{angles[0].number(-180, 180), angles[1].number(-80, 80)};
    }
    checkCellCount(patch, spec);
    return spec;
}

PatientSpec readPatient(const JsonReader& patient) {
    patient.expectObject(kPatientKeys);
    PatientSpec spec;
    if (const auto type = patient.find("fitzpatrick")) {
        spec.fitzpatrick = static_cast<int>(type->integer(1, 6)); // skin types I..VI
    }
    if (const auto age = patient.find("age")) {
        // Acne scars are treated from adolescence; 12..90 years covers the studies' patients.
        spec.ageYears = age->number(12, 90);
    }
    if (const auto sex = patient.find("sex")) {
        spec.sex = *sexFromString(sex->oneOf(namesOf(kSexes)));
    }
    if (const auto history = patient.find("scarring_history")) {
        spec.scarringHistory = *scarringHistoryFromString(history->oneOf(namesOf(kHistories)));
    }
    if (const auto acne = patient.find("active_acne")) {
        spec.activeAcne = *acneActivityFromString(acne->oneOf(namesOf(kAcne)));
    }
    if (const auto sun = patient.find("sun_protection")) {
        spec.sunProtection = *sunProtectionFromString(sun->oneOf(namesOf(kSun)));
    }
    if (const auto care = patient.find("aftercare")) {
        spec.aftercare = *aftercareFromString(care->oneOf(namesOf(kAftercare)));
    }
    return spec;
}

RandomScars readRandomScars(const JsonReader& entry) {
    entry.expectObject(kRandomKeys);
    RandomScars scars;
    scars.type = readScarType(entry);
    // 200 of one type is more than any graded face shows (Goodman-Baron grade 4).
    scars.count = static_cast<int>(entry.at("count", "an integer 1..200").integer(1, 200));
    if (const auto diameter = entry.find("diameter_mm")) {
        scars.diameterMm = readInterval(*diameter);
    }
    if (const auto depth = entry.find("depth_mm")) {
        scars.depthMm = readInterval(*depth);
    }
    return scars;
}

ExplicitScar readExplicitScar(const JsonReader& entry, const PatchSpec& patch) {
    entry.expectObject(kExplicitKeys);
    ExplicitScar scar;
    scar.type = readScarType(entry);
    const JsonReader center = entry.at("center_mm", "two numbers [x, y] inside the patch");
    const auto [x, y] = center.numberPair("[x, y]");
    if (x < 0 || x > patch.widthMm || y < 0 || y > patch.heightMm) {
        center.fail(formatPair(x, y) + " is outside the " + formatNumber(patch.widthMm) + " x " +
                    formatNumber(patch.heightMm) + " mm patch (x 0.." +
                    formatNumber(patch.widthMm) + ", y 0.." + formatNumber(patch.heightMm) + ")");
    }
    scar.centerMm = {x, y};
    scar.diameterMm = entry.at("diameter_mm", "a number > 0").positiveNumber();
    scar.depthMm = entry.at("depth_mm", "a number > 0").positiveNumber();
    return scar;
}

ScarSpec readScars(const JsonReader& scars, const PatchSpec& patch) {
    scars.expectObject(kScarsKeys);
    ScarSpec spec;
    if (const auto random = scars.find("random")) {
        for (const JsonReader& entry : random->items()) {
            spec.random.push_back(readRandomScars(entry));
        }
    }
    if (const auto placed = scars.find("explicit")) {
        for (const JsonReader& entry : placed->items()) {
            spec.placed.push_back(readExplicitScar(entry, patch));
        }
    }
    if (const auto grade = scars.find("goodman_baron_grade")) {
        // Grade 1 is macular (colour only, no contour): nothing for a height model to generate.
        spec.goodmanBaronGrade = static_cast<int>(grade->integer(2, 4));
    }
    if (const auto atypical = scars.find("allow_atypical")) {
        spec.allowAtypical = atypical->boolean();
    }
    if (const auto overlap = scars.find("allow_overlap")) {
        spec.allowOverlap = overlap->boolean();
    }
    return spec;
}

/// Refuses an array longer than `limit` before any of it is read.
void checkLength(const JsonReader& array, std::size_t limit, std::string_view what) {
    if (array.json().is_array() && array.json().size() > limit) {
        array.fail(std::to_string(array.json().size()) + " " + std::string(what) +
                   "; the limit is " + std::to_string(limit));
    }
}

std::vector<int> readObserveDays(const JsonReader& observe) {
    std::vector<int> days;
    for (const JsonReader& element : observe.items()) {
        const int day = static_cast<int>(element.integer(0, kMaxScenarioDay));
        if (!days.empty() && day <= days.back()) {
            element.fail(std::to_string(day) + " is not after " + std::to_string(days.back()) +
                         "; list days in increasing order, each once");
        }
        days.push_back(day);
    }
    if (days.empty()) {
        observe.fail("expected at least one day");
    }
    return days;
}

Scenario readScenario(const JsonReader& root) {
    root.expectObject(kTopKeys);
    Scenario scenario;
    if (const auto name = root.find("name")) {
        scenario.name = name->string();
    }
    if (const auto description = root.find("description")) {
        scenario.description = description->string();
    }
    if (const auto seed = root.find("seed")) {
        scenario.seed = seed->unsignedInteger();
    }
    if (const auto patch = root.find("patch")) {
        scenario.patch = readPatch(*patch);
    }
    if (const auto patient = root.find("patient")) {
        scenario.patient = readPatient(*patient);
    }
    if (const auto scars = root.find("scars")) {
        scenario.scars = readScars(*scars, scenario.patch);
    }
    if (const auto plan = root.find("plan")) {
        checkLength(*plan, kMaxPlanSessions, "sessions");
        scenario.plan = readPlan(*plan, listedScarCount(scenario.scars));
    }
    if (const auto observe = root.find("observe_days")) {
        checkLength(*observe, kMaxObserveDays, "observed days");
        scenario.observeDays = readObserveDays(*observe);
    }
    if (const auto draws = root.find("draws")) {
        scenario.draws = static_cast<int>(draws->integer(1, kMaxDraws));
    }
    return scenario;
}

} // namespace

int listedScarCount(const ScarSpec& scars) {
    int count = static_cast<int>(scars.placed.size());
    for (const RandomScars& random : scars.random) {
        count += random.count;
    }
    return count;
}

Result<Scenario> scenarioFromJson(const Json& json, const std::string& origin) {
    try {
        Scenario scenario = readScenario(JsonReader(json, origin));
        scenario.source = origin;
        return scenario;
    } catch (const JsonInputError& error) {
        return Error::badInput(error.what());
    } catch (const nlohmann::json::exception& error) {
        // Not expected (every read checks the type first), but a JSON library exception on user
        // input is still the input's fault, never an abort.
        return Error::badInput(origin + ": " + error.what());
    }
}

} // namespace skinsim

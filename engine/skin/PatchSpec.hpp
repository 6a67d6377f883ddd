#pragma once
// What a scenario asks of the skin patch and its scars (DESIGN.md section 6), as plain data. The
// scenario loader fills these after validating them; the skin generator reads them.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace skinsim {

enum class Region { Cheek, Forehead, Temple, Chin };
enum class ScarType { Icepick, Boxcar, Rolling, Chickenpox };
enum class Sex { Female, Male };

inline constexpr std::array<ScarType, 4> kAllScarTypes = {ScarType::Icepick, ScarType::Boxcar,
                                                          ScarType::Rolling, ScarType::Chickenpox};

std::string_view toString(Region region);
std::string_view toString(ScarType type);
std::string_view toString(Sex sex);
std::optional<Region> regionFromString(std::string_view name);
std::optional<ScarType> scarTypeFromString(std::string_view name);
std::optional<Sex> sexFromString(std::string_view name);

/// The patch of facial skin: which region, how big, how finely sampled.
struct PatchSpec {
    Region region = Region::Cheek;
    double widthMm = 30.0; ///< default 30 x 30 mm (DESIGN.md section 2)
    double heightMm = 30.0;
    double pixelUm = 25.0; ///< 25 µm per cell resolves icepick walls (DESIGN.md section 2)
    /// Where on the face the patch sits, as seen from the head's centre: (azimuth, elevation)
    /// in degrees, azimuth from straight ahead toward the patient's left, elevation up (the
    /// studio sets it when the patch is moved on the face). Absent: the middle of `region`. Only
    /// the pictures use it; the skin is the region's.
    std::optional<std::array<double, 2>> onFaceDeg;

    int widthCells() const { return static_cast<int>(widthMm * 1000.0 / pixelUm + 0.5); }
    int heightCells() const { return static_cast<int>(heightMm * 1000.0 / pixelUm + 0.5); }
};

/// The patient factors the skin and the model depend on.
/// Healing history the clinic asks about: the patient's own poor wound healing, or keloids in
/// the family (slower healing, more PIH and redness, a rare risk of new scarring).
enum class ScarringHistory { None, PoorHealing, KeloidFamily };
/// Acne still active during the course: new scars keep forming while it continues.
enum class AcneActivity { None, Mild, Moderate, Severe };
/// Sun protection after sessions (PIH rises without it).
enum class SunProtection { Daily, Sometimes, None };
/// Wound care after sessions (infection risk rises when it is neglected).
enum class Aftercare { Good, Poor };

std::string_view toString(ScarringHistory v);
std::string_view toString(AcneActivity v);
std::string_view toString(SunProtection v);
std::string_view toString(Aftercare v);
std::optional<ScarringHistory> scarringHistoryFromString(std::string_view name);
std::optional<AcneActivity> acneActivityFromString(std::string_view name);
std::optional<SunProtection> sunProtectionFromString(std::string_view name);
std::optional<Aftercare> aftercareFromString(std::string_view name);

struct PatientSpec {
    int fitzpatrick = 3;   ///< skin type I..VI as 1..6
    double ageYears = 30;  ///< remodelling slows with age
    Sex sex = Sex::Female; ///< dermal thickness differs by sex (evidence.md 1d)
    ScarringHistory scarringHistory = ScarringHistory::None;
    AcneActivity activeAcne = AcneActivity::None;
    SunProtection sunProtection = SunProtection::Daily;
    Aftercare aftercare = Aftercare::Good;
};

/// A closed interval, used for optional size and depth ranges.
struct Interval {
    double lo = 0;
    double hi = 0;
};

/// "count scars of this type at random places", optionally within given size ranges.
struct RandomScars {
    ScarType type = ScarType::Icepick;
    int count = 1;
    std::optional<Interval> diameterMm;
    std::optional<Interval> depthMm;
};

/// One scar placed by hand.
struct ExplicitScar {
    ScarType type = ScarType::Boxcar;
    std::array<double, 2> centerMm{15, 15}; ///< from the patch's top-left corner
    double diameterMm = 3.0;
    double depthMm = 0.3;
};

/// All the scars a scenario asks for.
struct ScarSpec {
    std::vector<RandomScars> random;
    std::vector<ExplicitScar> placed;
    /// A Goodman-Baron grade (2..4) whose typical mix of scars is added to `random`.
    std::optional<int> goodmanBaronGrade;
    /// Lets sizes and depths outside a type's published range through (for teaching extremes).
    bool allowAtypical = false;
    /// Lets explicit scars overlap.
    bool allowOverlap = false;
};

} // namespace skinsim

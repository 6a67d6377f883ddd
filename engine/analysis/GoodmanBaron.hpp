#pragma once
// Goodman & Baron acne-scar grading from measured scars (Goodman GJ, Baron JA. Dermatol Surg 2006
// qualitative; J Cosmet Dermatol 2006;5:48-52 quantitative; evidence.md section 5).
//
// The published grades are judged by eye. skinsim judges them from geometry, with this documented
// mapping (an assumption where evidence.md section 9 lists the gaps):
//   * a scar is *visible at 50 cm* (the social distance of the grading) when its depression is at
//     least kVisibleDepthUm deep and either wide (>= kVisibleDiameterMm) or deep enough to read as
//     a dark pit (>= kVisiblePitDepthUm);
//   * it *flattens when the skin is stretched* (distensible) when most of its depth is tether sag
//     or it is shallow; deficit-dominated deep scars (deep boxcar, icepick) do not;
//   * quantitative categories per scar: macular (colour only, < 50 µm deep) 1 point, mild
//     (not visible at 50 cm) 2, moderate (visible, distensible) 3, severe (visible, not
//     distensible) 4; each category's points are multiplied by 1, 2 or 3 for 1-10, 11-20 or
//     > 20 scars in it, as in the published scale.

#include "skin/PatchSpec.hpp"

#include <span>

namespace skinsim {

/// One scar as measured on a height map (or from the tissue).
struct ScarMeasure {
    ScarType type = ScarType::Boxcar;
    double depthUm = 0;          ///< deepest point below the surrounding skin
    double diameterMm = 0;       ///< at 10 % of the depth
    double volumeMm3 = 0;        ///< below the surrounding skin
    double tetheredFraction = 0; ///< share of the depth due to tether sag (0..1)
    bool coloured = false;       ///< erythema or pigment still marks it
};

inline constexpr double kMacularDepthUm = 50.0;
inline constexpr double kVisibleDepthUm = 120.0;
inline constexpr double kVisibleDiameterMm = 1.5;
inline constexpr double kVisiblePitDepthUm = 400.0;

enum class ScarSeverity { None, Macular, Mild, Moderate, Severe };

/// The category of one scar under the mapping above.
ScarSeverity severity(const ScarMeasure& scar);

/// Qualitative grade 0..4 of a patch: 0 no scars, 1 macular only, 2 mild (none obvious at 50 cm),
/// 3 moderate (obvious at 50 cm but flattens when stretched), 4 severe (obvious and does not
/// flatten). The worst category held by at least kScarsForGrade scars (or by every scar, when
/// fewer) sets it.
int qualitativeGrade(std::span<const ScarMeasure> scars);
inline constexpr int kScarsForGrade = 3;

/// Quantitative score (points x count multiplier per category).
int quantitativeScore(std::span<const ScarMeasure> scars);

} // namespace skinsim

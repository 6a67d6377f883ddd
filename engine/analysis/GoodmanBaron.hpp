#pragma once
// Goodman & Baron acne-scar grading from measured scars (Goodman GJ, Baron JA. Dermatol Surg 2006
// qualitative; J Cosmet Dermatol 2006;5:48-52 quantitative; evidence.md section 5).
//
// The published grades are judged by eye, by "lesion morphology and disease load as indicated
// by patient perception of severity (whether an individual can easily disguise the disease at
// social distances)". skinsim judges them from geometry, with this documented mapping
// (assumptions where evidence.md section 9 lists the gaps):
//   * skin looks depressed at 50 cm (the grading's social distance) where a scar lies at least
//     kVisibleDepthUm below the surrounding skin; a scar's *visible area* is the area that deep;
//   * a scar *flattens when the skin is stretched* (distensible) unless its depth that is not
//     tether sag is at least kFixedDepthUm (deep boxcar bases, icepick tracts: Jacob 2001 "deep"
//     boxcar >= 0.5 mm);
//   * the *load* is the share of the skin that looks depressed; scarring is obvious at 50 cm
//     when the load reaches kObviousLoad. The qualitative grade is 4 (severe) when it is obvious
//     and the non-distensible scars alone reach kSevereLoad, 3 (moderate) when it is obvious
//     otherwise, 2 (mild) when scars are present (>= kMacularDepthUm) but not obvious, 1 (macular)
//     when only colour marks remain, 0 for clear skin. Both loads are calibrated so that four
//     fractional CO2 sessions lower the mean grade by about 1.6 (target co2-gb-grade);
//   * quantitative categories per scar (points): macular 1 (colour only), mild 2 (shallower than
//     kVisibleDepthUm), moderate 3 (visible, distensible), severe 4 (visible, not distensible);
//     each category's points are multiplied by 1, 2 or 3 for 1-10, 11-20 or > 20 scars in it, as
//     the published scale does (Goodman & Baron 2006; evidence.md 5: exact points per type "not
//     found" in retrievable text, so the four-step points are this mapping's).

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
    double visibleAreaMm2 = 0;   ///< area at least kVisibleDepthUm deep
    bool coloured = false;       ///< erythema or pigment still marks it
};

inline constexpr double kMacularDepthUm = 50.0;
inline constexpr double kVisibleDepthUm = 100.0;
inline constexpr double kFixedDepthUm = 450.0;
/// Share of the skin area that must look depressed for scarring to be obvious at 50 cm.
inline constexpr double kObviousLoad = 0.12;
/// Share of the skin held by non-distensible depressions for severe (grade 4) scarring.
inline constexpr double kSevereLoad = 0.03;

enum class ScarSeverity { None, Macular, Mild, Moderate, Severe };

/// The category of one scar under the mapping above.
ScarSeverity severity(const ScarMeasure& scar);

/// Qualitative grade 0..4 of a patch of `patchAreaMm2` (see the mapping above).
int qualitativeGrade(std::span<const ScarMeasure> scars, double patchAreaMm2);

/// Quantitative score (points x count multiplier per category).
int quantitativeScore(std::span<const ScarMeasure> scars);

} // namespace skinsim

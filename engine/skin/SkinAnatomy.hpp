#pragma once
// The normal facial skin the generator starts from: layer thicknesses and pigment, by region, sex
// and skin type (the surface microrelief and pores, by region and age: ReliefAnatomy.hpp). Every
// number states its unit and where it comes from (../shared/clinical/evidence.md section
// numbers); "assumption" marks values the evidence table does not give (evidence.md section 9
// lists them as gaps), chosen to look and measure plausibly.

#include "skin/PatchSpec.hpp"
#include "skin/ReliefAnatomy.hpp"

namespace skinsim {

/// Dermal thickness of a region, µm. One method throughout, as evidence.md 1d asks: 20 MHz
/// high-frequency ultrasound, Meng Y et al. BMC Med Imaging 2022;22:113 Table 2 (118 adults).
struct DermisThickness {
    double meanUm = 0;
    double sdUm = 0; ///< between-person SD (not used for one patient; kept for the model)
};

inline DermisThickness dermisThickness(Region region, Sex sex) {
    const bool male = sex == Sex::Male;
    switch (region) {
    case Region::Cheek: // "zygoma (malar)": men 1.14 ± 0.21 mm, women 0.87 ± 0.35 mm
        return male ? DermisThickness{1140, 210} : DermisThickness{870, 350};
    case Region::Forehead: // forehead 1.17 / 0.86 mm (M/F); SDs not in the excerpt: assumption
        return male ? DermisThickness{1170, 210} : DermisThickness{860, 350};
    case Region::Temple: // temple 1.06 / 0.80 mm (M/F)
        return male ? DermisThickness{1060, 210} : DermisThickness{800, 350};
    case Region::Chin: // not in the excerpt: assumption, the mean of Meng's three sites above
        return male ? DermisThickness{1123, 210} : DermisThickness{843, 350};
    }
    return {870, 350};
}

/// Epidermal thickness, µm: mean of 11 face and body sites by OCT, 68.6 ± 23.0 µm (Tsugita,
/// Skin Res Technol; evidence.md 1d). Used for the optics of the albedo and to put the base of
/// an icepick tract below the dermis.
inline constexpr double kEpidermisUm = 68.6;

/// Slow spatial variation of dermal thickness across a patch: ±5 % over ~8 mm (assumption; the
/// evidence gives region means only).
inline constexpr double kDermisVariation = 0.05;
inline constexpr double kDermisVariationWavelengthMm = 8.0;

// The microrelief (furrows, pores, roughness) by region and age: skin/ReliefAnatomy.hpp.

/// Epidermal melanosome volume fraction by Fitzpatrick type I..VI, calibrated so that each type's
/// bare-skin albedo (SkinColour.hpp, at kBaselineBloodFraction) has an ITA near the middle of one
/// of Chardon's classes (Int J Cosmet Sci 1991). Which class a type maps to is a convention, not a
/// measurement (skin type is a sunburn history, ITA a colour): I very light (> 55°, here ~62),
/// II light (41-55, ~48), III intermediate (28-41, ~34), IV tan (10-28, ~20), V brown
/// (-30..10, ~-10), VI dark (< -30, ~-37). The fractions stay inside Jacques' ranges (Skin
/// optics, OMLC News 1998: light adults 1.3-6.3 %, moderately pigmented 11-16 %, darkly
/// pigmented 18-43 %; type IV's 10 % sits just below the middle range).
inline double melaninFraction(int fitzpatrick) {
    constexpr double kByType[6] = {0.021, 0.044, 0.068, 0.10, 0.22, 0.43};
    const int i = fitzpatrick < 1 ? 0 : (fitzpatrick > 6 ? 5 : fitzpatrick - 1);
    return kByType[i];
}

/// Dermal blood volume fraction of normal facial skin: 1.5 %, calibrated to the cheek redness
/// Yun et al. measured (Skin Res Technol 2010, 148 Asian subjects: a* 9.0 +- 2.7): albedo a* of
/// types I-III is 7.4 / 8.5 / 9.8 (inside Jacques 1998's 0.2-7 % for dermis). Erythema 1.0 adds
/// 5 % more (assumption), a* +10.
inline constexpr double kBaselineBloodFraction = 0.015;
inline constexpr double kErythemaBloodFraction = 0.05;

} // namespace skinsim

#pragma once
// The published size and depth of each atrophic scar type (targets geom-icepick, geom-boxcar,
// geom-rolling in ../shared/clinical/targets.json; evidence.md 1a and 1c), and the ranges the
// generator draws from when a scenario gives none. Sizes outside the published range are refused
// unless the scenario sets "allow_atypical" (ScarValidation.hpp).

#include "skin/PatchSpec.hpp"
#include "skin/SkinAnatomy.hpp"

#include <string>

namespace skinsim {

/// What is published for one scar type on one patient's skin, in mm.
struct ScarTypeRange {
    Interval diameterMm;        ///< allowed surface diameter (the contour at 10 % depth)
    Interval depthMm;           ///< allowed depth below the surrounding skin
    Interval typicalDiameterMm; ///< what random scars draw from by default
    Interval typicalDepthMm;    ///< what random scars draw from by default (icepick: see below)
    std::string source;         ///< where the published range comes from, for messages
};

/// Depth of a random icepick scar relative to (epidermis + local dermis): its tract ends in the
/// subcutis, "deeper than the ~0.9-1.9 mm malar dermis" (target geom-icepick; Jacob 2001 via
/// Fabbrocini 2010 Table 1). The factor range is an assumption.
inline constexpr Interval kIcepickDepthOverDermis{1.10, 1.45};

/// Probability that a random boxcar scar is deep (0.5-1.0 mm) rather than shallow: assumption
/// (evidence.md 1a gives the two classes but not their shares).
inline constexpr double kDeepBoxcarShare = 0.35;

/// Deepest scar any type may have even with allow_atypical, mm: below this a tract would leave
/// the facial soft tissue (subcutaneous fat 2-6 mm deep, Iyengar 2018; evidence.md 1d).
inline constexpr double kMaxAnyDepthMm = 5.0;

inline ScarTypeRange scarTypeRange(ScarType type, Region region, Sex sex) {
    switch (type) {
    case ScarType::Icepick: {
        // < 2 mm across, tract to the deep dermis or subcutis (Jacob 2001 via Fabbrocini 2010
        // Table 1). Lower depth bound: the base lies below epidermis + dermis of this region and
        // sex (evidence.md 1d). Upper 3 mm: cheek full-thickness skin is 1.9-2.5 mm (50 MHz HFUS,
        // evidence.md 1d), so 3 mm reaches >= 0.5 mm into the subcutis (assumption).
        const double dermisMm = dermisThickness(region, sex).meanUm * 1e-3;
        const double minDepth = dermisMm + kEpidermisUm * 1e-3;
        return {{0.3, 2.0},
                {minDepth, 3.0},
                {0.4, 1.8},
                {minDepth * kIcepickDepthOverDermis.lo, minDepth * kIcepickDepthOverDermis.hi},
                "icepick scars are 0.3-2.0 mm across and reach below the dermis (Jacob 2001 via "
                "Fabbrocini 2010; target geom-icepick)"};
    }
    case ScarType::Boxcar:
        // 1.5-4.0 mm; shallow 0.1-0.5 mm, deep >= 0.5 mm, capped at 1.0 (target geom-boxcar).
        return {{1.5, 4.0},
                {0.1, 1.0},
                {1.5, 4.0},
                {0.1, 1.0},
                "boxcar scars are 1.5-4.0 mm across and 0.1-1.0 mm deep (Jacob 2001 via Fabbrocini "
                "2010; target geom-boxcar)"};
    case ScarType::Rolling:
        // Usually > 4-5 mm wide (Fabbrocini 2010). No upper size and no depth are published
        // (evidence.md 1a, 9): 10 mm and 0.1-0.8 mm are assumptions. Random ones start at 4.2 mm:
        // the sag's faint tail lowers the skin around a rolling scar by ~1 % of its depth, so a
        // profilometer referencing that skin reads a 4.0 mm scar as ~3.9 mm.
        return {{4.0, 10.0},
                {0.1, 0.8},
                {4.2, 7.0},
                {0.2, 0.5},
                "rolling scars are at least 4 mm across (Jacob 2001 via Fabbrocini 2010; target "
                "geom-rolling); up to 10 mm and 0.1-0.8 mm deep are assumptions"};
    case ScarType::Chickenpox:
        // "similar to" boxcar scars (Fabbrocini 2010); 5-10 mm or "more than 3 mm" across on two
        // low-quality pages (evidence.md 1c); depth as boxcar. Typical 3-6 mm: assumption.
        return {{3.0, 10.0},
                {0.1, 1.0},
                {3.0, 6.0},
                {0.1, 0.5},
                "chickenpox scars are boxcar-like pits 3-10 mm across and 0.1-1.0 mm deep "
                "(evidence.md 1c)"};
    }
    return {};
}

} // namespace skinsim

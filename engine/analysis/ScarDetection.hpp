#pragma once
// Finding, measuring and typing the scars of a measured skin surface, as a 3D skin camera (Antera
// 3D, PRIMOS) reports them. Input: the depression map of SkinSurface.hpp (µm below the
// surrounding skin, form and microrelief removed, and the same with microrelief).
//
// Segmentation: the depression is flooded from its deepest point upward (a watershed, points taken
// in order of depth, ties by position). Where two basins meet, the shallower one is a scar of its
// own only if it is at least `seedDepthUm` deep and the saddle between them is at most
// `separateSaddle` of its depth; otherwise it is part of the deeper one (the undulating floor of a
// rolling scar, a furrow crossing a boxcar's rim). A scar is the part of its basin at least 10 % of
// its depth deep, the contour the generator and the published sizes use (skin/ScarShape.hpp).
//
// Measures: depth = deepest point (of the raw depth for icepick scars, whose tip can be narrower
// than the disc that removes microrelief); diameter = area-equivalent diameter of the 10 %-depth
// region; volume = depression integrated over that region; centre = centroid of that region.
//
// Type, from width, depth and wall profile (Jacob CI et al. J Am Acad Dermatol 2001;45:109-117,
// via Fabbrocini 2010 Table 1; targets geom-icepick, geom-boxcar, geom-rolling):
//   * boxcar: steep walls and a flat floor: the region at half depth is at least
//     `boxcarWallRatio` of the 10 %-depth diameter (vertical walls keep the two contours together;
//     a V-shaped tract or a sloping, undulating floor does not);
//   * otherwise icepick when narrower than `icepickMaxDiameterMm` (icepick <= 2 mm, rolling >= 4
//     mm across: the middle), rolling when wider;
//   * chickenpox scars are round, boxcar-like pits (Fabbrocini 2010; evidence.md 1c): a height map
//     alone cannot tell them from acne boxcar scars, so they are reported as boxcar unless the
//     caller knows the scars come from varicella (`chickenpoxHistory`), when boxcar-like pits are
//     reported as chickenpox.

#include "analysis/SkinSurface.hpp"
#include "skin/PatchSpec.hpp"

#include <array>
#include <vector>

namespace skinsim {

struct ScarDetectionSettings {
    /// A basin this deep is a scar (µm): above what bridged microrelief leaves (<= ~40 µm) and the
    /// Goodman-Baron "atrophic" threshold kMacularDepthUm (GoodmanBaron.hpp).
    double seedDepthUm = 60.0;
    /// Depth from which a point can belong to a scar at all, µm (10 % of the shallowest published
    /// scar, 0.1 mm: skin/ScarCatalog.hpp).
    double floorUm = 10.0;
    /// Two basins stay apart when the saddle between them is at most this share of the shallower
    /// one's depth; the 10 %-depth contours of separate scars do not touch, so their saddle is
    /// below 0.1, while the dips of one rolling scar are joined far higher.
    double separateSaddle = 0.4;
    /// Smallest area-equivalent diameter of a scar's 10 %-depth region, mm (icepick scars start at
    /// 0.3 mm; a pore is at most ~0.25 mm).
    double minDiameterMm = 0.25;
    /// Half-depth diameter over 10 %-depth diameter from which the walls are boxcar-steep.
    double boxcarWallRatio = 0.8;
    /// Sloping scars narrower than this are icepick, wider rolling, mm.
    double icepickMaxDiameterMm = 3.0;
    /// The patient's scars come from chickenpox: boxcar-like pits are reported as chickenpox.
    bool chickenpoxHistory = false;
};

struct DetectedScar {
    int id = 0; ///< 0-based, in the order of centre rows then columns
    ScarType type = ScarType::Boxcar;
    std::array<double, 2> centerMm{0, 0}; ///< from the map's top-left corner
    double diameterMm = 0;                ///< area-equivalent diameter of the 10 %-depth region
    double depthUm = 0;                   ///< deepest point below the surrounding skin
    double volumeMm3 = 0;                 ///< depression integrated over the 10 %-depth region
    double halfDepthDiameterMm = 0;       ///< area-equivalent diameter at 50 % depth (wall profile)
    double visibleAreaMm2 = 0;            ///< area at least kVisibleDepthUm deep (GoodmanBaron.hpp)
};

/// The scars of an analysed surface, in id order. Deterministic on any thread count.
std::vector<DetectedScar> detectScars(const SkinSurface& surface,
                                      const ScarDetectionSettings& settings = {});

/// The type rule above, on its own (for tests and documentation).
ScarType classifyScar(double diameterMm, double halfDepthDiameterMm,
                      const ScarDetectionSettings& settings = {});

} // namespace skinsim

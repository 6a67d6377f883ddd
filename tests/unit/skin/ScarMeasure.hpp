#pragma once
// Measures one scar on a height map, the way a profilometer analysis would, without using anything
// the generator knows about the scar except roughly where it is: the surrounding skin level, the
// depth below it, the area-equivalent diameter at 10 % and 50 % of the depth, the wall width and
// base flatness along radial rays, the steepest slope, and the dips of an undulating floor.

#include "core/Field2D.hpp"

#include <array>

namespace skinsim::test {

struct ScarMeasurement {
    double surroundUm = 0;                  ///< median height of the annulus around the scar
    double depthUm = 0;                     ///< surround - lowest point
    std::array<double, 2> centroidMm{0, 0}; ///< of the 10 %-depth region
    double diameterMm = 0;                  ///< area-equivalent diameter of the 10 %-depth region
    double diameterHalfDepthMm = 0;         ///< ... of the 50 %-depth region
    double wallWidthMm = 0;          ///< largest over rays of r(10 %) - r(90 %): 0.25 mm = steep
    double halfRadiusDepthRatio = 0; ///< smallest over rays of depth at r(10 %) / 2 over depth
    double maxSlope = 0;             ///< steepest gradient (µm/µm) in and around the scar
    int dips = 0;                    ///< separate local depth maxima with a saddle between them
};

/// The height map low-pass filtered with a Gaussian of SD sigmaMm (ISO 16610-21 style form /
/// roughness separation): removes microrelief furrows before measuring a scar's form.
FieldF gaussianSmoothed(const FieldF& heightUm, double sigmaMm);

/// Measures the scar near `centerMm`; `radiusMm` bounds it: its deepest point lies within 0.6 x
/// radius, its 10 % region within 1.5 x radius, and the surrounding skin is the annulus at 1.3-1.8
/// x radius.
ScarMeasurement measureScar(const FieldF& heightUm, std::array<double, 2> centerMm,
                            double radiusMm);

} // namespace skinsim::test

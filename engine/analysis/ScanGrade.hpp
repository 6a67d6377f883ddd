#pragma once
// `skinsim grade` in the model layer: a measured height map in, what a 3D skin camera (Antera 3D,
// PRIMOS) reports out: the scars found with their type and size, roughness, total scar volume and
// the Goodman-Baron grades (DESIGN.md section 5).
//
// Each scar is scored as the simulator scores it (GoodmanBaron.hpp, the same functions): its
// Goodman-Baron category comes from its depth (mild below kVisibleDepthUm) and from whether it
// would flatten when the skin is stretched (depth not due to tether sag below kFixedDepthUm); the
// qualitative grade from the share of the map that lies at least kVisibleDepthUm deep. A height
// map cannot tell tether sag from missing tissue: rolling scars are taken to owe
// kRollingTetheredShare of their depth to tethers, icepick and boxcar scars none.

#include "analysis/GoodmanBaron.hpp"
#include "analysis/Roughness.hpp"
#include "analysis/ScarDetection.hpp"
#include "analysis/SkinSurface.hpp"
#include "core/Json.hpp"

#include <array>
#include <string>
#include <vector>

namespace skinsim {

/// Share of a rolling scar's depth due to tether sag: the generator's rolling scars are a dermal
/// atrophy of 20-35 % of the depth plus sag (skin/ScarShapes.cpp), so 0.72 is the middle of the
/// rest. An assumption: no rolling-scar tether geometry is published (evidence.md 9).
inline constexpr double kRollingTetheredShare = 0.72;

struct GradeSettings {
    SkinSurfaceSettings surface;
    ScarDetectionSettings detection;
};

struct ScanGrade {
    double pixelUm = 0;
    double widthMm = 0;
    double heightMm = 0;
    std::vector<DetectedScar> scars;
    std::array<int, 4> countByType{}; ///< indexed by ScarType
    Roughness roughness;              ///< of the map with its form removed
    double totalScarVolumeMm3 = 0;
    int gbQualitative = 0;
    int gbQuantitative = 0;
};

/// What makes a graded map implausible as facial skin, in words (empty: nothing): a side longer
/// than a face or shorter than a scar, roughness no skin has, a scar deeper than skin and
/// subcutis. The map is graded anyway; `skinsim grade` prints these and writes them under
/// "warnings" (a unit or scale mistake is the usual cause).
std::vector<std::string> implausibilities(const ScanGrade& grade);

/// The Goodman-Baron view of a detected scar (no colour: a height map has none).
ScarMeasure scarMeasureOf(const DetectedScar& scar);

/// Grades a height map (µm). Deterministic on any thread count.
ScanGrade gradeScan(const FieldF& heightUm, const GradeSettings& settings = {});

/// The grade as written by `skinsim grade` (DESIGN.md section 5 schema, plus pixel_um, size_mm,
/// total_scar_volume_mm3 and each scar's id and Goodman-Baron category).
Json scanGradeToJson(const ScanGrade& grade);

} // namespace skinsim

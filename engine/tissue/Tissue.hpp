#pragma once
// The latent tissue of a skin patch (DESIGN.md section 3): what a scar *is* (missing or tethered
// dermis), what treatments act on, and what the visible surface is derived from.
//
// Two parts. `TissueBaseline` is the patch as generated: full-resolution fields that treatments
// change only through patch-wide scalars (microrelief, constitutive pigment). `TissueState` is one
// patient's (one Monte-Carlo draw's) changing tissue. Changes that differ from cell to cell happen
// where the scars are, so the state keeps its per-cell fields on the list of scar cells only, and
// keeps patch-wide effects (stimulus of a resurfacing pass, redness, relief flattening, PIH) as
// scalars. That makes a day step cost O(scar cells) and a draw a few bytes per cell.

#include "core/Field2D.hpp"
#include "skin/PatchSpec.hpp"
#include "skin/TetherSag.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace skinsim {

/// One scar of the patch, as generated (day 0).
struct ScarRecord {
    int id = 0;
    ScarType type = ScarType::Boxcar;
    std::array<double, 2> centerMm{0, 0};
    double diameterMm = 0;
    double depthMm = 0;
};

/// The patch as generated, shared read-only by every draw.
struct TissueBaseline {
    FieldF relief;  ///< normal microrelief and pores, µm (furrows negative)
    FieldF melanin; ///< constitutive melanin fraction per cell (PIH adds, hypopigmented scars lack)
    FieldF erythema; ///< baseline redness 0..1 (post-inflammatory erythema around scars)
    Field2D<std::int16_t> scarId; ///< which scar a cell belongs to, -1: none
    std::vector<ScarRecord> scars;
    double dermisUm = 1000; ///< normal dermal thickness of the region (evidence.md 1d)
    SagParams sag;          ///< the elastic-sheet constants the generator used

    // Per scar cell (same order as scarCells):
    std::vector<std::uint32_t> scarCells; ///< row-major indices of the cells of every scar
    std::vector<float> deficit0;          ///< missing dermis at day 0, µm
    std::vector<float> tether0;           ///< tether at day 0, 0..1
    std::vector<float> fibrosis0;         ///< fibrosis at day 0, 0..1
    /// Inside its scar's day-0 outline: at least 10 % of the scar's day-0 depth deep (the contour
    /// diameters are measured at). Scar volume is measured inside these cells, so a faint fringe
    /// around a scar does not count as scar.
    std::vector<char> inOutline0;

    FieldF tether0Field; ///< tether over the whole patch (0 outside scars), for the sag solve

    /// The acne PIH around scars on day 0, as (cell, melanin excess over the skin's own melanin,
    /// relative): it fades over the months of a course (melaninMap). Hypopigmentation stays.
    std::vector<std::pair<std::uint32_t, float>> scarPihExcess;

    int width() const { return relief.width(); }
    int height() const { return relief.height(); }
    double pixelUm() const { return relief.pixelUm(); }
    double cellAreaMm2() const { return relief.pixelMm() * relief.pixelMm(); }
};

/// Builds the baseline from generated fields. Scar cells are every cell within a scar's reach
/// (deficit or tether non-zero, or inside its outline); `scarId` assigns each to its scar.
/// `depression0` is how far below the surrounding skin each cell lies on day 0 (µm), for the
/// outlines.
TissueBaseline makeBaseline(FieldF relief, const FieldF& deficit, const FieldF& tether,
                            const FieldF& fibrosis, FieldF melanin, FieldF erythema,
                            std::vector<ScarRecord> scars, double dermisUm,
                            const FieldF& depression0);

/// One patient's tissue on one day. Per-scar-cell vectors follow baseline.scarCells.
struct TissueState {
    int day = 0;
    std::vector<float> deficit;       ///< µm
    std::vector<float> tether;        ///< 0..1
    std::vector<float> tetherMemory;  ///< what tethers re-form toward after subcision, 0..1
    std::vector<float> fibrosis;      ///< 0..1
    std::vector<float> filler;        ///< filler volume per area, µm (before retention)
    std::vector<float> stimulus;      ///< collagen-induction drive (dimensionless), at `day`
    std::vector<float> focalErythema; ///< redness added inside scars (TCA CROSS, punch), 0..1
    std::vector<float> focalWoundUm;  ///< open focal wounds (punch, TCA frost), µm
    /// What remodelling cannot restore, µm: the deficit fills only down to this (Healing.cpp;
    /// model::kResidualShare*). TCA CROSS and punch excision change it; collagen does not.
    std::vector<float> residualUm;
    /// This scar's own collagen response relative to the patient's (model::kScarResponseSigmaLog).
    std::vector<float> scarResponse;

    double fillerAgeDays = 0;     ///< volume-weighted age of the filler (retention clock)
    double erythema = 0;          ///< patch-wide redness from resurfacing, 0..1
    double erythemaTauDays = 2;   ///< its current decay time constant
    double bruise = 0;            ///< bruising (subcision), 0..1, decays like erythema
    double woundUm = 0;           ///< patch-wide open ablation depth (peels), µm
    double columnWoundUm = 0;     ///< depth of open fractional columns, µm
    double columnDensity = 0;     ///< area fraction of those columns
    std::uint64_t columnSeed = 0; ///< where the columns are (regenerated on demand)
    double reliefScale = 1;       ///< microrelief kept after resurfacing flattened it, 0..1
    double pih = 0;               ///< PIH melanin excess, relative
    std::uint64_t pihSeed = 0;    ///< where this episode's PIH patches lie (HealingMarks.hpp)
    int pihDay = 0;               ///< day the PIH episode began (it darkens over weeks)
    int bruiseDay = 0;            ///< day of the subcision behind `bruise` (its colour ages)
    double oedema = 0;            ///< patch-wide swelling after a resurfacing session, 0..1
    double localOedema = 0;       ///< swelling over subcised scars, 0..1
    bool tetherChanged = true;    ///< the sag must be solved again
};

/// The state of an untreated patient on day 0, for the median patient (every scar responds alike,
/// median residual share).
TissueState initialState(const TissueBaseline& baseline);

/// The residual share of a cell with day-0 fibrosis `fibrosis0` for a patient whose residual
/// multiplier is `patientFactor` (model::kResidualShare*), within [0, 0.6].
double residualShare(double fibrosis0, double patientFactor);

} // namespace skinsim

#pragma once
// A generated patch of facial skin: the tissue the simulator works on (DESIGN.md section 3), the
// surface that tissue produces, its pigment, and the list of its scars with their causes.
//
// The surface obeys the model's equation exactly (MODEL.md "Surface"):
//     heightUm = reliefUm - deficitUm - sag(tether)
// with sag from solveTetherSag(tether, sag) (TetherSag.hpp), so the tissue model, re-deriving the
// surface from these fields, starts from the same height map that `skinsim generate` wrote.

#include "core/Field2D.hpp"
#include "skin/PatchSpec.hpp"
#include "skin/TetherSag.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace skinsim {

/// Where a scar came from in the scenario.
enum class ScarOrigin { Explicit, Random, GradePreset };
std::string_view toString(ScarOrigin origin);

/// One scar of the patch: what the scenario asked for, what the generator built, and its cause.
struct Scar {
    /// 0-based, as scenario plan targets number scars (sim/Scenario.hpp): explicit scars in file
    /// order, then the random groups, then a Goodman-Baron preset's. The scarId field holds it.
    int id = 0;
    ScarType type = ScarType::Boxcar;
    ScarOrigin origin = ScarOrigin::Random;
    std::array<double, 2> centerMm{0, 0}; ///< from the patch's top-left corner
    double diameterMm = 0;                ///< area-equivalent diameter of the 10 %-depth contour
    double depthMm = 0;                   ///< below the surrounding skin

    // Measured on the generated surface (deficit + sag inside the scar), as a check.
    double measuredDiameterMm = 0;
    double measuredDepthMm = 0;
    double volumeMm3 = 0; ///< volume of the depression inside its 10 %-depth contour

    // The cause in the tissue (DESIGN.md section 3).
    double maxDeficitUm = 0;      ///< missing dermis at its deepest
    double maxTether = 0;         ///< 0..1; > 0 only for rolling scars
    double maxFibrosis = 0;       ///< 0..1; fibrotic base or tract
    double dermisUm = 0;          ///< normal dermal thickness at its centre
    bool reachesSubcutis = false; ///< deficit deeper than the dermis (icepick tracts)

    // Outline.
    double aspect = 1;      ///< long / short axis of the underlying ellipse
    double rotationDeg = 0; ///< direction of the long axis
    int tetherAnchors = 0;  ///< rolling scars: fibrous anchors

    // Pigment.
    double erythema = 0;          ///< post-inflammatory erythema, 0..1
    double hyperpigmentation = 0; ///< PIH halo: melanin x (1 + this)
    double hypopigmentation = 0;  ///< melanin x (1 - this) inside
};

struct SkinPatch {
    PatchSpec patch;
    PatientSpec patient;
    std::uint64_t seed = 0;
    SagParams sag; ///< the sag the height was derived with; the tissue model uses the same

    FieldF heightUm;  ///< the skin surface, µm (0 = plateau of normal skin, down negative)
    FieldF reliefUm;  ///< microrelief and pores, µm (flattened on scar floors)
    FieldF dermisUm;  ///< normal dermal thickness, µm, before any scar's deficit
    FieldF deficitUm; ///< missing dermis, µm (may exceed dermisUm: a tract into the subcutis)
    FieldF tether;    ///< fibrotic anchoring to the deep plane, 0..1
    FieldF fibrosis;  ///< stiff scar collagen, 0..1
    FieldF melanin;   ///< epidermal melanosome volume fraction (PIH adds, hypopigmentation removes)
    FieldF blood;     ///< baseline dermal blood volume fraction (haemoglobin)
    FieldF erythema;  ///< post-inflammatory erythema, 0..1 (blood excess)
    Field2D<std::uint16_t> scarId; ///< id of the scar whose outline covers the cell, or kNoScar

    std::vector<Scar> scars;

    int width() const { return heightUm.width(); }
    int height() const { return heightUm.height(); }
    double pixelUm() const { return heightUm.pixelUm(); }
};

/// scarId of a cell outside every scar's outline.
inline constexpr std::uint16_t kNoScar = 0xFFFF;

/// Bytes per cell the patch itself holds: 9 float fields and one 16-bit id.
inline constexpr std::size_t kPatchBytesPerCell = 9 * sizeof(float) + sizeof(std::uint16_t);
/// Bytes per cell at the peak of generation or export (patch + the largest temporary).
inline constexpr std::size_t kPeakBytesPerCell = kPatchBytesPerCell + 12;
static_assert(kPeakBytesPerCell < 64, "issue 3: memory stays under 64 bytes per cell");

} // namespace skinsim

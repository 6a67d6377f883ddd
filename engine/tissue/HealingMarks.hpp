#pragma once
// What healing looks like on a given day, beyond the surface height, redness and melanin: the
// marks a patient sees in the days after a session (issue 11, "the visible course of healing").
// Derived from the tissue state like the surface (DESIGN.md 3), for the pictures only: scar
// volume, improvement and every other measure ignore them.
//   - crust: the pinpoint crusts (microscopic epidermal necrotic debris, the "bronzing") over the
//     open columns of an ablative fractional laser, the scab in a TCA CROSS tract or over a punch
//     closure, and the flakes of a peel, 0..1 coverage;
//   - bruise: purple, then green-yellow, over and around subcised scars, 0..1;
//   - swelling: oedema lifting the surface, µm (it fills the furrows of a resurfaced patch and
//     raises the skin over subcised or filled scars for a few days: the "day-2 improvement" that
//     goes away).
// Each field is absent when nothing shows, which is every day after the first two weeks.

#include "core/Field2D.hpp"
#include "tissue/Tissue.hpp"

#include <optional>

namespace skinsim {

struct HealingMarks {
    std::optional<FieldF> crust;
    std::optional<FieldF> bruise;
    double bruiseAgeDays = 0; ///< days since the subcision: the bruise's colour
    std::optional<FieldF> swellingUm;
};

/// The marks of `state` (its day) on the patch of `baseline`.
HealingMarks healingMarks(const TissueBaseline& baseline, const TissueState& state);

/// How strongly PIH shows at a cell, 0..1: PIH after a treatment comes in patches, not as an
/// even tan (Manuskiatti 2010: "mild PIH", resolving over ~5 weeks). Mean over a patch ~0.4.
double pihPatchWeight(std::uint64_t pihSeed, double xMm, double yMm);

} // namespace skinsim

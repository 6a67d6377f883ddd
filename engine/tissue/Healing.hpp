#pragma once
// Healing between sessions (MODEL.md "Healing"; DESIGN.md section 3): wounds close in days,
// redness fades over days to weeks, the collagen-induction stimulus decays over months while new
// collagen fills deficits, loosens tethers and softens fibrosis; cut tethers partly re-form.
//
// Every process is integrated in closed form over a step of any length (exponential decays exactly,
// the saturating deposition by a per-cell Newton solve of its exact implicit solution), so long
// steps in the quiet remodelling months cost the same as short ones and the result does not
// depend on the step size except through the tether-relapse coupling.

#include "tissue/Patient.hpp"
#include "tissue/Tissue.hpp"

namespace skinsim {

/// Advances `state` by `days` (> 0) for this patient.
void heal(TissueState& state, const TissueBaseline& baseline, const PatientResponse& patient,
          int days);

/// HA filler retained after `ageDays`, relative to the volume injected (Weibull, ha-kinetics).
double fillerRetention(double ageDays);

} // namespace skinsim

#pragma once
// Building blocks shared by the modalities: where a session acts, stimulus deposition, redness,
// resurfacing, and the PIH risk model.

#include "treatment/Treatment.hpp"

#include <functional>

namespace skinsim::effects {

/// Calls f(k) for every scar cell k the session reaches: all of them when the session resurfaces
/// the whole patch, else the cells of the chosen scars.
void forTargetCells(const SessionContext& context, const std::function<void(std::size_t)>& f);

/// Adds collagen-induction stimulus to every reached scar cell.
void addStimulus(TissueState& state, const SessionContext& context, double amount);

/// Adds the stimulus of an injury delivered from the surface to `injuryDepthUm` (fractional
/// columns, needles): it is weighted by how close the injury comes to the base of the scar's
/// deficit there, exp(-deficit / (injury depth + kRemodellingReachUm)). Narrow deep tracts
/// (icepick) are reached least (MODEL.md "Fractional CO2"; evidence.md 3b: icepick is
/// "resistant to conventional skin-resurfacing").
void addSurfaceInjuryStimulus(TissueState& state, const SessionContext& context, double amount,
                              double injuryDepthUm);
/// How far beyond the injured tissue collagen induction reaches, µm (assumption: the hsp47
/// collagen response spreads a few hundred µm around fractional columns, Hantash 2007).
inline constexpr double kRemodellingReachUm = 400.0;

/// Raises patch-wide redness to at least `peak` and sets how fast it fades (days).
void addErythema(TissueState& state, double peak, double tauDays);

/// Raises the patch-wide swelling to at least `peak` (0..1); it fades with model::kOedemaTauDays.
void addOedema(TissueState& state, double peak);

/// Days until redness of `peak` fading with `tauDays` drops below the visible level.
double daysVisible(double peak, double tauDays);

/// Flattens the microrelief: keeps `kept` (0..1) of what was left.
void flattenRelief(TissueState& state, double kept);

/// Per-session PIH probability (model::kPih*): logistic in skin type, ablation and density.
double pihProbability(int fitzpatrick, bool ablative, double densityPct, double depthUm);

/// Adds the patient's own factors to a session's risks (model::k* "Patient factors"): PIH odds
/// for healing history and sun protection, the session's chance of new scarring and of infection.
void applyPatientFactors(SessionDowntime& downtime, const PatientSpec& patient);

/// New acne scars per cm² per month while acne of this activity continues (0 for none).
double newScarRatePerCm2Month(AcneActivity acne);

} // namespace skinsim::effects

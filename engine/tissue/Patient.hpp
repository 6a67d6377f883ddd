#pragma once
// One patient's biology, as drawn for one Monte-Carlo draw (MODEL.md "Patient"): how strongly they
// lay down collagen, how fast they heal, whether they tend to PIH. Draw -1 is the median patient.

#include "core/Rng.hpp"
#include "skin/PatchSpec.hpp"

#include <cstdint>

namespace skinsim {

struct PatientResponse {
    double collagen = 1.0;      ///< remodelling multiplier R (lognormal, median 1)
    double healing = 1.0;       ///< duration multiplier for erythema, crusting, bruising (median 1)
    double pihDraw = 0.5;       ///< uniform draw compared with each session's PIH probability
    double age = 1.0;           ///< age factor on remodelling (model::ageFactor)
    double residual = 1.0;      ///< multiplier on the residual share (lognormal, median 1)
    std::uint64_t scarSeed = 0; ///< where each scar's own response comes from (personalise)
    bool median = true;         ///< draw -1: every scar responds alike
};

/// The response of draw `draw` (0-based) under `seed`; draw < 0 is the median patient.
PatientResponse drawPatient(const PatientSpec& patient, std::uint64_t seed, int draw);

/// Healing-speed multiplier of the patient's scarring history (1 for none; model::k*Slowdown).
double historyHealingFactor(ScarringHistory history);

struct TissueBaseline;
struct TissueState;
/// Gives `state` (fresh from initialState) this patient's residual shares and each scar's own
/// response: scars of one patient differ, so a good responder still keeps some visible scars.
void personalise(TissueState& state, const TissueBaseline& baseline,
                 const PatientResponse& response);

} // namespace skinsim

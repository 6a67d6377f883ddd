#pragma once
// The outcome range in a patient's words, shared by the demo's summary, `skinsim simulate`, the
// report and the studio so that all of them say the same thing: pockmarks improve, they are not
// erased. The words follow the numbers; none of them says "all" or "completely" of a scar.

#include "sim/Outcome.hpp"

#include <string>

namespace skinsim {

/// Said beside every outcome range.
inline constexpr const char* kImproveNotErase =
    "Scars improve; they are not erased: every simulated patient keeps some visible scarring.";

/// What a patch of scars still shows after improving by `improvement` (share of the day-0 scar
/// volume gone), e.g. "the scars are clearly shallower; most still show in side light".
std::string remainingWords(double improvement);

/// The range on one day in one line: "typically 67 % of the scar volume gone; 8 in 10 patients
/// between 34 % and 85 %".
std::string rangeLine(const Band& band);

/// The range in the patient's words, a sentence per part of it: what most people like them get,
/// what a slow and a good responder get, and what stays.
std::string rangeInWords(const Band& band);

/// The patient factors in words: "no poor healing or keloids, acne not active, sun protection
/// daily, good aftercare".
std::string patientFactorWords(const PatientSpec& patient);

/// A small probability as a percentage that keeps its size readable: "0.3 %", "4.1 %", "27 %",
/// "under 0.1 %" (never "0 %" for a risk that exists).
std::string riskPercent(double probability);

/// The new acne scars of one day in words, or "" when acne is not active: "new acne scars by
/// day 365: typically 2 (0-4 in 8 in 10 patients), not counted in the improvement above".
std::string newScarWords(const DayOutcome& day);

} // namespace skinsim

#pragma once
// The report's numbers in words a patient reads: days as weeks and months, scar types, the
// Goodman-Baron grades, a session's settings with their units and what it is aimed at.

#include "sim/Scenario.hpp"
#include "skin/PatchSpec.hpp"

#include <string>
#include <string_view>

namespace skinsim::report {

/// "day 0", "day 42 (week 6)", "day 180 (month 6)": weeks up to 12 weeks, then months.
std::string dayPhrase(int day);

/// "icepick", "boxcar", "rolling", "chickenpox" + " scar" / " scars".
std::string scarTypeWords(ScarType type, int count);

/// One plain sentence on what that type of scar is.
std::string scarTypeExplanation(ScarType type);

/// The Goodman-Baron qualitative grade (0..4) in words, e.g. "3 (moderate): obvious at a
/// conversational distance of 50 cm".
std::string qualitativeGradeWords(int grade);

/// The session's treatment as its catalogue's display name ("Fractional CO2 laser").
std::string treatmentName(const std::string& key);

/// A device setting's scenario key as words: "pulse_energy_mj" (unit "mJ") -> "pulse energy".
std::string parameterWords(std::string_view name, std::string_view unit);

/// The session's settings with units, e.g. "pulse energy 15 mJ, density 10 %, 1 pass"; parameters
/// with no value set show their defaults (the scenario loader completed them).
std::string sessionSettings(const PlanEntry& entry);

/// What the session acts on: "all scars of the patch", "the icepick scars", "scars 1, 4".
std::string targetWords(const PlanEntry& entry);

} // namespace skinsim::report

#pragma once
// A graded scan turned into a scenario (`skinsim grade --scenario-out`), so that the scars a
// patient has can be treated in the simulator: each scar found becomes an explicit scar with its
// type, centre, diameter and depth, on a patch the size of the scan, with an empty plan to fill in.
//
// The simulator does not replay the scan: it regenerates the skin around those scars (microrelief,
// pores, pigment and dermis from the seed and the patient, defaults: cheek, Fitzpatrick III, 30
// years) and builds each scar from its type's tissue model at the measured size and depth. The
// scars' outlines, wall profiles and, for rolling scars, their tether anchors are the generator's,
// not the scan's.
//
// Measured scars may fall outside their type's published size range or touch one another; the
// scenario then sets "allow_atypical" / "allow_overlap", so it loads as measured. A scar reaching
// past the patch border (cut by the scan's edge) is moved inward until it fits.

#include "analysis/ScanGrade.hpp"
#include "core/Result.hpp"
#include "sim/Scenario.hpp"

#include <string>

namespace skinsim {

/// The scenario of a graded scan, checked with the scenario loader (scenarioFromJson) and the skin
/// generator's own checks; `source` (the scan's file name) names it. Error::badInput when the scan
/// cannot become a simulated patch (smaller than 5 mm, larger than 120 mm, too many scars).
Result<Scenario> scenarioFromGrade(const ScanGrade& grade, const std::string& source);

} // namespace skinsim

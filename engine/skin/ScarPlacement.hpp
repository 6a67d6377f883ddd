#pragma once
// Turns a scenario's scar request into scars with shapes and positions: explicit scars where the
// scenario puts them, then random scars by type and count (and the Goodman-Baron preset's mix),
// each at a random place where it does not overlap any other scar (unless allow_overlap) and lies
// wholly inside the patch. The mix is exactly what was asked; if it cannot fit, that is an error
// that says so, never a silent shortfall.
//
// Ids (0-based, as plan targets name them, sim/Scenario.hpp): explicit scars first (in file
// order), then the random groups in order, then the grade preset's groups.

#include "core/Result.hpp"
#include "skin/ScarShapes.hpp"
#include "skin/SkinPatch.hpp"

#include <functional>
#include <vector>

namespace skinsim {

struct PlannedScar {
    ScarShape shape;
    ScarOrigin origin = ScarOrigin::Random;
};

/// Normal dermal thickness (µm) at a point given in mm.
using DermisLookup = std::function<double(double xMm, double yMm)>;

/// Every scar of `scars` shaped and placed on `patch`. The request must have passed
/// validateScars; placement failures (too many scars for the patch) are bad input.
Result<std::vector<PlannedScar>> planScars(const PatchSpec& patch, const PatientSpec& patient,
                                           const ScarSpec& scars, std::uint64_t seed,
                                           const ShapeContext& context,
                                           const DermisLookup& dermisAt);

} // namespace skinsim

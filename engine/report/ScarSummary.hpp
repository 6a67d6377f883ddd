#pragma once
// The patient's scars before treatment as the report states them: how many of each type and the
// Goodman-Baron grades of the untreated patch (measured as the simulator measures every day).

#include "tissue/Tissue.hpp"

#include <array>

namespace skinsim::report {

struct ScarSummary {
    std::array<int, 4> countByType{}; ///< indexed by ScarType
    int gbQualitative = 0;            ///< 0..4
    int gbQuantitative = 0;           ///< points
    double volumeMm3 = 0;             ///< below the surrounding skin
};

/// Counts and grades the scars of the untreated patch.
ScarSummary summariseScars(const TissueBaseline& baseline);

} // namespace skinsim::report

#pragma once
// Measuring a simulated patch the way a 3D skin camera and a trial would: each scar's depth,
// diameter and volume below the surrounding skin, scar volume by type, and the Goodman-Baron
// grades (analysis/GoodmanBaron.hpp).

#include "analysis/GoodmanBaron.hpp"
#include "tissue/Surface.hpp"

#include <array>
#include <vector>

namespace skinsim {

struct PatchMeasure {
    std::vector<ScarMeasure> scars;        ///< one per baseline scar, same order
    std::array<double, 4> volumeByTypeMm3{}; ///< indexed by ScarType
    double volumeMm3 = 0;
    int gbQualitative = 0;
    int gbQuantitative = 0;
    double meanErythema = 0; ///< mean treatment redness over the patch (0..1)
};

PatchMeasure measurePatch(const TissueBaseline& baseline, const TissueState& state,
                          const SagCache& sag);

} // namespace skinsim

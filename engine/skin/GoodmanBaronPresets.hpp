#pragma once
// Scar mixes typical of a Goodman & Baron qualitative grade (Goodman & Baron 2006; evidence.md 5):
//   2 mild      not obvious at 50 cm social distance: a few small icepick and shallow boxcar scars
//   3 moderate  obvious at 50 cm, flattens when the skin is stretched: adds rolling scars
//   4 severe    obvious at 50 cm, does not flatten: more scars, deep boxcars, deeper rolling
// Counts are per 30 x 30 mm patch (the default cheek patch) and scale with area. The type shares
// follow the only prevalence figures found, icepick 60-75 %, boxcar 20-30 %, rolling 15-25 %
// ([S] orionaesthetics, evidence.md 1a); the counts and the depth bands are assumptions (the
// grades' scar counts are not published in retrievable text, evidence.md 9).

#include "skin/PatchSpec.hpp"

#include <vector>

namespace skinsim {

/// The random scar groups of grade 2, 3 or 4 for a patch of `areaMm2`.
std::vector<RandomScars> goodmanBaronPreset(int grade, double areaMm2);

} // namespace skinsim

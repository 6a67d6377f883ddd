#pragma once
// The generated skin patch as the tissue model's baseline.

#include "skin/SkinPatch.hpp"
#include "tissue/Tissue.hpp"

namespace skinsim {

/// The tissue baseline of a generated patch. Its fields move into the baseline (no copy of a
/// full-resolution field is made): afterwards `patch` keeps only its scar list, blood and
/// metadata.
TissueBaseline tissueFromPatch(SkinPatch& patch);

} // namespace skinsim

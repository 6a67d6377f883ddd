#pragma once
// The generated skin patch as the tissue model's baseline.

#include "skin/SkinPatch.hpp"
#include "tissue/Tissue.hpp"

namespace skinsim {

TissueBaseline tissueFromPatch(const SkinPatch& patch);

} // namespace skinsim

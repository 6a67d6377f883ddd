#include "sim/PatchTissue.hpp"

namespace skinsim {

TissueBaseline tissueFromPatch(const SkinPatch& patch) {
    std::vector<ScarRecord> scars;
    for (const Scar& s : patch.scars) {
        scars.push_back({s.id, s.type, s.centerMm, s.diameterMm, s.depthMm});
    }
    TissueBaseline b = makeBaseline(patch.reliefUm, patch.deficitUm, patch.tether, patch.fibrosis,
                                    patch.melanin, patch.erythema, std::move(scars),
                                    patch.dermisUm.mean());
    b.sag = patch.sag;
    return b;
}

} // namespace skinsim

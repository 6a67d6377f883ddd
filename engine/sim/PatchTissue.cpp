#include "sim/PatchTissue.hpp"

namespace skinsim {

TissueBaseline tissueFromPatch(const SkinPatch& patch) {
    std::vector<ScarRecord> scars;
    for (const Scar& s : patch.scars) {
        scars.push_back({s.id, s.type, s.centerMm, s.diameterMm, s.depthMm});
    }
    // Day-0 depression below the surrounding skin: the surface without its microrelief.
    FieldF depression = patch.reliefUm;
    depression -= patch.heightUm;
    TissueBaseline b = makeBaseline(patch.reliefUm, patch.deficitUm, patch.tether, patch.fibrosis,
                                    patch.melanin, patch.erythema, std::move(scars),
                                    patch.dermisUm.mean(), depression);
    b.sag = patch.sag;
    return b;
}

} // namespace skinsim

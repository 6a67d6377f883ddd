#include "sim/PatchTissue.hpp"

namespace skinsim {

TissueBaseline tissueFromPatch(SkinPatch& patch) {
    std::vector<ScarRecord> scars;
    for (const Scar& s : patch.scars) {
        scars.push_back({s.id, s.type, s.centerMm, s.diameterMm, s.depthMm});
    }
    // Day-0 depression below the surrounding skin: the surface without its microrelief.
    FieldF depression = std::move(patch.heightUm);
    depression.apply([](float h) { return -h; });
    depression += patch.reliefUm;
    const double dermisUm = patch.dermisUm.mean();
    TissueBaseline b =
        makeBaseline(std::move(patch.reliefUm), patch.deficitUm, patch.tether, patch.fibrosis,
                     std::move(patch.melanin), std::move(patch.erythema), std::move(scars),
                     dermisUm, depression);
    b.sag = patch.sag;
    // The baseline holds what the model needs; free the rest.
    patch.heightUm = {};
    patch.reliefUm = {};
    patch.dermisUm = {};
    patch.deficitUm = {};
    patch.tether = {};
    patch.fibrosis = {};
    patch.melanin = {};
    patch.erythema = {};
    patch.scarId = {};
    return b;
}

} // namespace skinsim

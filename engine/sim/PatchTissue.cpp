#include "sim/PatchTissue.hpp"

#include "skin/Pigment.hpp"

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
    // The skin's own melanin (the generator's, before the scars' marks) gives each halo's excess.
    FieldF ownMelanin = FieldF::sameShapeAs(patch.melanin);
    FieldF ownBlood = FieldF::sameShapeAs(patch.melanin);
    generateBaselinePigment(ownMelanin, ownBlood, patch.patient.fitzpatrick, patch.seed);
    std::vector<std::pair<std::uint32_t, float>> pihExcess;
    for (std::size_t i = 0; i < ownMelanin.size(); ++i) {
        const float excess = patch.melanin.values()[i] / ownMelanin.values()[i] - 1.0f;
        if (excess > 1e-3f) {
            pihExcess.emplace_back(static_cast<std::uint32_t>(i), excess);
        }
    }
    TissueBaseline b =
        makeBaseline(std::move(patch.reliefUm), patch.deficitUm, patch.tether, patch.fibrosis,
                     std::move(patch.melanin), std::move(patch.erythema), std::move(scars),
                     dermisUm, depression);
    b.sag = patch.sag;
    b.scarPihExcess = std::move(pihExcess);
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

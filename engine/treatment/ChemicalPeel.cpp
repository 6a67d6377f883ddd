// Chemical peels: a uniform chemical ablation to a depth set by the agent, which flattens the
// microrelief and the shoulders of scars and induces collagen uniformly.

#include "treatment/Modalities.hpp"
#include "treatment/SessionEffects.hpp"

#include <algorithm>

namespace skinsim {

namespace {
/// What a peel of one depth does.
struct PeelInjury {
    double woundUm;       ///< uniform ablation depth
    double stimulus;      ///< relative to the reference fractional CO2 session
    double erythemaTau;   ///< days
    double crustingDays;  ///< peeling
    double reliefKept;    ///< microrelief left after the peel
    bool ablative;        ///< for the PIH model
    double pihDensityPct; ///< "density" equivalent for the PIH model (whole surface, graded)
};

PeelInjury peelInjury(PeelDepth depth, double dermisUm) {
    // Superficial ~60 µm (MODEL.md); medium removes epidermis + papillary dermis (~1/5 of the
    // dermis); deep adds about half of the reticular dermis (acne.org [S], evidence.md 1d).
    const double epidermisUm = 68.6; // Tsugita, evidence.md 1d
    if (depth == PeelDepth::Superficial) {
        return {60, 0.15, 0.9, 3, 0.85, false, 10};
    }
    if (depth == PeelDepth::Deep) {
        // Redness fades over ~2 months (acne.org [S]; evidence.md 8.9): 64 days at peak 1.
        return {epidermisUm + 0.2 * dermisUm + 0.4 * dermisUm, 2.4, 28, 14, 0.3, true, 40};
    }
    // Medium: peeling 7-10 days, then weeks of pinkness; 60 % good or excellent after 4 sessions
    // (acne.org [S], evidence.md 3a, weak evidence).
    return {epidermisUm + 0.2 * dermisUm, 0.9, 7, 8, 0.5, true, 10};
}
} // namespace

std::string_view ChemicalPeel::key() const {
    return "chemical_peel";
}

SessionSettings ChemicalPeel::readSettings(const SettingsReader& reader) const {
    // PeelDepth lists the catalogue's choices in the catalogue's order.
    return ChemicalPeelSettings{.depth = static_cast<PeelDepth>(reader.choice("depth"))};
}

void ChemicalPeel::apply(TissueState& state, const SessionContext& c) const {
    const PeelInjury p =
        peelInjury(std::get<ChemicalPeelSettings>(c.settings).depth, c.baseline.dermisUm);
    effects::addStimulus(state, c, p.stimulus);
    effects::addErythema(state, 1.0, p.erythemaTau);
    effects::flattenRelief(state, p.reliefKept);
    state.woundUm = std::max(state.woundUm, p.woundUm);
    // Swelling grows with the peel's depth (assumption; medium and deep peels swell for days).
    effects::addOedema(state, std::min(1.0, p.woundUm / 300.0));
}

SessionDowntime ChemicalPeel::downtime(const SessionContext& c) const {
    const PeelInjury p =
        peelInjury(std::get<ChemicalPeelSettings>(c.settings).depth, c.baseline.dermisUm);
    SessionDowntime d;
    d.erythemaDays = effects::daysVisible(1.0, p.erythemaTau);
    d.crustingDays = p.crustingDays;
    d.swellingDays = p.ablative ? 4 : 1;
    d.pihProbability =
        effects::pihProbability(c.patient.fitzpatrick, p.ablative, p.pihDensityPct, p.woundUm);
    return d;
}

} // namespace skinsim

// Fractional CO2 laser (10,600 nm): microthermal columns ~120 µm across, ablated to a depth set by
// the pulse energy, with a coagulation sleeve around them.

#include "tissue/ModelParameters.hpp"
#include "treatment/Modalities.hpp"
#include "treatment/SessionEffects.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

namespace {
/// Coagulation beyond the ablated column, µm: ~150-200 µm (eCO2 depth study, Hantash 2007;
/// MODEL.md); the lower end for the low energies used on scars.
constexpr double kCoagulationUm = 150.0;
/// Injury depth (ablation + coagulation) of the reference session, 15 mJ: stimulus is 1 there.
constexpr double kReferenceInjuryUm = 288.0;

double erythemaPeak(double densityPct) {
    return std::min(1.0, 0.5 + 0.02 * densityPct);
}

double erythemaTau(double injuryUm, double coveragePct) {
    // 3-4 days of erythema at scar settings (Majid & Imran 2014; target co2-downtime), longer for
    // deeper injury ("slightly longer with ablative treatments", evidence.md 4) and far longer
    // when the columns cover most of the surface (model::kConfluentErythema).
    const double coverage = std::min(1.0, coveragePct / 100.0);
    return 1.75 * std::sqrt(injuryUm / kReferenceInjuryUm) *
           (1.0 + model::kConfluentErythema * coverage * coverage);
}
} // namespace

double co2AblationDepthUm(double pulseEnergyMj) {
    // d = 16.3 E^0.79 µm: 80 mJ -> 520 µm, 160 mJ -> 900 µm, and > 3x from 5 to 30 mJ
    // (target co2-depth; eCO2 depth study, Hantash 2007). Fitted through the two depths.
    return 16.3 * std::pow(pulseEnergyMj, 0.79);
}

double fractionalStimulus(double densityPct, double passes, double injuryUm) {
    // Diminishing returns in density (more columns heal as a sheet) and depth (the deep columns
    // reach less scar base per µm). Exponents are calibrated: co2-quartiles, co2-gb-grade.
    const double area = std::min(100.0, densityPct * passes) / 10.0;
    return std::pow(area, 0.7) * std::sqrt(injuryUm / kReferenceInjuryUm);
}

std::string_view FractionalCo2::key() const {
    return "fractional_co2";
}

SessionSettings FractionalCo2::readSettings(const SettingsReader& reader) const {
    return FractionalCo2Settings{.pulseEnergyMj = reader.real("pulse_energy_mj"),
                                 .densityPct = reader.real("density_pct"),
                                 .passes = reader.integer("passes")};
}

void FractionalCo2::apply(TissueState& state, const SessionContext& c) const {
    const auto& settings = std::get<FractionalCo2Settings>(c.settings);
    const double energy = settings.pulseEnergyMj;
    const double density = settings.densityPct;
    const double passes = settings.passes;
    const double ablation = co2AblationDepthUm(energy);
    const double injury = ablation + kCoagulationUm;
    effects::addSurfaceInjuryStimulus(state, c, fractionalStimulus(density, passes, injury),
                                      injury);
    effects::addErythema(state, erythemaPeak(density * passes),
                         erythemaTau(injury, density * passes));
    effects::flattenRelief(state, 1.0 - 0.3 * std::min(1.0, density * passes / 30.0));
    // Oedema "slightly longer with ablative treatments" (evidence.md 4): the largest peak.
    effects::addOedema(state, 1.0);
    state.columnWoundUm = ablation;
    state.columnDensity = std::min(1.0, density * passes / 100.0);
    state.columnSeed = c.seed;
}

SessionDowntime FractionalCo2::downtime(const SessionContext& c) const {
    const auto& settings = std::get<FractionalCo2Settings>(c.settings);
    const double energy = settings.pulseEnergyMj;
    const double density = settings.densityPct;
    const double passes = settings.passes;
    const double ablation = co2AblationDepthUm(energy);
    SessionDowntime d;
    d.erythemaDays = effects::daysVisible(erythemaPeak(density * passes),
                                          erythemaTau(ablation + kCoagulationUm, density * passes));
    // Crusts stay until the columns re-epithelialise to ~10 µm: 4-6 days at 15 mJ (Majid & Imran).
    d.crustingDays = model::kWoundTauDays * std::log(std::max(1.0, ablation / 10.0)) * 1.2;
    d.swellingDays = 2.5; // "two to three days, or slightly longer with ablative" (evidence.md 4)
    d.pihProbability =
        effects::pihProbability(c.patient.fitzpatrick, true, density * passes, ablation);
    return d;
}

} // namespace skinsim

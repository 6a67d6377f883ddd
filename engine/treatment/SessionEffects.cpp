#include "treatment/SessionEffects.hpp"

#include "tissue/ModelParameters.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim::effects {

void forTargetCells(const SessionContext& context, const std::function<void(std::size_t)>& f) {
    const TissueBaseline& b = context.baseline;
    for (std::size_t k = 0; k < b.scarCells.size(); ++k) {
        if (context.target.wholePatch) {
            f(k);
            continue;
        }
        const int id = b.scarId.data()[b.scarCells[k]];
        if (id >= 0 && std::size_t(id) < context.target.scarChosen.size() &&
            context.target.scarChosen[std::size_t(id)] != 0) {
            f(k);
        }
    }
}

void addStimulus(TissueState& state, const SessionContext& context, double amount) {
    forTargetCells(context,
                   [&](std::size_t k) { state.stimulus[k] += static_cast<float>(amount); });
}

void addSurfaceInjuryStimulus(TissueState& state, const SessionContext& context, double amount,
                              double injuryDepthUm) {
    const double reach = injuryDepthUm + kRemodellingReachUm;
    forTargetCells(context, [&](std::size_t k) {
        state.stimulus[k] += static_cast<float>(amount * std::exp(-state.deficit[k] / reach));
    });
}

void addErythema(TissueState& state, double peak, double tauDays) {
    state.erythema = std::max(state.erythema, std::min(1.0, peak));
    state.erythemaTauDays = tauDays;
}

void addOedema(TissueState& state, double peak) {
    state.oedema = std::max(state.oedema, std::clamp(peak, 0.0, 1.0));
}

double daysVisible(double peak, double tauDays) {
    return peak <= model::kErythemaVisible ? 0.0
                                           : tauDays * std::log(peak / model::kErythemaVisible);
}

void flattenRelief(TissueState& state, double kept) {
    state.reliefScale *= std::clamp(kept, 0.0, 1.0);
}

double pihProbability(int fitzpatrick, bool ablative, double densityPct, double depthUm) {
    double logit = model::kPihIntercept + model::kPihPerSkinType * (fitzpatrick - 4) +
                   model::kPihPerDensity10 * (densityPct - 10.0) / 10.0;
    if (ablative) {
        logit += model::kPihAblative * std::min(1.0, depthUm / model::kPihAblationFullUm);
    }
    // Deeper injury, more pigment disturbance: +0.5 per doubling of depth beyond 150 µm
    // (assumption; PIH rises with ablative depth, MODEL.md "Patient").
    if (depthUm > 150) {
        logit += 0.5 * std::log2(depthUm / 150.0);
    }
    return 1.0 / (1.0 + std::exp(-logit));
}

double newScarRatePerCm2Month(AcneActivity acne) {
    switch (acne) {
    case AcneActivity::Mild:
        return model::kNewScarsMild;
    case AcneActivity::Moderate:
        return model::kNewScarsModerate;
    case AcneActivity::Severe:
        return model::kNewScarsSevere;
    case AcneActivity::None:
        break;
    }
    return 0.0;
}

void applyPatientFactors(SessionDowntime& d, const PatientSpec& patient) {
    double logit = 0;
    double scarring = 1.0;
    if (patient.scarringHistory == ScarringHistory::PoorHealing) {
        logit += model::kPoorHealingPihLogit;
        scarring = model::kPoorHealingScarringFactor;
    } else if (patient.scarringHistory == ScarringHistory::KeloidFamily) {
        logit += model::kKeloidFamilyPihLogit;
        scarring = model::kKeloidFamilyScarringFactor;
    }
    if (patient.sunProtection == SunProtection::Sometimes) {
        logit += model::kSunSometimesPihLogit;
    } else if (patient.sunProtection == SunProtection::None) {
        logit += model::kSunNonePihLogit;
    }
    if (logit != 0 && d.pihProbability > 0 && d.pihProbability < 1) {
        const double p = d.pihProbability;
        d.pihProbability = 1.0 / (1.0 + std::exp(-(std::log(p / (1.0 - p)) + logit)));
    }
    // Redness beyond a week, up to four weeks, stands for how deep and confluent the injury was.
    const double aggressive = std::clamp((d.erythemaDays - 7.0) / 21.0, 0.0, 1.0);
    d.newScarringProbability = model::kNewScarringAtMostAggressive * aggressive * scarring;
    const bool openWound = d.crustingDays > 0;
    d.infectionProbability =
        model::kInfectionOpenWound * (openWound ? 1.0 : model::kInfectionClosedShare) *
        (patient.aftercare == Aftercare::Poor ? model::kInfectionPoorAftercare : 1.0);
}

} // namespace skinsim::effects

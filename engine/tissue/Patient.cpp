#include "tissue/Patient.hpp"

#include "tissue/ModelParameters.hpp"
#include "tissue/Tissue.hpp"

namespace skinsim {

double historyHealingFactor(ScarringHistory history) {
    switch (history) {
    case ScarringHistory::PoorHealing:
        return model::kPoorHealingSlowdown;
    case ScarringHistory::KeloidFamily:
        return model::kKeloidFamilySlowdown;
    case ScarringHistory::None:
        break;
    }
    return 1.0;
}

PatientResponse drawPatient(const PatientSpec& patient, std::uint64_t seed, int draw) {
    PatientResponse r;
    r.age = model::ageFactor(patient.ageYears);
    r.healing = historyHealingFactor(patient.scarringHistory);
    if (draw < 0) {
        return r;
    }
    const CounterRng rng = CounterRng(seed, "patient-response").child(std::uint64_t(draw));
    r.collagen = rng.lognormal(0, 1.0, model::kResponseSigmaLog);
    r.healing *= rng.lognormal(1, 1.0, model::kHealingSigmaLog);
    r.pihDraw = rng.uniform(2);
    // lognormal(3) reads counters 6 and 7 (normal(i) takes 2i and 2i+1), bits(10) counter 10: apart
    // from the counters 0-3 above.
    r.residual = rng.lognormal(3, 1.0, model::kResidualSigmaLog);
    r.scarSeed = rng.bits(10);
    r.median = false;
    return r;
}

void personalise(TissueState& state, const TissueBaseline& baseline,
                 const PatientResponse& response) {
    std::vector<float> perScar(baseline.scars.size(), 1.0f);
    if (!response.median) {
        const CounterRng rng(response.scarSeed, std::string_view("scar-response"));
        for (std::size_t s = 0; s < perScar.size(); ++s) {
            perScar[s] = static_cast<float>(rng.lognormal(s, 1.0, model::kScarResponseSigmaLog));
        }
    }
    for (std::size_t k = 0; k < baseline.scarCells.size(); ++k) {
        const int id = baseline.scarId.data()[baseline.scarCells[k]];
        state.scarResponse[k] = id >= 0 ? perScar[std::size_t(id)] : 1.0f;
        state.residualUm[k] = static_cast<float>(
            residualShare(baseline.fibrosis0[k], response.residual) * baseline.deficit0[k]);
    }
}

} // namespace skinsim

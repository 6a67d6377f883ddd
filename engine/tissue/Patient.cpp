#include "tissue/Patient.hpp"

#include "tissue/ModelParameters.hpp"

namespace skinsim {

PatientResponse drawPatient(const PatientSpec& patient, std::uint64_t seed, int draw) {
    PatientResponse r;
    r.age = model::ageFactor(patient.ageYears);
    if (draw < 0) {
        return r;
    }
    const CounterRng rng = CounterRng(seed, "patient-response").child(std::uint64_t(draw));
    r.collagen = rng.lognormal(0, 1.0, model::kResponseSigmaLog);
    r.healing = rng.lognormal(1, 1.0, model::kHealingSigmaLog);
    r.pihDraw = rng.uniform(2);
    return r;
}

} // namespace skinsim

#include "sim/Simulator.hpp"

#include "core/Rng.hpp"
#include "tissue/Healing.hpp"
#include "tissue/ModelParameters.hpp"
#include "treatment/SessionEffects.hpp"

#include <algorithm>

namespace skinsim {

void Simulator::run(int draw, const std::vector<int>& days,
                    const std::function<void(const StepView&)>& observe) const {
    const PatientResponse response = drawPatient(patient_, seed_, draw);
    const CounterRng pihRng = CounterRng(seed_, "pih").child(std::uint64_t(draw + 1));
    TissueState state = initialState(baseline_);
    personalise(state, baseline_, response);
    SagCache sag;
    // Step through the observed days and every session day (sessions happen whether or not
    // anyone looks that day).
    std::vector<int> steps = days;
    for (const CourseSession& s : course_.sessions) {
        steps.push_back(s.day);
    }
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    std::size_t next = 0;
    for (const int day : steps) {
        if (day > state.day) {
            heal(state, baseline_, response, day - state.day);
        }
        if (observe && std::binary_search(days.begin(), days.end(), day)) {
            sag.update(baseline_, state);
            observe(StepView{day, state, sag});
        }
        for (; next < course_.sessions.size() && course_.sessions[next].day == day; ++next) {
            const CourseSession& s = course_.sessions[next];
            const SessionContext context{baseline_, patient_,
                                         response,  s.settings,
                                         s.target,  seed_ * 1000003ULL + std::uint64_t(s.index)};
            s.treatment->apply(state, context);
            // PIH: an independent chance per session (51 % of sessions, 92 % of patients for
            // fractional CO2 in Fitzpatrick IV, Manuskiatti 2010). The median patient gets PIH
            // when the session's risk is above one half.
            SessionDowntime risks = s.treatment->downtime(context);
            effects::applyPatientFactors(risks, patient_);
            const double p = risks.pihProbability;
            const double u = draw < 0 ? 0.5 : pihRng.uniform(std::uint64_t(s.index));
            if (u < p) {
                state.pih = std::max(state.pih, model::kPihMelaninExcess);
                state.pihSeed = pihRng.bits(std::uint64_t(s.index) + 0x10000);
                state.pihDay = day;
            }
        }
    }
}

std::vector<SessionDowntime> Simulator::downtimes() const {
    const PatientResponse median = drawPatient(patient_, seed_, -1);
    std::vector<SessionDowntime> out;
    for (const CourseSession& s : course_.sessions) {
        const SessionContext context{baseline_, patient_, median, s.settings, s.target, 0};
        SessionDowntime d = s.treatment->downtime(context);
        effects::applyPatientFactors(d, patient_);
        // The median patient of this history heals at its pace (poor healing: slower).
        d.erythemaDays *= median.healing;
        d.crustingDays *= median.healing;
        d.bruisingDays *= median.healing;
        d.swellingDays *= median.healing;
        out.push_back(d);
    }
    return out;
}

} // namespace skinsim

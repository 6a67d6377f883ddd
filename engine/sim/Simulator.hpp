#pragma once
// One patient through a course, day by day (DESIGN.md section 3). The simulator steps in whole
// days on the course's schedule, independent of any renderer (STYLE.md 10): at each step day it
// first lets the observer look (the skin as it is that morning, so day 0 is "before"), then
// applies that day's sessions, then heals to the next step day.

#include "sim/Course.hpp"
#include "tissue/Patient.hpp"
#include "tissue/Surface.hpp"

#include <functional>

namespace skinsim {

/// What the observer sees at a step day.
struct StepView {
    int day = 0;
    const TissueState& state;
    SagCache& sag; ///< solved for this state
};

class Simulator {
  public:
    Simulator(const TissueBaseline& baseline, const Course& course, const PatientSpec& patient,
              std::uint64_t seed)
        : baseline_(baseline), course_(course), patient_(patient), seed_(seed) {}

    /// Runs draw `draw` (-1: the median patient), calling `observe` at each of `days` (sorted;
    /// e.g. the course's stepDays or drawDays). Session days are stepped to in any case.
    void run(int draw, const std::vector<int>& days,
             const std::function<void(const StepView&)>& observe) const;

    /// Downtime and PIH risk of each session for this patient's skin type (median healing).
    std::vector<SessionDowntime> downtimes() const;

  private:
    const TissueBaseline& baseline_;
    const Course& course_;
    const PatientSpec& patient_;
    std::uint64_t seed_;
};

} // namespace skinsim

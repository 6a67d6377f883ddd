#pragma once
// A scenario's plan made ready to run: each session with its Treatment, settings and the scars it
// reaches, and the day schedule the simulator steps through (daily around sessions, weekly in the
// long remodelling phase: DESIGN.md section 3, issue 4 "adaptive steps").

#include "core/Result.hpp"
#include "sim/Scenario.hpp"
#include "tissue/Tissue.hpp"
#include "treatment/Treatment.hpp"

#include <memory>
#include <vector>

namespace skinsim {

struct CourseSession {
    int day = 0;
    int index = 0; ///< position in the plan
    std::string key;
    std::shared_ptr<const Treatment> treatment;
    SessionSettings settings;
    SessionTarget target;
};

struct Course {
    std::vector<CourseSession> sessions;
    std::vector<int> observeDays;
    /// Every day the median patient's state is advanced to: daily for two weeks after each
    /// session (wounds, redness), weekly otherwise, and every observe day.
    std::vector<int> stepDays;
    /// The days a Monte-Carlo draw stops at: sessions, observe days and weekly band points. Healing
    /// is integrated exactly between them, so skipping the daily steps changes nothing but the
    /// tether-relapse coupling.
    std::vector<int> drawDays;
    int lastSessionDay = 0;
};

/// The scar ids a plan entry reaches, and whether it resurfaces the whole patch.
SessionTarget resolveTarget(const Target& target, std::string_view defaultTarget,
                            const std::vector<ScarRecord>& scars);

/// Prepares the plan of `scenario` for the scars of `baseline`: each session's settings read into
/// its modality's struct (treatment/SessionSettings.hpp). A treatment the catalogue lacks, or a
/// setting it does not list for that treatment or outside its range, is Error::badInput naming
/// the file, the plan entry and the setting (with the allowed names).
Result<Course> prepareCourse(const Scenario& scenario, const TissueBaseline& baseline);

} // namespace skinsim

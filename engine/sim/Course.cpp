#include "sim/Course.hpp"

#include "treatment/ModalityCatalog.hpp"

#include <algorithm>
#include <set>

namespace skinsim {

SessionTarget resolveTarget(const Target& target, std::string_view defaultTarget,
                            const std::vector<ScarRecord>& scars) {
    SessionTarget out;
    out.scarChosen.assign(scars.size(), 0);
    Target t = target;
    if (t.kind == Target::Kind::Default) {
        if (defaultTarget == "all") {
            t.kind = Target::Kind::All;
        } else if (auto type = scarTypeFromString(defaultTarget)) {
            t.kind = Target::Kind::Type;
            t.type = *type;
        }
    }
    switch (t.kind) {
    case Target::Kind::Default:
    case Target::Kind::All:
        out.wholePatch = true;
        std::fill(out.scarChosen.begin(), out.scarChosen.end(), 1);
        break;
    case Target::Kind::Type:
        for (std::size_t i = 0; i < scars.size(); ++i) {
            // Chickenpox pits behave as boxcar scars for targeting (Fabbrocini 2010: boxcar scars
            // are "similar to varicella scars").
            const bool boxcarLike =
                t.type == ScarType::Boxcar && scars[i].type == ScarType::Chickenpox;
            out.scarChosen[i] = scars[i].type == t.type || boxcarLike;
        }
        break;
    case Target::Kind::Ids:
        for (int id : t.ids) {
            for (std::size_t i = 0; i < scars.size(); ++i) {
                if (scars[i].id == id) {
                    out.scarChosen[i] = 1;
                }
            }
        }
        break;
    }
    return out;
}

Result<Course> prepareCourse(const Scenario& scenario, const TissueBaseline& baseline) {
    Course course;
    course.observeDays = scenario.observeDays;
    std::set<int> steps(scenario.observeDays.begin(), scenario.observeDays.end());
    std::set<int> drawSteps = steps;
    int index = 0;
    for (const PlanEntry& entry : scenario.plan) {
        // A loaded scenario has been checked already (sim/PlanJson.cpp); a plan built in code (the
        // studio, a graded scan) is checked here, with the same words.
        const std::string where = (scenario.source.empty() ? "" : scenario.source.string() + ": ") +
                                  "plan[" + std::to_string(index) + "]";
        const Modality* modality = findModality(entry.treatment);
        std::shared_ptr<const Treatment> treatment = makeTreatment(entry.treatment);
        if (modality == nullptr || treatment == nullptr) {
            return Error::badInput(where + ".treatment: \"" + entry.treatment +
                                   "\" is not a treatment of the catalogue");
        }
        const SettingsReader reader(*modality, entry.numbers, entry.choices);
        if (const auto problem = reader.problem()) {
            return Error::badInput(where + ".params." + problem->name + ": " + problem->message);
        }
        CourseSession s;
        s.day = entry.day;
        s.index = index++;
        s.key = entry.treatment;
        s.settings = treatment->readSettings(reader);
        s.treatment = std::move(treatment);
        s.target = resolveTarget(entry.target, modality->defaultTarget, baseline.scars);
        course.lastSessionDay = std::max(course.lastSessionDay, s.day);
        course.sessions.push_back(std::move(s));
    }
    // Daily for two weeks after every session (wounds, redness, crusting), weekly otherwise.
    const int lastDay =
        std::max(course.observeDays.empty() ? 0 : course.observeDays.back(), course.lastSessionDay);
    for (const auto& s : course.sessions) {
        drawSteps.insert(s.day);
        for (int d = s.day; d <= std::min(lastDay, s.day + 14); ++d) {
            steps.insert(d);
        }
    }
    for (int d = 0; d <= lastDay; d += 7) {
        steps.insert(d);
        drawSteps.insert(d);
    }
    steps.insert(0);
    drawSteps.insert(0);
    course.stepDays.assign(steps.begin(), steps.end());
    course.drawDays.assign(drawSteps.begin(), drawSteps.end());
    return course;
}

} // namespace skinsim

#include "ui/ScenarioEdits.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim::ui {

PlanEntry defaultSession(const Modality& modality, int day) {
    PlanEntry entry;
    entry.day = std::clamp(day, 0, kMaxScenarioDay);
    entry.treatment = std::string(modality.key);
    for (const ModalityParameter& p : modality.parameters) {
        if (p.kind == ParameterKind::Choice) {
            entry.choices[std::string(p.name)] = std::string(p.defaultChoice);
        } else {
            entry.numbers[std::string(p.name)] = p.defaultValue;
        }
    }
    return entry;
}

std::vector<PlanEntry> defaultCourse(const Modality& modality, int sessions, int firstDay) {
    std::vector<PlanEntry> course;
    for (int i = 0; i < sessions; ++i) {
        const int day = firstDay + i * modality.intervalDays;
        if (day > kMaxScenarioDay) {
            break;
        }
        course.push_back(defaultSession(modality, day));
    }
    return course;
}

int addSession(Scenario& scenario, PlanEntry entry) {
    auto& plan = scenario.plan;
    const auto at = std::upper_bound(plan.begin(), plan.end(), entry.day,
                                     [](int day, const PlanEntry& e) { return day < e.day; });
    const int index = static_cast<int>(at - plan.begin());
    plan.insert(at, std::move(entry));
    return index;
}

void removeSession(Scenario& scenario, int index) {
    if (index >= 0 && index < static_cast<int>(scenario.plan.size())) {
        scenario.plan.erase(scenario.plan.begin() + index);
    }
}

bool moveSession(Scenario& scenario, int index, int delta) {
    const int other = index + delta;
    const int n = static_cast<int>(scenario.plan.size());
    if (index < 0 || index >= n || other < 0 || other >= n || (delta != 1 && delta != -1)) {
        return false;
    }
    auto& a = scenario.plan[static_cast<std::size_t>(index)];
    auto& b = scenario.plan[static_cast<std::size_t>(other)];
    std::swap(a.day, b.day);
    std::swap(a, b);
    return true;
}

int setSessionDay(Scenario& scenario, int index, int day) {
    if (index < 0 || index >= static_cast<int>(scenario.plan.size())) {
        return index;
    }
    PlanEntry entry = scenario.plan[static_cast<std::size_t>(index)];
    entry.day = std::clamp(day, 0, kMaxScenarioDay);
    removeSession(scenario, index);
    return addSession(scenario, std::move(entry)); // after the sessions already on that day
}

void freezeScars(Scenario& scenario, std::span<const Scar> generated) {
    std::vector<Scar> ordered(generated.begin(), generated.end());
    std::sort(ordered.begin(), ordered.end(),
              [](const Scar& a, const Scar& b) { return a.id < b.id; });
    ScarSpec& spec = scenario.scars;
    spec.random.clear();
    spec.goodmanBaronGrade.reset();
    spec.placed.clear();
    for (const Scar& s : ordered) {
        ExplicitScar e;
        e.type = s.type;
        e.centerMm = s.centerMm;
        e.diameterMm = s.diameterMm;
        e.depthMm = s.depthMm;
        spec.placed.push_back(e);
    }
    // Random scars drawn beyond a type's typical range (icepick depth follows the local dermis)
    // must stay loadable as explicit scars.
    spec.allowAtypical = true;
}

Status checkScarFits(const Scenario& scenario, const ExplicitScar& scar,
                     std::optional<int> ignore) {
    const PatchSpec& patch = scenario.patch;
    if (!(scar.centerMm[0] >= 0 && scar.centerMm[0] <= patch.widthMm && scar.centerMm[1] >= 0 &&
          scar.centerMm[1] <= patch.heightMm)) {
        return Error::badInput("the scar's centre must lie on the patch (0.." +
                               std::to_string(static_cast<int>(patch.widthMm)) + " x 0.." +
                               std::to_string(static_cast<int>(patch.heightMm)) + " mm)");
    }
    if (!(scar.diameterMm > 0 && scar.depthMm > 0)) {
        return Error::badInput("a scar needs a diameter and a depth above 0 mm");
    }
    if (scenario.scars.allowOverlap) {
        return {};
    }
    const auto& placed = scenario.scars.placed;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        if (ignore && static_cast<int>(i) == *ignore) {
            continue;
        }
        const double dx = placed[i].centerMm[0] - scar.centerMm[0];
        const double dy = placed[i].centerMm[1] - scar.centerMm[1];
        if (std::hypot(dx, dy) < 0.5 * (placed[i].diameterMm + scar.diameterMm)) {
            return Error::badInput("it would overlap scar " + std::to_string(i) + " (" +
                                   std::string(toString(placed[i].type)) +
                                   "); move it apart or allow overlap in the Scars panel");
        }
    }
    return {};
}

Result<int> placeScar(Scenario& scenario, const ExplicitScar& scar) {
    if (!scenario.scars.random.empty() || scenario.scars.goodmanBaronGrade) {
        return Error::badInput("freeze the generated scars before placing single ones");
    }
    if (auto fits = checkScarFits(scenario, scar); !fits) {
        return fits.error();
    }
    scenario.scars.placed.push_back(scar);
    return static_cast<int>(scenario.scars.placed.size()) - 1;
}

Status moveScar(Scenario& scenario, int index, std::array<double, 2> centerMm) {
    auto& placed = scenario.scars.placed;
    if (index < 0 || index >= static_cast<int>(placed.size())) {
        return Error::badInput("no scar " + std::to_string(index));
    }
    ExplicitScar moved = placed[static_cast<std::size_t>(index)];
    moved.centerMm = centerMm;
    if (auto fits = checkScarFits(scenario, moved, index); !fits) {
        return fits;
    }
    placed[static_cast<std::size_t>(index)] = moved;
    return {};
}

Status deleteScar(Scenario& scenario, int index) {
    auto& placed = scenario.scars.placed;
    if (index < 0 || index >= static_cast<int>(placed.size())) {
        return Error::badInput("no scar " + std::to_string(index));
    }
    if (!scenario.scars.random.empty() || scenario.scars.goodmanBaronGrade) {
        return Error::badInput("freeze the generated scars before deleting single ones");
    }
    placed.erase(placed.begin() + index);
    for (PlanEntry& entry : scenario.plan) {
        if (entry.target.kind != Target::Kind::Ids) {
            continue;
        }
        std::vector<int> kept;
        for (const int id : entry.target.ids) {
            if (id < index) {
                kept.push_back(id);
            } else if (id > index) {
                kept.push_back(id - 1);
            }
        }
        entry.target.ids = std::move(kept);
        if (entry.target.ids.empty()) {
            entry.target.kind = Target::Kind::All;
        }
    }
    return {};
}

std::optional<int> scarAt(const Scenario& scenario, std::array<double, 2> pointMm, double slackMm) {
    std::optional<int> best;
    double bestDistance = 0;
    const auto& placed = scenario.scars.placed;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const double d =
            std::hypot(placed[i].centerMm[0] - pointMm[0], placed[i].centerMm[1] - pointMm[1]);
        if (d <= 0.5 * placed[i].diameterMm + slackMm && (!best || d < bestDistance)) {
            best = static_cast<int>(i);
            bestDistance = d;
        }
    }
    return best;
}

Status validateEdited(const Scenario& scenario) {
    auto checked = scenarioFromJson(scenarioToJson(scenario), "the edited scenario");
    if (!checked) {
        return checked.error();
    }
    return {};
}

} // namespace skinsim::ui

#include "sim/OutcomeJson.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace skinsim {

namespace {
/// Rounds for a file people read: 4 significant decimals is far below the model's uncertainty.
double tidy(double v) {
    return std::round(v * 1e4) / 1e4;
}
} // namespace

Json bandJson(const Band& b, bool withMean) {
    Json j = {{"p10", tidy(b.p10)}, {"p50", tidy(b.p50)}, {"p90", tidy(b.p90)}};
    if (withMean) {
        j["mean"] = tidy(b.mean);
    }
    return j;
}

Json outcomeJson(const Outcome& o, const Scenario& scenario) {
    Json j;
    j["draws"] = o.draws;
    j["seed"] = o.seed;
    j["observe_days"] = scenario.observeDays;
    Json days = Json::object();
    for (const DayOutcome& d : o.days) {
        Json day;
        Json improvement = {{"all", bandJson(d.improvement)}};
        for (ScarType t : kAllScarTypes) {
            if (const auto& band = d.improvementByType[static_cast<std::size_t>(t)]) {
                improvement[std::string(toString(t))] = bandJson(*band);
            }
        }
        day["improvement"] = improvement;
        day["responders"] = {{"lt25", tidy(d.responders[0])},
                             {"25to50", tidy(d.responders[1])},
                             {"50to75", tidy(d.responders[2])},
                             {"gt75", tidy(d.responders[3])}};
        day["gb_qualitative"] = bandJson(d.gbQualitative, true);
        day["gb_quantitative"] = bandJson(d.gbQuantitative, true);
        day["roughness"] = {{"Ra_um", tidy(d.roughness.raUm)},
                            {"Rq_um", tidy(d.roughness.rqUm)},
                            {"Rsk", tidy(d.roughness.rsk)},
                            {"Rku", tidy(d.roughness.rku)}};
        day["scar_volume_mm3"] = bandJson(d.scarVolumeMm3);
        day["erythema"] = bandJson(d.erythema);
        day["new_acne_scars"] = bandJson(d.newScars);
        days[std::to_string(d.day)] = day;
    }
    j["days"] = days;
    j["downtime"] = {{"erythema_days", bandJson(o.erythemaDays)},
                     {"crusting_days", bandJson(o.crustingDays)},
                     {"bruising_days", bandJson(o.bruisingDays)},
                     {"swelling_days", bandJson(o.swellingDays)}};
    Json sessions = Json::array();
    for (std::size_t i = 0; i < o.sessions.size() && i < scenario.plan.size(); ++i) {
        const SessionDowntime& s = o.sessions[i];
        sessions.push_back({{"day", scenario.plan[i].day},
                            {"treatment", scenario.plan[i].treatment},
                            {"erythema_days", tidy(s.erythemaDays)},
                            {"crusting_days", tidy(s.crustingDays)},
                            {"bruising_days", tidy(s.bruisingDays)},
                            {"swelling_days", tidy(s.swellingDays)},
                            {"pih_probability", tidy(s.pihProbability)},
                            {"new_scarring_probability", tidy(s.newScarringProbability)},
                            {"infection_probability", tidy(s.infectionProbability)}});
    }
    j["sessions"] = sessions;
    j["pih_probability"] = tidy(o.pihProbability);
    j["new_scarring_probability"] = tidy(o.newScarringProbability);
    j["infection_probability"] = tidy(o.infectionProbability);
    j["notice"] = "Simulated outcome range from a calibrated tissue model - not an actual patient "
                  "outcome. p10 is a poor, p50 a typical and p90 a good response.";
    return j;
}

Band bandAt(const Outcome& o, int day) {
    const auto& days = o.stepDays;
    if (days.empty()) {
        return {};
    }
    const auto it = std::lower_bound(days.begin(), days.end(), day);
    if (it == days.end()) {
        return o.improvementByStep.back();
    }
    const auto i = static_cast<std::size_t>(it - days.begin());
    if (*it == day || i == 0) {
        return o.improvementByStep[i];
    }
    const Band& a = o.improvementByStep[i - 1];
    const Band& b = o.improvementByStep[i];
    const double t = double(day - days[i - 1]) / double(days[i] - days[i - 1]);
    auto mix = [t](double x, double y) { return x + (y - x) * t; };
    return {mix(a.p10, b.p10), mix(a.p50, b.p50), mix(a.p90, b.p90), mix(a.mean, b.mean)};
}

std::string metricsCsv(const Outcome& o, const std::vector<MedianStepRow>& rows) {
    std::ostringstream csv;
    csv << "day,improvement_p10,improvement_p50,improvement_p90,median_improvement,"
           "median_icepick,median_boxcar,median_rolling,median_chickenpox,"
           "median_scar_volume_mm3,median_gb_qualitative,median_gb_quantitative,"
           "median_erythema,median_pih\n";
    char line[512];
    for (const MedianStepRow& r : rows) {
        const Band b = bandAt(o, r.day);
        std::snprintf(line, sizeof line,
                      "%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%d,%d,%.4f,%.4f\n", r.day,
                      b.p10, b.p50, b.p90, r.improvement, r.improvementByType[0],
                      r.improvementByType[1], r.improvementByType[2], r.improvementByType[3],
                      r.scarVolumeMm3, r.gbQualitative, r.gbQuantitative, r.erythema, r.pih);
        csv << line;
    }
    return csv.str();
}

MedianStepRow medianStepRow(int day, const PatchMeasure& m, const PatchMeasure& day0, double pih) {
    MedianStepRow row;
    row.day = day;
    row.improvement = day0.volumeMm3 > 0 ? 1.0 - m.volumeMm3 / day0.volumeMm3 : 0.0;
    for (std::size_t t = 0; t < 4; ++t) {
        const double v0 = day0.volumeByTypeMm3[t];
        row.improvementByType[t] = v0 > 0 ? 1.0 - m.volumeByTypeMm3[t] / v0 : 0.0;
    }
    row.scarVolumeMm3 = m.volumeMm3;
    row.gbQualitative = m.gbQualitative;
    row.gbQuantitative = m.gbQuantitative;
    row.erythema = m.meanErythema;
    row.pih = pih;
    return row;
}

} // namespace skinsim

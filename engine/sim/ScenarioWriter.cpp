// Writing a scenario back to JSON (the studio's autosave and export). Every field is written out,
// defaults included, so the file says exactly what was simulated; reading it back gives the same
// scenario (tests/unit/sim/ScenarioTest.cpp checks the round trip).

#include "sim/JsonReader.hpp"
#include "sim/PlanJson.hpp"
#include "sim/Scenario.hpp"

namespace skinsim {
namespace {

Json pairToJson(double a, double b) {
    return Json::array({numberToJson(a), numberToJson(b)});
}

Json patchToJson(const PatchSpec& patch) {
    Json json = Json::object();
    json["region"] = std::string(toString(patch.region));
    json["size_mm"] = pairToJson(patch.widthMm, patch.heightMm);
    json["pixel_um"] = numberToJson(patch.pixelUm);
    if (patch.onFaceDeg) {
        json["on_face_deg"] = pairToJson((*patch.onFaceDeg)[0], (*patch.onFaceDeg)[1]);
    }
    return json;
}

Json patientToJson(const PatientSpec& patient) {
    Json json = Json::object();
    json["fitzpatrick"] = patient.fitzpatrick;
    json["age"] = numberToJson(patient.ageYears);
    json["sex"] = std::string(toString(patient.sex));
    json["scarring_history"] = std::string(toString(patient.scarringHistory));
    json["active_acne"] = std::string(toString(patient.activeAcne));
    json["sun_protection"] = std::string(toString(patient.sunProtection));
    json["aftercare"] = std::string(toString(patient.aftercare));
    return json;
}

Json scarsToJson(const ScarSpec& scars) {
    Json random = Json::array();
    for (const RandomScars& entry : scars.random) {
        Json json = Json::object();
        json["type"] = std::string(toString(entry.type));
        json["count"] = entry.count;
        if (entry.diameterMm) {
            json["diameter_mm"] = pairToJson(entry.diameterMm->lo, entry.diameterMm->hi);
        }
        if (entry.depthMm) {
            json["depth_mm"] = pairToJson(entry.depthMm->lo, entry.depthMm->hi);
        }
        random.push_back(std::move(json));
    }
    Json placed = Json::array();
    for (const ExplicitScar& scar : scars.placed) {
        Json json = Json::object();
        json["type"] = std::string(toString(scar.type));
        json["center_mm"] = pairToJson(scar.centerMm[0], scar.centerMm[1]);
        json["diameter_mm"] = numberToJson(scar.diameterMm);
        json["depth_mm"] = numberToJson(scar.depthMm);
        placed.push_back(std::move(json));
    }
    Json json = Json::object();
    json["random"] = std::move(random);
    json["explicit"] = std::move(placed);
    if (scars.goodmanBaronGrade) {
        json["goodman_baron_grade"] = *scars.goodmanBaronGrade;
    }
    json["allow_atypical"] = scars.allowAtypical;
    json["allow_overlap"] = scars.allowOverlap;
    return json;
}

} // namespace

Json scenarioToJson(const Scenario& scenario) {
    Json json = Json::object();
    json["name"] = scenario.name;
    if (!scenario.description.empty()) {
        json["description"] = scenario.description;
    }
    json["seed"] = scenario.seed;
    json["patch"] = patchToJson(scenario.patch);
    json["patient"] = patientToJson(scenario.patient);
    json["scars"] = scarsToJson(scenario.scars);
    Json plan = Json::array();
    for (const PlanEntry& entry : scenario.plan) {
        plan.push_back(planEntryToJson(entry));
    }
    json["plan"] = std::move(plan);
    json["observe_days"] = scenario.observeDays;
    json["draws"] = scenario.draws;
    return json;
}

} // namespace skinsim

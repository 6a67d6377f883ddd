#include "sim/PlanJson.hpp"

#include "treatment/ModalityCatalog.hpp"

#include <cmath>
#include <set>

namespace skinsim {
namespace {

constexpr std::string_view kEntryKeys[] = {"day", "treatment", "params", "target"};
/// The words a "target" may be, besides a list of scar ids.
constexpr std::string_view kTargetWords[] = {"icepick", "boxcar", "rolling", "chickenpox", "all"};

std::vector<std::string_view> treatmentKeys() {
    std::vector<std::string_view> keys;
    for (const Modality& modality : modalityCatalog()) {
        keys.push_back(modality.key);
    }
    return keys;
}

std::vector<std::string_view> parameterNames(const Modality& modality) {
    std::vector<std::string_view> names;
    for (const ModalityParameter& parameter : modality.parameters) {
        names.push_back(parameter.name);
    }
    return names;
}

/// A yes/no parameter: true/false, or the words "yes"/"no" a clinician may type.
double readYesNo(const JsonReader& value) {
    if (value.json().is_string()) {
        const std::string& word = value.json().get_ref<const std::string&>();
        if (word == "yes" || word == "no") {
            return word == "yes" ? 1.0 : 0.0;
        }
    }
    if (!value.json().is_boolean()) {
        value.fail("expected true or false, got " + describeJson(value.json()));
    }
    return value.boolean() ? 1.0 : 0.0;
}

/// Fills the entry's parameters: each from "params" if given there, else the catalogue default.
void readParameters(const JsonReader& entry, const Modality& modality, PlanEntry& out) {
    const std::optional<JsonReader> params = entry.find("params");
    if (params) {
        if (!params->json().is_object()) {
            params->fail("expected an object, got " + describeJson(params->json()));
        }
        const std::vector<std::string_view> names = parameterNames(modality);
        for (const auto& [key, value] : params->json().items()) {
            if (modality.findParameter(key) == nullptr) {
                params->member(key).fail(
                    "not a parameter of " + std::string(modality.key) +
                    (names.empty() ? " (it has none)" : " (allowed: " + joinWords(names) + ")"));
            }
        }
    }
    for (const ModalityParameter& parameter : modality.parameters) {
        const std::string name(parameter.name);
        const std::optional<JsonReader> value = params ? params->find(name) : std::nullopt;
        switch (parameter.kind) {
        case ParameterKind::Real:
            out.numbers[name] =
                value ? value->number(parameter.min, parameter.max) : parameter.defaultValue;
            break;
        case ParameterKind::Integer:
            out.numbers[name] =
                value ? static_cast<double>(value->integer(std::llround(parameter.min),
                                                           std::llround(parameter.max)))
                      : parameter.defaultValue;
            break;
        case ParameterKind::YesNo:
            out.numbers[name] = value ? readYesNo(*value) : parameter.defaultValue;
            break;
        case ParameterKind::Choice:
            out.choices[name] =
                value ? value->oneOf(parameter.choices) : std::string(parameter.defaultChoice);
            break;
        }
    }
}

Target readTargetIds(const JsonReader& target, int listedScars) {
    Target result;
    result.kind = Target::Kind::Ids;
    std::set<int> seen;
    for (const JsonReader& element : target.items()) {
        const Json& id = element.json();
        if (!id.is_number() || id.get<double>() < 0 ||
            id.get<double>() != std::floor(id.get<double>())) {
            element.fail("expected a scar id (an integer >= 0), got " + describeJson(id));
        }
        if (id.get<double>() >= listedScars) {
            element.fail("scar id " + describeJson(id) + " does not exist " +
                         (listedScars == 0 ? std::string("(the scenario lists no scars)")
                                           : "(the scenario's scars are 0.." +
                                                 std::to_string(listedScars - 1) + ")"));
        }
        const int value = static_cast<int>(id.get<double>());
        if (!seen.insert(value).second) {
            element.fail("scar id " + std::to_string(value) + " is listed twice");
        }
        result.ids.push_back(value);
    }
    if (result.ids.empty()) {
        target.fail("expected at least one scar id in the list");
    }
    return result;
}

Target readTarget(const JsonReader& target, int listedScars) {
    const Json& value = target.json();
    if (value.is_array()) {
        return readTargetIds(target, listedScars);
    }
    if (!value.is_string()) {
        target.fail("expected a scar type, \"all\" or a list of scar ids, got " +
                    describeJson(value));
    }
    const std::string& word = value.get_ref<const std::string&>();
    Target result;
    if (word == "all") {
        result.kind = Target::Kind::All;
    } else if (const auto type = scarTypeFromString(word)) {
        result.kind = Target::Kind::Type;
        result.type = *type;
    } else {
        target.fail(describeJson(value) + " is not one of " + joinWords(kTargetWords) +
                    ", or a list of scar ids");
    }
    return result;
}

PlanEntry readEntry(const JsonReader& entry, int listedScars) {
    entry.expectObject(kEntryKeys);
    const std::vector<std::string_view> keys = treatmentKeys();
    PlanEntry out;
    const std::string dayHint = "an integer day 0.." + std::to_string(kMaxScenarioDay);
    out.day = static_cast<int>(entry.at("day", dayHint).integer(0, kMaxScenarioDay));
    out.treatment = entry.at("treatment", "one of " + joinWords(keys)).oneOf(keys);
    readParameters(entry, *findModality(out.treatment), out);
    if (const auto target = entry.find("target")) {
        out.target = readTarget(*target, listedScars);
    }
    return out;
}

Json targetToJson(const Target& target) {
    switch (target.kind) {
    case Target::Kind::All:
        return "all";
    case Target::Kind::Type:
        return std::string(toString(target.type));
    case Target::Kind::Ids:
        return target.ids;
    case Target::Kind::Default:
        break;
    }
    return nullptr;
}

} // namespace

std::vector<PlanEntry> readPlan(const JsonReader& plan, int listedScars) {
    std::vector<PlanEntry> entries;
    const std::vector<JsonReader> items = plan.items();
    for (std::size_t i = 0; i < items.size(); ++i) {
        PlanEntry entry = readEntry(items[i], listedScars);
        // Same-day sessions are allowed (subcision then laser on day 0); going back is not.
        if (!entries.empty() && entry.day < entries.back().day) {
            items[i].member("day").fail(std::to_string(entry.day) + " comes before day " +
                                        std::to_string(entries.back().day) + " of plan[" +
                                        std::to_string(i - 1) + "]; list sessions in day order");
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

Json planEntryToJson(const PlanEntry& entry) {
    Json json = Json::object();
    json["day"] = entry.day;
    json["treatment"] = entry.treatment;
    // Catalogue order first (how the studio lists them), then anything the catalogue lacks.
    Json params = Json::object();
    const auto write = [&](const std::string& name) {
        const Modality* modality = findModality(entry.treatment);
        const ModalityParameter* parameter =
            modality != nullptr ? modality->findParameter(name) : nullptr;
        if (const auto choice = entry.choices.find(name); choice != entry.choices.end()) {
            params[name] = choice->second;
        } else if (const auto number = entry.numbers.find(name); number != entry.numbers.end()) {
            const bool yesNo = parameter != nullptr && parameter->kind == ParameterKind::YesNo;
            params[name] = yesNo ? Json(number->second != 0.0) : numberToJson(number->second);
        }
    };
    if (const Modality* modality = findModality(entry.treatment)) {
        for (const ModalityParameter& parameter : modality->parameters) {
            write(std::string(parameter.name));
        }
    }
    for (const auto& [name, value] : entry.numbers) {
        if (!params.contains(name)) {
            write(name);
        }
    }
    for (const auto& [name, value] : entry.choices) {
        if (!params.contains(name)) {
            write(name);
        }
    }
    if (!params.empty()) {
        json["params"] = std::move(params);
    }
    if (entry.target.kind != Target::Kind::Default) {
        json["target"] = targetToJson(entry.target);
    }
    return json;
}

Target effectiveTarget(const PlanEntry& entry) {
    if (entry.target.kind != Target::Kind::Default) {
        return entry.target;
    }
    Target target;
    target.kind = Target::Kind::All;
    if (const Modality* modality = findModality(entry.treatment)) {
        if (const auto type = scarTypeFromString(modality->defaultTarget)) {
            target.kind = Target::Kind::Type;
            target.type = *type;
        }
    }
    return target;
}

} // namespace skinsim

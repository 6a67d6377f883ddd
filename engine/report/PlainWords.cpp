#include "report/PlainWords.hpp"

#include "report/HtmlText.hpp"
#include "treatment/ModalityCatalog.hpp"

#include <cmath>

namespace skinsim::report {

std::string dayPhrase(int day) {
    std::string s = "day " + std::to_string(day);
    if (day >= 7 && day <= 84 && day % 7 == 0) {
        s += " (week " + std::to_string(day / 7) + ")";
    } else if (day > 84) {
        const long month = std::lround(day / (365.25 / 12.0));
        s += " (month " + std::to_string(month) + ")";
    }
    return s;
}

std::string scarTypeWords(ScarType type, int count) {
    std::string s(toString(type));
    s += count == 1 ? " scar" : " scars";
    return s;
}

std::string scarTypeExplanation(ScarType type) {
    // Shapes after Jacob 2001 (via Fabbrocini 2010 Table 1) and Leung 2001 (varicella).
    switch (type) {
    case ScarType::Icepick:
        return "narrow (under 2 mm), deep pits that taper to a point, like a puncture from an ice "
               "pick";
    case ScarType::Boxcar:
        return "round or oval dips 1.5 to 4 mm wide with steep edges and a flat floor";
    case ScarType::Rolling:
        return "wide (over 4 mm), gently sloping hollows, caused by bands of fibrous tissue that "
               "pull the skin down from below";
    case ScarType::Chickenpox:
        return "round, dipped marks left by chickenpox, often paler than the skin around them";
    }
    return {};
}

std::string qualitativeGradeWords(int grade) {
    // Goodman & Baron 2006 qualitative scale (evidence.md section 5).
    switch (grade) {
    case 0:
        return "0 (clear): no scarring to grade";
    case 1:
        return "1 (macular): flat marks, a colour change only";
    case 2:
        return "2 (mild): not obvious at a conversational distance of 50 cm, make-up can hide it";
    case 3:
        return "3 (moderate): obvious at 50 cm, not easily hidden by make-up, flattens when the "
               "skin is stretched";
    default:
        return "4 (severe): obvious at 50 cm and does not flatten when the skin is stretched";
    }
}

std::string treatmentName(const std::string& key) {
    const Modality* modality = findModality(key);
    return modality ? std::string(modality->displayName) : key;
}

std::string parameterWords(std::string_view name, std::string_view unit) {
    std::string words(name);
    // Drop the unit suffix the scenario key carries ("_mj", "_pct", "_j_cm2", ...).
    for (const std::string_view suffix : {"_j_cm2", "_mj", "_pct", "_mm", "_ml"}) {
        if (!unit.empty() && words.size() > suffix.size() &&
            words.compare(words.size() - suffix.size(), suffix.size(), suffix) == 0) {
            words.resize(words.size() - suffix.size());
            break;
        }
    }
    for (char& c : words) {
        if (c == '_') {
            c = ' ';
        }
    }
    if (words == "needle") {
        words = "needle length";
    } else if (words == "punch") {
        words = "punch size";
    } else if (words == "volume") {
        words = "filler volume";
    } else if (words == "prp") {
        words = "platelet-rich plasma";
    }
    return words;
}

std::string sessionSettings(const PlanEntry& entry) {
    const Modality* modality = findModality(entry.treatment);
    if (modality == nullptr) {
        return {};
    }
    std::string out;
    for (const ModalityParameter& p : modality->parameters) {
        std::string item = parameterWords(p.name, p.unit);
        if (p.kind == ParameterKind::Choice) {
            const auto it = entry.choices.find(std::string(p.name));
            item += ' ';
            item += it != entry.choices.end() ? it->second : std::string(p.defaultChoice);
        } else {
            const auto it = entry.numbers.find(std::string(p.name));
            const double value = it != entry.numbers.end() ? it->second : p.defaultValue;
            if (p.kind == ParameterKind::YesNo) {
                item += value != 0 ? ": yes" : ": no";
            } else {
                item += ' ';
                item += plainNumber(value);
                if (!p.unit.empty()) {
                    item += p.unit == "%" ? "" : " ";
                    item += p.unit;
                }
            }
        }
        if (!out.empty()) {
            out += ", ";
        }
        out += item;
    }
    return out;
}

std::string targetWords(const PlanEntry& entry) {
    const Target target = effectiveTarget(entry);
    switch (target.kind) {
    case Target::Kind::All:
    case Target::Kind::Default:
        return "the whole patch";
    case Target::Kind::Type:
        return "the " + scarTypeWords(target.type, 2);
    case Target::Kind::Ids: {
        std::string s = target.ids.size() == 1 ? "scar " : "scars ";
        for (std::size_t i = 0; i < target.ids.size(); ++i) {
            if (i > 0) {
                s += ", ";
            }
            s += std::to_string(target.ids[i]);
        }
        return s;
    }
    }
    return {};
}

} // namespace skinsim::report

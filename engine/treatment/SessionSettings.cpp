#include "treatment/SessionSettings.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace skinsim {
namespace {

std::string words(std::span<const std::string_view> list) {
    std::string out;
    for (const std::string_view word : list) {
        out += (out.empty() ? "" : ", ") + std::string(word);
    }
    return out;
}

std::string allowedNames(const Modality& modality) {
    std::vector<std::string_view> names;
    for (const ModalityParameter& p : modality.parameters) {
        names.push_back(p.name);
    }
    return names.empty() ? " (it has none)" : " (allowed: " + words(names) + ")";
}

std::string shortNumber(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

std::string_view kindWord(ParameterKind kind) {
    switch (kind) {
    case ParameterKind::Real:
        return "real";
    case ParameterKind::Integer:
        return "integer";
    case ParameterKind::YesNo:
        return "yes/no";
    case ParameterKind::Choice:
        return "choice";
    }
    return "?";
}

/// What is wrong with a number given for `p`, or nothing.
std::optional<std::string> numberProblem(const ModalityParameter& p, double value) {
    if (p.kind == ParameterKind::Choice) {
        return "expected one of " + words(p.choices) + ", got a number";
    }
    if (p.kind == ParameterKind::YesNo) {
        return value == 0.0 || value == 1.0
                   ? std::nullopt
                   : std::optional<std::string>("expected yes (1) or no (0), got " +
                                                shortNumber(value));
    }
    if (p.kind == ParameterKind::Integer && value != std::floor(value)) {
        return "expected an integer, got " + shortNumber(value);
    }
    if (!(value >= p.min && value <= p.max)) {
        return shortNumber(value) + " is outside " + shortNumber(p.min) + ".." + shortNumber(p.max);
    }
    return std::nullopt;
}

} // namespace

SettingsReader::SettingsReader(const Modality& modality,
                               const std::map<std::string, double>& numbers,
                               const std::map<std::string, std::string>& choices)
    : modality_(modality), numbers_(numbers), choices_(choices),
      read_(modality.parameters.size(), false) {}

std::optional<SettingProblem> SettingsReader::problem() const {
    for (const auto& [name, value] : numbers_) {
        const ModalityParameter* p = modality_.findParameter(name);
        if (p == nullptr) {
            return SettingProblem{name, "not a parameter of " + std::string(modality_.key) +
                                            allowedNames(modality_)};
        }
        if (auto message = numberProblem(*p, value)) {
            return SettingProblem{name, *message};
        }
    }
    for (const auto& [name, word] : choices_) {
        const ModalityParameter* p = modality_.findParameter(name);
        if (p == nullptr) {
            return SettingProblem{name, "not a parameter of " + std::string(modality_.key) +
                                            allowedNames(modality_)};
        }
        if (p->kind != ParameterKind::Choice) {
            return SettingProblem{name, "expected a number, got \"" + word + "\""};
        }
        if (std::find(p->choices.begin(), p->choices.end(), word) == p->choices.end()) {
            return SettingProblem{name, "\"" + word + "\" is not one of " + words(p->choices)};
        }
    }
    return std::nullopt;
}

const ModalityParameter& SettingsReader::parameter(std::string_view name,
                                                   ParameterKind kind) const {
    const ModalityParameter* p = modality_.findParameter(name);
    if (p == nullptr || p->kind != kind) {
        throw std::logic_error(std::string(modality_.key) + " has no " +
                               std::string(kindWord(kind)) + " setting \"" + std::string(name) +
                               "\"" + allowedNames(modality_));
    }
    read_[static_cast<std::size_t>(p - modality_.parameters.data())] = true;
    return *p;
}

double SettingsReader::number(const ModalityParameter& p) const {
    const auto it = numbers_.find(std::string(p.name));
    return it == numbers_.end() ? p.defaultValue : it->second;
}

double SettingsReader::real(std::string_view name) const {
    return number(parameter(name, ParameterKind::Real));
}

int SettingsReader::integer(std::string_view name) const {
    return static_cast<int>(std::lround(number(parameter(name, ParameterKind::Integer))));
}

bool SettingsReader::yesNo(std::string_view name) const {
    return number(parameter(name, ParameterKind::YesNo)) > 0.5;
}

std::size_t SettingsReader::choice(std::string_view name) const {
    const ModalityParameter& p = parameter(name, ParameterKind::Choice);
    const auto it = choices_.find(std::string(p.name));
    const std::string_view word = it == choices_.end() ? p.defaultChoice : it->second;
    const auto position = std::find(p.choices.begin(), p.choices.end(), word);
    if (position == p.choices.end()) {
        throw std::logic_error(std::string(modality_.key) + "." + std::string(name) + ": \"" +
                               std::string(word) + "\" is not one of " + words(p.choices) +
                               " (check problem() first)");
    }
    return static_cast<std::size_t>(position - p.choices.begin());
}

std::vector<std::string_view> SettingsReader::unread() const {
    std::vector<std::string_view> names;
    for (std::size_t i = 0; i < read_.size(); ++i) {
        if (!read_[i]) {
            names.push_back(modality_.parameters[i].name);
        }
    }
    return names;
}

} // namespace skinsim

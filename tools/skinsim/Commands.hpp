#pragma once
// The subcommands of `skinsim` (DESIGN.md section 5). Each file adds one subcommand with its
// options and the action that runs it; main.cpp only parses and dispatches.

#include "core/Result.hpp"

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

namespace skinsim::cli {

using CommandAction = std::function<Status()>;

/// The subcommands registered on the app, each with what it runs.
class CommandSet {
  public:
    void add(CLI::App* command, CommandAction action) {
        commands_.push_back({command, std::move(action)});
    }
    /// The action of the subcommand that was parsed, or nullptr.
    const CommandAction* selected() const {
        for (const auto& [command, action] : commands_) {
            if (command->parsed()) {
                return &action;
            }
        }
        return nullptr;
    }

  private:
    std::vector<std::pair<CLI::App*, CommandAction>> commands_;
};

/// A check for options that take a whole number >= 0 (--seed): digits only, so "-1" is refused
/// instead of wrapping to 2^64 - 1.
inline CLI::Validator wholeNumber() {
    return CLI::Validator(
        [](std::string& text) -> std::string {
            const bool digits = !text.empty() && text.size() <= 20 &&
                                text.find_first_not_of("0123456789") == std::string::npos;
            if (!digits || (text.size() == 20 && text > "18446744073709551615")) {
                return "expected a whole number 0..18446744073709551615, got " + text;
            }
            return {};
        },
        "UINT64");
}

/// A check for number options: a finite number within [lo, hi]. CLI::Range alone lets "nan"
/// through (every comparison with NaN is false).
inline CLI::Validator finiteRange(double lo, double hi) {
    return CLI::Validator(
        [lo, hi](std::string& text) -> std::string {
            char* end = nullptr;
            const double value = std::strtod(text.c_str(), &end);
            if (text.empty() || end == nullptr || *end != '\0' || !std::isfinite(value)) {
                return "expected a number, got " + text;
            }
            if (value < lo || value > hi) {
                return "value " + text + " not in range [" + CLI::detail::to_string(lo) + " - " +
                       CLI::detail::to_string(hi) + "]";
            }
            return {};
        },
        "NUMBER in [" + CLI::detail::to_string(lo) + " - " + CLI::detail::to_string(hi) + "]");
}

/// Options every subcommand that reads a scenario shares.
struct CommonOptions {
    int threads = 0; ///< 0: all cores
};

void addDemoCommand(CLI::App& app, CommandSet& set);
void addGenerateCommand(CLI::App& app, CommandSet& set);
void addSimulateCommand(CLI::App& app, CommandSet& set);
void addRenderCommand(CLI::App& app, CommandSet& set);
void addExportCommand(CLI::App& app, CommandSet& set);
void addGradeCommand(CLI::App& app, CommandSet& set);
void addReportCommand(CLI::App& app, CommandSet& set);
void addViewCommand(CLI::App& app, CommandSet& set);
void addValidateCommand(CLI::App& app, CommandSet& set);

} // namespace skinsim::cli

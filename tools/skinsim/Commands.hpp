#pragma once
// The subcommands of `skinsim` (DESIGN.md section 5). Each file adds one subcommand with its
// options and the action that runs it; main.cpp only parses and dispatches.

#include "core/Result.hpp"

#include <CLI/CLI.hpp>
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

/// Options every subcommand that reads a scenario shares.
struct CommonOptions {
    int threads = 0; ///< 0: all cores
};

void addDemoCommand(CLI::App& app, CommandSet& set);
void addGenerateCommand(CLI::App& app, CommandSet& set);
void addSimulateCommand(CLI::App& app, CommandSet& set);
void addRenderCommand(CLI::App& app, CommandSet& set);
void addGradeCommand(CLI::App& app, CommandSet& set);
void addReportCommand(CLI::App& app, CommandSet& set);
void addViewCommand(CLI::App& app, CommandSet& set);
void addValidateCommand(CLI::App& app, CommandSet& set);

} // namespace skinsim::cli

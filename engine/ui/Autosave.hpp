#pragma once
// The studio's autosave (DESIGN.md section 8): the scenario being edited is written, atomically,
// a moment after each change, and the file is removed when the studio closes normally. A file
// found at start therefore means the last session did not close (a crash, a killed process, a
// power cut): the studio offers it back.
//
// Where: $SKINSIM_STATE_DIR, else $XDG_STATE_HOME/skinsim, else ~/.local/state/skinsim; the file
// is autosave.json: {"skinsim_autosave": 1, "saved_unix_s": .., "opened_from": "..",
// "scenario": {the scenario file's own schema}}.

#include "core/Result.hpp"
#include "sim/Scenario.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>

namespace skinsim::ui {

/// What a session that did not close left behind.
struct Recovery {
    Scenario scenario;
    std::string openedFrom; ///< the file or preset the scenario was first opened from
    std::int64_t savedUnixS = 0;
};

class Autosave {
  public:
    /// Waits this long after a change before writing, so a slider drag writes once.
    static constexpr std::chrono::milliseconds kDelay{1500};

    explicit Autosave(std::filesystem::path file) : file_(std::move(file)) {}
    static std::filesystem::path defaultFile();
    const std::filesystem::path& file() const { return file_; }

    /// The scenario a previous session left, if there is a file; an error (the file named) when
    /// the file is there but cannot be read back.
    std::optional<Result<Recovery>> leftBehind() const;

    /// Writes now (atomically).
    Status save(const Scenario& scenario, const std::string& openedFrom);
    /// Writes when `revision` differs from the last one written and kDelay has passed since it
    /// was first seen; call every frame.
    Status saveIfDue(const Scenario& scenario, std::uint64_t revision,
                     const std::string& openedFrom, std::chrono::steady_clock::time_point now);
    /// Whether `revision` has been written (or needs no writing): nothing pending.
    bool upToDate(std::uint64_t revision) const {
        return revision == writtenRevision_ || revision <= 1;
    }
    /// The studio closed normally: the file goes.
    void discard();

  private:
    std::filesystem::path file_;
    std::uint64_t writtenRevision_ = 0;
    std::uint64_t pendingRevision_ = 0;
    std::chrono::steady_clock::time_point pendingSince_{};
};

} // namespace skinsim::ui

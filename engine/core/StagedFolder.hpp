#pragma once
// An output folder written as a whole (DESIGN.md section 5; issue 14): every file goes into a
// hidden staging folder beside the destination (`.NAME.tmp-PID-N/`), and commit() puts it in the
// destination's place with one atomic rename (an exchange when an old folder is there, which is
// then removed). An interrupted, failed or disk-full run therefore leaves the old folder as it
// was (or no folder), never a mix of old and new files, and a rerun leaves no stale `day-*`
// folder. The staging folder of a run that was killed is removed by the next run beside it.
//
// Since the whole folder is replaced, an existing destination must be empty or hold only what
// skinsim writes (isSkinsimOutputName); anything else is refused, so `--out ~` cannot remove a
// user's files.

#include "core/Result.hpp"

#include <filesystem>
#include <string_view>

namespace skinsim {

/// Whether `name` (a file or folder directly inside an output folder) is one skinsim writes:
/// generate's maps and scars.json, simulate's day-DDDD/, metrics.csv and outcome.json, the demo's
/// pictures and report.html, and hidden temporaries.
bool isSkinsimOutputName(std::string_view name);

/// Checks that `dir` can be an output folder: not empty, not a file, device or pipe, and if it
/// exists, holding only skinsim's own outputs. `option` names it in messages ("--out").
Status checkOutputFolder(const std::filesystem::path& dir, std::string_view option = "--out");

class StagedFolder {
  public:
    /// Checks `dir` (checkOutputFolder), removes stale temporaries beside it and creates the
    /// staging folder.
    static Result<StagedFolder> begin(const std::filesystem::path& dir);

    StagedFolder(StagedFolder&& other) noexcept;
    StagedFolder& operator=(StagedFolder&&) = delete;
    StagedFolder(const StagedFolder&) = delete;
    StagedFolder& operator=(const StagedFolder&) = delete;
    /// Removes the staging folder unless it was committed.
    ~StagedFolder();

    /// Where to write the files.
    const std::filesystem::path& path() const { return staging_; }
    /// Puts the staging folder in the destination's place (the old folder is removed).
    Status commit();
    /// `error` with the staging folder's path replaced by the destination's, so that a message
    /// names the folder the user gave ("out/day-0030/normal.png: write failed").
    Error inDestination(Error error) const;

  private:
    StagedFolder(std::filesystem::path destination, std::filesystem::path staging,
                 std::filesystem::path shown);

    std::filesystem::path destination_; ///< absolute
    std::filesystem::path staging_;     ///< absolute, beside destination_
    std::filesystem::path shown_;       ///< the destination as the user gave it, for messages
    bool committed_ = false;
};

} // namespace skinsim

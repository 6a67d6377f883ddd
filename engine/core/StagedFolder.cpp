#include "core/StagedFolder.hpp"

#include "core/AtomicFile.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

namespace skinsim {
namespace fs = std::filesystem;

namespace {

bool isDayFolderName(std::string_view name) {
    // day-DDDD, days 0..3650 (sim/Scenario.hpp) always take four digits.
    if (name.size() != 8 || !name.starts_with("day-")) {
        return false;
    }
    for (char c : name.substr(4)) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

/// The destination with "." and ".." resolved and no trailing slash, so that its parent and its
/// name are what the user means ("out/" is "out"; "." is the current folder).
fs::path normalised(const fs::path& dir) {
    std::error_code ec;
    fs::path p = fs::absolute(dir, ec).lexically_normal();
    if (!p.has_filename() && p.has_parent_path() && p != p.root_path()) {
        p = p.parent_path();
    }
    return p;
}

} // namespace

bool isSkinsimOutputName(std::string_view name) {
    static constexpr std::array<std::string_view, 11> kFiles = {
        "height.png",   "height.json", "height.exr",  "albedo.png",   "normal.png", "melanin.png",
        "erythema.png", "scars.json",  "metrics.csv", "outcome.json", "report.html"};
    for (std::string_view f : kFiles) {
        if (name == f) {
            return true;
        }
    }
    // The demo's pictures: patch-day0.png, patch-split-day365.png, face-side-day365.png.
    if ((name.starts_with("patch-") || name.starts_with("face-")) && name.ends_with(".png")) {
        return true;
    }
    if (isDayFolderName(name)) {
        return true;
    }
    return name.starts_with('.') && name.find(".tmp-") != std::string_view::npos;
}

Status checkOutputFolder(const fs::path& dir, std::string_view option) {
    const std::string opt(option);
    if (dir.empty()) {
        return Error::badInput(opt + " is empty; give a folder");
    }
    const fs::path target = normalised(dir);
    if (target == target.root_path() || !target.has_filename()) {
        return Error::badInput(dir.string() + ": " + opt +
                               " cannot be the root folder; give a folder of its own");
    }
    std::error_code ec;
    const fs::file_status status = fs::status(target, ec);
    if (!fs::exists(status)) {
        // A file in the way further up is found when the folder is created.
        return {};
    }
    if (!fs::is_directory(status)) {
        return Error::badInput(dir.string() + ": " + opt + " must be a folder, and this is " +
                               (fs::is_regular_file(status) ? "a file" : "not a folder"));
    }
    fs::directory_iterator it(target, ec);
    if (ec) {
        return Error::failure(dir.string() + ": cannot read folder (" + ec.message() + ")");
    }
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!isSkinsimOutputName(name)) {
            return Error::badInput(dir.string() + ": holds " + name +
                                   ", which skinsim did not write; skinsim replaces the whole "
                                   "folder, so give a new or empty one");
        }
    }
    return {};
}

StagedFolder::StagedFolder(fs::path destination, fs::path staging, fs::path shown)
    : destination_(std::move(destination)), staging_(std::move(staging)), shown_(std::move(shown)) {
}

StagedFolder::StagedFolder(StagedFolder&& other) noexcept
    : destination_(std::move(other.destination_)), staging_(std::move(other.staging_)),
      shown_(std::move(other.shown_)), committed_(other.committed_) {
    other.committed_ = true; // the moved-from object owns nothing
}

StagedFolder::~StagedFolder() {
    if (!committed_ && !staging_.empty()) {
        std::error_code ignored;
        fs::remove_all(staging_, ignored);
    }
}

Result<StagedFolder> StagedFolder::begin(const fs::path& dir) {
    if (auto ok = checkOutputFolder(dir); !ok) {
        return ok.error();
    }
    const fs::path destination = normalised(dir);
    if (auto made = ensureDirectory(destination.parent_path()); !made) {
        return made.error().within(dir.string());
    }
    removeStaleTemporaries(destination.parent_path());
    const fs::path staging = temporaryBeside(destination);
    std::error_code ec;
    if (!fs::create_directory(staging, ec) || ec) {
        return Error::failure(dir.string() + ": cannot create a folder beside it to write into (" +
                              (ec ? ec.message() : std::string("it exists")) + ")");
    }
    fs::path shown = dir.lexically_normal();
    if (!shown.has_filename() && shown.has_parent_path()) {
        shown = shown.parent_path(); // "out/" is shown as "out"
    }
    return StagedFolder(destination, staging, shown);
}

Error StagedFolder::inDestination(Error error) const {
    const std::string from = staging_.string();
    const std::string to = shown_.string();
    for (std::size_t at = error.message.find(from); at != std::string::npos;
         at = error.message.find(from, at + to.size())) {
        error.message.replace(at, from.size(), to);
    }
    return error;
}

Status StagedFolder::commit() {
    if (committed_) {
        return Error::failure(shown_.string() + ": internal error: committed twice");
    }
    // The destination may have changed while the files were written.
    if (auto ok = checkOutputFolder(shown_); !ok) {
        return ok;
    }
    std::error_code ec;
    if (!fs::exists(destination_, ec)) {
        fs::rename(staging_, destination_, ec);
        if (!ec) {
            committed_ = true;
            return {};
        }
    }
    // An old folder is there: swap the two in one step, then remove the old one (now at the
    // staging path). Linux renameat2; where the file system cannot exchange, two renames.
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, destination_.c_str(), RENAME_EXCHANGE) ==
        0) {
        committed_ = true;
        std::error_code ignored;
        fs::remove_all(staging_, ignored); // a leftover is removed as stale by a later run
        return {};
    }
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
        return Error::failure(shown_.string() + ": cannot put the new folder in place (" +
                              std::strerror(errno) + ")");
    }
    const fs::path old = temporaryBeside(destination_);
    fs::rename(destination_, old, ec);
    if (ec) {
        return Error::failure(shown_.string() + ": cannot move the old folder aside (" +
                              ec.message() + ")");
    }
    fs::rename(staging_, destination_, ec);
    if (ec) {
        const std::string reason = ec.message();
        std::error_code ignored;
        fs::rename(old, destination_, ignored); // put the old one back
        return Error::failure(shown_.string() + ": cannot put the new folder in place (" + reason +
                              ")");
    }
    committed_ = true;
    std::error_code ignored;
    fs::remove_all(old, ignored);
    return {};
}

} // namespace skinsim

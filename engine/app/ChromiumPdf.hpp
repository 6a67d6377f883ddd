#pragma once
// The consultation report as PDF: the report's HTML printed by headless Chromium (Debian's
// `chromium`), the engine that already renders the HTML the browser tests check, so the PDF and
// the page are laid out by one engine (A4, margins and page breaks from the page's print CSS).

#include "core/Result.hpp"

#include <filesystem>

namespace skinsim::app {

/// The Chromium that prints: $SKINSIM_CHROMIUM, else `chromium` on the PATH; a Failure saying
/// what to install when there is none.
Result<std::filesystem::path> findChromium();

/// Prints the local page `html` to `pdf`, atomically (into a temporary beside `pdf`, then
/// renamed). `workDir`: an existing scratch folder for Chromium's profile and log.
Status printToPdf(const std::filesystem::path& chromium, const std::filesystem::path& html,
                  const std::filesystem::path& pdf, const std::filesystem::path& workDir);

/// A fresh folder under the system's temporary folder, removed with everything in it when this
/// goes out of scope.
class ScratchFolder {
  public:
    static Result<ScratchFolder> create(const std::string& prefix);
    ScratchFolder(ScratchFolder&& other) noexcept;
    ScratchFolder& operator=(ScratchFolder&&) = delete;
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    ~ScratchFolder();

    const std::filesystem::path& path() const { return path_; }

  private:
    explicit ScratchFolder(std::filesystem::path path) : path_(std::move(path)) {}
    std::filesystem::path path_;
};

} // namespace skinsim::app

#include "ui/Autosave.hpp"

#include "core/AtomicFile.hpp"
#include "core/Json.hpp"

#include <cmath>
#include <cstdlib>

namespace skinsim::ui {

std::filesystem::path Autosave::defaultFile() {
    if (const char* dir = std::getenv("SKINSIM_STATE_DIR"); dir != nullptr && *dir != '\0') {
        return std::filesystem::path(dir) / "autosave.json";
    }
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg != nullptr && *xdg != '\0') {
        return std::filesystem::path(xdg) / "skinsim" / "autosave.json";
    }
    const char* home = std::getenv("HOME");
    const std::filesystem::path base = home != nullptr && *home != '\0'
                                           ? std::filesystem::path(home)
                                           : std::filesystem::temp_directory_path();
    return base / ".local" / "state" / "skinsim" / "autosave.json";
}

std::optional<Result<Recovery>> Autosave::leftBehind() const {
    std::error_code ec;
    if (!std::filesystem::exists(file_, ec)) {
        return std::nullopt;
    }
    const std::string origin = file_.string();
    auto json = readJsonFile(file_);
    if (!json) {
        return Result<Recovery>(json.error());
    }
    if (!json->is_object() || !json->contains("scenario") || !json->contains("skinsim_autosave")) {
        return Result<Recovery>(
            Error::badInput(origin + ": not a skinsim autosave (no \"scenario\")"));
    }
    auto scenario = scenarioFromJson((*json)["scenario"], origin + ": scenario");
    if (!scenario) {
        return Result<Recovery>(scenario.error());
    }
    Recovery r;
    r.scenario = std::move(scenario.value());
    r.scenario.source = file_;
    if (const auto it = json->find("opened_from"); it != json->end() && it->is_string()) {
        r.openedFrom = it->get<std::string>();
    }
    if (const auto it = json->find("saved_unix_s"); it != json->end() && it->is_number()) {
        // Read as a double: a hand-edited or corrupt file may hold any number (1e300, -1).
        const double seconds = it->get<double>();
        if (std::isfinite(seconds) && seconds >= 0.0 && seconds < 1e12) {
            r.savedUnixS = static_cast<std::int64_t>(seconds);
        }
    }
    return Result<Recovery>(std::move(r));
}

Status Autosave::save(const Scenario& scenario, const std::string& openedFrom) {
    if (auto dir = ensureDirectory(file_.parent_path()); !dir) {
        return dir;
    }
    Json out = Json::object();
    out["skinsim_autosave"] = 1;
    out["saved_unix_s"] = std::chrono::duration_cast<std::chrono::seconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count();
    out["opened_from"] = openedFrom;
    out["scenario"] = scenarioToJson(scenario);
    return writeJsonFile(file_, out);
}

Status Autosave::saveIfDue(const Scenario& scenario, std::uint64_t revision,
                           const std::string& openedFrom,
                           std::chrono::steady_clock::time_point now) {
    if (revision == writtenRevision_) {
        return {};
    }
    if (revision != pendingRevision_) {
        pendingRevision_ = revision;
        pendingSince_ = now;
    }
    if (now - pendingSince_ < kDelay) {
        return {};
    }
    auto saved = save(scenario, openedFrom);
    writtenRevision_ = revision; // a failing disk is reported once per change, not every frame
    return saved;
}

void Autosave::discard() {
    std::error_code ec;
    std::filesystem::remove(file_, ec);
}

} // namespace skinsim::ui

#include "app/ChromiumPdf.hpp"

#include "core/AtomicFile.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <string_view>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace skinsim::app {

namespace fs = std::filesystem;

namespace {

constexpr const char* kInstallChromium =
    "printing the report as PDF needs Chromium: install Debian's chromium (apt-get install "
    "chromium; tools/deps.sh does) or set SKINSIM_CHROMIUM to a Chromium binary";

/// A page of a few MB prints in a few seconds; a Chromium that hangs is stopped after this.
constexpr auto kPrintTimeout = std::chrono::seconds(120);

bool isExecutable(const fs::path& file) {
    std::error_code ec;
    return fs::is_regular_file(file, ec) && ::access(file.c_str(), X_OK) == 0;
}

/// The environment for Chromium: ours without LD_PRELOAD. Under AddressSanitizer the tests run
/// skinsim with the ASan runtime preloaded (tests/cli/RunSkinsim.hpp); Chromium inheriting it
/// would run under ASan too and fail (or report Chromium's own leaks as ours).
std::vector<char*> environmentWithoutPreload() {
    std::vector<char*> env;
    for (char** e = environ; *e != nullptr; ++e) {
        if (std::strncmp(*e, "LD_PRELOAD=", 11) != 0) {
            env.push_back(*e);
        }
    }
    env.push_back(nullptr);
    return env;
}

/// The last `maxBytes` of `file` (Chromium's log), for an error message.
std::string tailOf(const fs::path& file, std::size_t maxBytes = 1500) {
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return text.size() > maxBytes ? "..." + text.substr(text.size() - maxBytes) : text;
}

/// Runs `args` (args[0] the program) in its own process group with stdout and stderr into `log`;
/// its exit status, or an error when it cannot start or outlives kPrintTimeout (then the whole
/// group, Chromium's helper processes too, is killed).
Result<int> runLogged(const std::vector<std::string>& args, const fs::path& log) {
    std::vector<char*> argv;
    for (const auto& a : args) {
        argv.push_back(const_cast<char*>(a.c_str()));
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, log.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&files, STDOUT_FILENO, STDERR_FILENO);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    std::vector<char*> env = environmentWithoutPreload();
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, argv[0], &files, &attr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&files);
    posix_spawnattr_destroy(&attr);
    if (spawned != 0) {
        return Error::failure(args[0] + ": cannot start (" + std::strerror(spawned) + ")");
    }
    const auto deadline = std::chrono::steady_clock::now() + kPrintTimeout;
    int status = 0;
    while (true) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) {
            break;
        }
        if (done < 0 && errno != EINTR) {
            return Error::failure(args[0] + ": lost its process (" + std::strerror(errno) + ")");
        }
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            return Error::failure(args[0] + ": did not finish printing within " +
                                  std::to_string(kPrintTimeout.count()) + " s");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(-pid, SIGKILL); // helper processes left behind, if any
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool startsAsPdf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    char head[5] = {};
    in.read(head, 5);
    return in && std::string_view(head, 5) == "%PDF-";
}

} // namespace

Result<fs::path> findChromium() {
    if (const char* named = std::getenv("SKINSIM_CHROMIUM"); named != nullptr && *named != '\0') {
        if (!isExecutable(named)) {
            return Error::failure(std::string("SKINSIM_CHROMIUM=") + named +
                                  ": not an executable file; " + kInstallChromium);
        }
        return fs::path(named);
    }
    const char* path = std::getenv("PATH");
    std::string_view dirs = path != nullptr ? path : "/usr/bin:/bin";
    while (!dirs.empty()) {
        const std::size_t colon = dirs.find(':');
        const fs::path dir(dirs.substr(0, colon));
        dirs = colon == std::string_view::npos ? std::string_view{} : dirs.substr(colon + 1);
        if (!dir.empty() && isExecutable(dir / "chromium")) {
            return dir / "chromium";
        }
    }
    return Error::failure(std::string("chromium not found on the PATH: ") + kInstallChromium);
}

Status printToPdf(const fs::path& chromium, const fs::path& html, const fs::path& pdf,
                  const fs::path& workDir) {
    const fs::path log = workDir / "chromium.log";
    return writeAtomically(pdf, [&](const fs::path& tmp) -> Status {
        // Paper size and margins come from the page's @page rule; no date/URL header and footer
        // (the page stamps its own "Simulated" footer).
        auto exit = runLogged({chromium.string(), "--headless", "--no-sandbox", "--disable-gpu",
                               "--no-first-run", "--no-default-browser-check",
                               "--user-data-dir=" + (workDir / "chromium-profile").string(),
                               "--no-pdf-header-footer", "--print-to-pdf=" + tmp.string(),
                               "file://" + fs::absolute(html).string()},
                              log);
        if (!exit) {
            return exit.error();
        }
        if (*exit != 0 || !startsAsPdf(tmp)) {
            return Error::failure(chromium.string() + " did not print " + pdf.string() + " (exit " +
                                  std::to_string(*exit) + "):\n" + tailOf(log));
        }
        return {};
    });
}

Result<ScratchFolder> ScratchFolder::create(const std::string& prefix) {
    static std::atomic<unsigned> counter{0};
    std::error_code ec;
    const fs::path base = fs::temp_directory_path(ec);
    if (ec) {
        return Error::failure("no temporary folder (" + ec.message() + ")");
    }
    std::string name = prefix;
    name += '-';
    name += std::to_string(::getpid());
    name += '-';
    name += std::to_string(counter++);
    const fs::path dir = base / name;
    if (!fs::create_directory(dir, ec) || ec) {
        return Error::failure(dir.string() + ": cannot create a temporary folder (" +
                              (ec ? ec.message() : std::string("it exists")) + ")");
    }
    return ScratchFolder(dir);
}

ScratchFolder::ScratchFolder(ScratchFolder&& other) noexcept : path_(std::move(other.path_)) {
    other.path_.clear();
}

ScratchFolder::~ScratchFolder() {
    if (!path_.empty()) {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
}

} // namespace skinsim::app

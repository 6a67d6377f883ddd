#pragma once
// Runs the built skinsim executable and captures its exit code and output.

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace skinsim::test {

struct CommandResult {
    int exitCode = -1;
    std::string output; ///< stdout and stderr together
};

/// Runs a shell command, capturing its stdout and stderr together.
inline CommandResult runCommand(const std::string& command) {
    const std::string redirected = command + " 2>&1";
    CommandResult result;
    FILE* pipe = ::popen(redirected.c_str(), "r");
    if (pipe == nullptr) {
        return result;
    }
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        result.output.append(buffer.data(), n);
    }
    const int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

/// What runs skinsim: itself, or in the AddressSanitizer build `env LD_PRELOAD=...` before it,
/// the ASan runtime first and then KeepLibrariesLoaded (its comment says why). `keepLoaded`: where
/// that library is, when the build tree cannot be seen (InstallCliTest copies it out).
inline std::string sanitizerPreload(const std::string& keepLoaded = "") {
#if SKINSIM_TEST_ASAN
    return "env LD_PRELOAD='" SKINSIM_TEST_ASAN_RUNTIME " " +
           (keepLoaded.empty() ? std::string(SKINSIM_TEST_KEEP_LOADED) : keepLoaded) + "' ";
#else
    (void)keepLoaded;
    return "";
#endif
}

inline CommandResult runSkinsim(const std::string& args, const std::string& env = "") {
    return runCommand(env + (env.empty() ? "" : " ") + sanitizerPreload() + SKINSIM_EXE +
                      std::string(" ") + args);
}

/// A shell prefix that caps the memory skinsim may take at `megabytes`, so that a regression
/// cannot pass by swapping and an allocation beyond it fails as it would on a small machine.
/// Normally the address-space limit (`ulimit -v`). An AddressSanitizer build reserves terabytes of
/// address space for its shadow memory, so there the same cap is ASan's own: past `megabytes` of
/// resident memory the process is stopped with a report (`hard_rss_limit_mb`). ASan's operator new
/// reports running out and aborts rather than throwing std::bad_alloc, so the test of skinsim's
/// out-of-memory message runs in the plain build only (tools/test.sh).
inline std::string memoryLimit(int megabytes) {
#if SKINSIM_TEST_ASAN
    return "export ASAN_OPTIONS=\"${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=" +
           std::to_string(megabytes) + "\";";
#else
    return "ulimit -v " + std::to_string(megabytes * 1000) + ";";
#endif
}

} // namespace skinsim::test

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

inline CommandResult runSkinsim(const std::string& args, const std::string& env = "") {
    return runCommand(env + (env.empty() ? "" : " ") + SKINSIM_EXE + std::string(" ") + args);
}

} // namespace skinsim::test

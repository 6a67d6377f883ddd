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

inline CommandResult runSkinsim(const std::string& args, const std::string& env = "") {
    const std::string command = env + (env.empty() ? "" : " ") + SKINSIM_EXE + std::string(" ") + args + " 2>&1";
    CommandResult result;
    FILE* pipe = ::popen(command.c_str(), "r");
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

} // namespace skinsim::test

#pragma once
// Drives a running `skinsim view` as a user does: real X input events (xdotool) on its window,
// in an Xvfb server of the test's own (so tests running in parallel never click into each
// other's windows). What the studio did is read from its probe (`--probe DIR`: DIR/state.json
// after every frame, with where its widgets are), and pictures are taken with the probe's
// "screenshot" command, which captures the window as presented.

#include "core/ImageIo.hpp"
#include "core/Json.hpp"

#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace skinsim::test {

class StudioDriver {
  public:
    /// Starts Xvfb (screen `screenW` x `screenH`) and the studio with `args` (after "view").
    StudioDriver(const std::filesystem::path& dir, const std::vector<std::string>& args,
                 int screenW = 1920, int screenH = 1200, std::vector<std::string> env = {})
        : dir_(dir) {
        std::filesystem::create_directories(dir_ / "probe");
        std::filesystem::create_directories(dir_ / "state");
        display_ = 300 + static_cast<int>(::getpid() % 3000);
        while (std::filesystem::exists("/tmp/.X11-unix/X" + std::to_string(display_)) ||
               std::filesystem::exists("/tmp/.X" + std::to_string(display_) + "-lock")) {
            ++display_;
        }
        xvfb_ = spawn({"Xvfb", ":" + std::to_string(display_), "-screen", "0",
                       std::to_string(screenW) + "x" + std::to_string(screenH) + "x24", "-nolisten",
                       "tcp"},
                      {}, dir_ / "xvfb.log");
        for (int i = 0;
             i < 100 && !std::filesystem::exists("/tmp/.X11-unix/X" + std::to_string(display_));
             ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        std::vector<std::string> argv = {SKINSIM_EXE, "view"};
        argv.insert(argv.end(), args.begin(), args.end());
        argv.push_back("--probe");
        argv.push_back((dir_ / "probe").string());
        env.push_back("DISPLAY=:" + std::to_string(display_));
        env.push_back("SKINSIM_STATE_DIR=" + (dir_ / "state").string());
        env.push_back("SKINSIM_VULKAN_VALIDATION=1");
        studio_ = spawn(argv, env, dir_ / "studio.log");
    }

    ~StudioDriver() {
        if (studio_ > 0 && !exited_) {
            command("quit");
            for (int i = 0; i < 100 && !hasExited(); ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
            if (!exited_) {
                ::kill(studio_, SIGKILL);
                ::waitpid(studio_, nullptr, 0);
            }
        }
        if (xvfb_ > 0) {
            ::kill(xvfb_, SIGTERM);
            ::waitpid(xvfb_, nullptr, 0);
        }
    }
    StudioDriver(const StudioDriver&) = delete;
    StudioDriver& operator=(const StudioDriver&) = delete;

    /// The studio's latest state (an empty object until the first frame).
    Json state() const {
        std::ifstream in(dir_ / "probe" / "state.json");
        std::stringstream text;
        text << in.rdbuf();
        try {
            return Json::parse(text.str());
        } catch (const std::exception&) {
            return Json::object();
        }
    }

    /// Waits up to `seconds` for `ready` to hold on the state; returns whether it did.
    bool waitFor(const std::function<bool(const Json&)>& ready, double seconds = 120) {
        const auto until = std::chrono::steady_clock::now() +
                           std::chrono::milliseconds(static_cast<int>(seconds * 1000));
        while (std::chrono::steady_clock::now() < until) {
            const Json s = state();
            if (!s.empty() && ready(s)) {
                return true;
            }
            if (hasExited()) {
                return false;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }

    /// Waits until the simulation of the current scenario has finished.
    bool waitUntilDone(double seconds = 180) {
        return waitFor(
            [](const Json& s) {
                return s.value("stage", "") == "done" &&
                       s.value("snapshot_revision", 0) == s.value("simulation_revision", -1);
            },
            seconds);
    }

    /// Where widget `name` is (x0, y0, x1, y1), waiting for it to be drawn and to stay put for
    /// 0.3 s (as a user waits for a panel to stop moving); nullopt if never.
    std::optional<std::array<float, 4>> item(const std::string& name, double seconds = 30) {
        std::optional<std::array<float, 4>> found;
        const auto at = [&](const Json& s) -> std::optional<std::array<float, 4>> {
            if (!s.contains("items") || !s["items"].contains(name)) {
                return std::nullopt;
            }
            const Json& r = s["items"][name];
            return std::array<float, 4>{r[0], r[1], r[2], r[3]};
        };
        waitFor(
            [&](const Json& s) {
                found = at(s);
                if (!found) {
                    return false;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                return at(state()) == found;
            },
            seconds);
        return found;
    }

    /// Moves the mouse to window pixel (x, y) and clicks `button` (1 left, 3 right).
    void clickAt(float x, float y, int button = 1) {
        xdotool("mousemove --window " + window() + " " + std::to_string(static_cast<int>(x)) + " " +
                std::to_string(static_cast<int>(y)) + " click " + std::to_string(button));
    }
    /// Turns the mouse wheel `clicks` notches down (up when negative) at (x, y).
    void scrollAt(float x, float y, int clicks) {
        xdotool("mousemove --window " + window() + " " + pixel(x, y) + " click --repeat " +
                std::to_string(std::abs(clicks)) + " --delay 120 " + (clicks > 0 ? "5" : "4"));
    }
    void doubleClickAt(float x, float y) {
        xdotool("mousemove --window " + window() + " " + std::to_string(static_cast<int>(x)) + " " +
                std::to_string(static_cast<int>(y)) + " click --repeat 2 --delay 80 1");
    }
    /// Drags with the left button from (x0, y0) to (x1, y1) in `steps` moves.
    void dragFromTo(float x0, float y0, float x1, float y1, int steps = 8) {
        std::string moves =
            "mousemove --window " + window() + " " + pixel(x0, y0) + " mousedown 1 sleep 0.3";
        for (int i = 1; i <= steps; ++i) {
            const float t = static_cast<float>(i) / static_cast<float>(steps);
            moves += " mousemove --window " + window() + " " +
                     pixel(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t) + " sleep 0.15";
        }
        xdotool(moves + " sleep 0.3 mouseup 1");
    }
    /// Clicks widget `name` at the fraction (fx, fy) of its rectangle; false if it is not drawn.
    bool click(const std::string& name, float fx = 0.5f, float fy = 0.5f) {
        const auto r = item(name);
        if (!r) {
            return false;
        }
        clickAt((*r)[0] + fx * ((*r)[2] - (*r)[0]), (*r)[1] + fy * ((*r)[3] - (*r)[1]));
        return true;
    }
    /// A key tap as fast as X delivers it (press and release within a few milliseconds).
    void tap(const std::string& keys) { xdotool("key --delay 5 " + keys); }
    /// Holds `keys` down for `seconds`, then lets go.
    void hold(const std::string& keys, double seconds) {
        xdotool("keydown " + keys + " sleep " + std::to_string(seconds) + " keyup " + keys);
    }

    /// Captures the window as presented at the next frame.
    std::optional<Image8> screenshot(const std::string& name) {
        const std::filesystem::path path = dir_ / (name + ".png");
        command("screenshot " + path.string());
        if (!waitFor([&](const Json& s) { return s.value("last_screenshot", "") == path.string(); },
                     60)) {
            return std::nullopt;
        }
        auto image = readPng(path);
        if (!image) {
            return std::nullopt;
        }
        return std::move(image.value());
    }

    /// Asks the studio to close; returns its exit code (or -1 if it did not exit in time).
    int quit() {
        command("quit");
        for (int i = 0; i < 300 && !hasExited(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return exited_ ? exitCode_ : -1;
    }

    /// The studio's output, and how it ended if it did.
    std::string log() {
        std::ifstream in(dir_ / "studio.log");
        std::stringstream text;
        if (in.peek() != std::ifstream::traits_type::eof()) {
            text << in.rdbuf(); // (an empty file would set text's failbit)
        }
        if (hasExited()) {
            text << "\n[the studio exited with " << exitCode_ << "]";
        }
        return text.str();
    }

  private:
    static std::string pixel(float x, float y) {
        return std::to_string(static_cast<int>(x)) + " " + std::to_string(static_cast<int>(y));
    }

    static pid_t spawn(const std::vector<std::string>& args, const std::vector<std::string>& env,
                       const std::filesystem::path& log) {
        std::vector<char*> argv;
        for (const std::string& a : args) {
            argv.push_back(const_cast<char*>(a.c_str()));
        }
        argv.push_back(nullptr);
        std::vector<std::string> envStrings(env);
        for (char** e = environ; *e != nullptr; ++e) {
            const std::string entry(*e);
            const std::string key = entry.substr(0, entry.find('=') + 1);
            bool overridden = false;
            for (const std::string& mine : env) {
                overridden = overridden || mine.rfind(key, 0) == 0;
            }
            if (!overridden) {
                envStrings.push_back(entry);
            }
        }
        std::vector<char*> envp;
        for (const std::string& e : envStrings) {
            envp.push_back(const_cast<char*>(e.c_str()));
        }
        envp.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0644);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
        pid_t pid = -1;
        if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0) {
            pid = -1;
        }
        posix_spawn_file_actions_destroy(&actions);
        return pid;
    }

    bool hasExited() {
        if (exited_ || studio_ <= 0) {
            return true;
        }
        int status = 0;
        if (::waitpid(studio_, &status, WNOHANG) == studio_) {
            exited_ = true;
            exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        return exited_;
    }

    void command(const std::string& line) {
        const std::filesystem::path tmp = dir_ / "probe" / "command.new";
        {
            std::ofstream out(tmp);
            out << line << "\n";
        }
        // Waits for the previous command to be taken rather than overwrite it.
        for (int i = 0; i < 100 && std::filesystem::exists(dir_ / "probe" / "command"); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        std::filesystem::rename(tmp, dir_ / "probe" / "command");
    }

    std::string window() {
        if (window_.empty()) {
            const std::string out = capture("xdotool search --sync --name 'skinsim studio'");
            window_ = out.substr(0, out.find('\n'));
        }
        return window_;
    }

    void xdotool(const std::string& args) {
        const std::string cmd =
            "DISPLAY=:" + std::to_string(display_) + " xdotool " + args + " >/dev/null 2>&1";
        [[maybe_unused]] const int rc = std::system(cmd.c_str());
    }

    std::string capture(const std::string& command) const {
        const std::string cmd = "DISPLAY=:" + std::to_string(display_) + " timeout 60 " + command;
        std::string out;
        if (FILE* pipe = ::popen(cmd.c_str(), "r")) {
            char buffer[256];
            while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) {
                out += buffer;
            }
            ::pclose(pipe);
        }
        return out;
    }

    std::filesystem::path dir_;
    int display_ = 0;
    pid_t xvfb_ = -1;
    pid_t studio_ = -1;
    bool exited_ = false;
    int exitCode_ = -1;
    std::string window_;
};

} // namespace skinsim::test

#pragma once
// Progress of long work on a terminal (DESIGN.md section 5): a single line on stderr, redrawn,
// shown only when stderr is a terminal and the work has run for more than a second.

#include <chrono>
#include <mutex>
#include <string>

namespace skinsim {

class ProgressLine {
  public:
    explicit ProgressLine(std::string label);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    /// Reports `done` of `total` (thread-safe).
    void update(long done, long total);

  private:
    std::string label_;
    std::chrono::steady_clock::time_point start_;
    bool terminal_;
    bool shown_ = false;
    std::mutex mutex_;
};

} // namespace skinsim

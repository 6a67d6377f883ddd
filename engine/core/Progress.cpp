#include "core/Progress.hpp"

#include <cstdio>
#include <unistd.h>

namespace skinsim {

ProgressLine::ProgressLine(std::string label)
    : label_(std::move(label)), start_(std::chrono::steady_clock::now()),
      terminal_(::isatty(STDERR_FILENO) != 0) {}

ProgressLine::~ProgressLine() {
    if (shown_) {
        std::fprintf(stderr, "\n");
    }
}

void ProgressLine::update(long done, long total) {
    if (!terminal_ || total <= 0) {
        return;
    }
    std::lock_guard lock(mutex_);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    if (seconds < 1.0 && done < total) {
        return;
    }
    if (!shown_ && done >= total && seconds < 1.0) {
        return; // finished quickly: nothing to show
    }
    shown_ = true;
    const int width = 30;
    const int filled = static_cast<int>(width * done / total);
    std::fprintf(stderr, "\r%s [%.*s%*s] %ld/%ld  %.1f s", label_.c_str(), filled,
                 "##############################", width - filled, "", done, total, seconds);
    std::fflush(stderr);
}

} // namespace skinsim

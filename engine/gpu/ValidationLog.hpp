#pragma once
// Where the Vulkan validation layer's and the driver's messages go. Every warning or error is
// counted and handed to a sink: stderr for the command line, a recorder in tests, which fail on
// any message (issue 5). Thread-safe: drivers may call back from their own threads.

#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace skinsim::gpu {

enum class MessageSeverity { Info, Warning, Error };

class ValidationLog {
  public:
    using Sink = std::function<void(MessageSeverity, std::string_view)>;

    /// Messages go to `sink`; by default to stderr, prefixed "vulkan: ".
    explicit ValidationLog(Sink sink = stderrSink());

    /// Called by the debug messenger.
    void report(MessageSeverity severity, std::string_view message);

    /// Warnings and errors seen so far (info messages are passed on, not counted).
    std::size_t count() const;
    std::vector<std::string> messages() const;
    void clear();

    static Sink stderrSink();
    /// A sink that drops everything (the messages are still recorded here).
    static Sink silentSink();

  private:
    Sink sink_;
    mutable std::mutex mutex_;
    std::vector<std::string> messages_;
};

} // namespace skinsim::gpu

#include "gpu/ValidationLog.hpp"

#include "gpu/VulkanCheck.hpp"

#include <iostream>

namespace skinsim::gpu {

void throwVulkanFailure(vk::Result result, const char* expression, const char* file, int line) {
    throw GpuError(std::string(file) + ":" + std::to_string(line) + ": " + expression +
                   " failed with " + vk::to_string(result));
}

ValidationLog::ValidationLog(Sink sink) : sink_(std::move(sink)) {}

void ValidationLog::report(MessageSeverity severity, std::string_view message) {
    {
        std::lock_guard lock(mutex_);
        if (severity != MessageSeverity::Info) {
            messages_.emplace_back(message);
        }
    }
    if (sink_) {
        sink_(severity, message);
    }
}

std::size_t ValidationLog::count() const {
    std::lock_guard lock(mutex_);
    return messages_.size();
}

std::vector<std::string> ValidationLog::messages() const {
    std::lock_guard lock(mutex_);
    return messages_;
}

void ValidationLog::clear() {
    std::lock_guard lock(mutex_);
    messages_.clear();
}

ValidationLog::Sink ValidationLog::stderrSink() {
    return [](MessageSeverity severity, std::string_view message) {
        if (severity == MessageSeverity::Info) {
            return;
        }
        std::cerr << "vulkan " << (severity == MessageSeverity::Error ? "error" : "warning") << ": "
                  << message << "\n";
    };
}

ValidationLog::Sink ValidationLog::silentSink() {
    return [](MessageSeverity, std::string_view) {};
}

} // namespace skinsim::gpu

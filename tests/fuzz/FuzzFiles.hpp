#pragma once
// What the fuzz targets share: a private scratch folder, since the readers under test read files.

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace skinsim::fuzz {

/// A folder of this process's own under the temporary folder (created on first use).
inline const std::filesystem::path& scratchFolder() {
    static const std::filesystem::path dir = [] {
        auto p =
            std::filesystem::temp_directory_path() / ("skinsim-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(p);
        return p;
    }();
    return dir;
}

inline void writeBytes(const std::filesystem::path& p, const char* data, std::size_t size) {
    std::ofstream(p, std::ios::binary | std::ios::trunc).write(data, static_cast<long>(size));
}

} // namespace skinsim::fuzz

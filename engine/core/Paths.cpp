#include "core/Paths.hpp"

#include <cstdlib>
#include <system_error>

namespace skinsim {
namespace fs = std::filesystem;

fs::path executableDirectory() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::current_path() : exe.parent_path();
}

fs::path assetDirectory() {
    if (const char* env = std::getenv("SKINSIM_ASSETS_DIR"); env != nullptr && *env != '\0') {
        return env;
    }
    std::error_code ec;
    const fs::path installed = executableDirectory() / ".." / "share" / "skinsim" / "assets";
    if (fs::is_directory(installed, ec)) {
        return fs::weakly_canonical(installed, ec);
    }
    return SKINSIM_SOURCE_ASSETS_DIR;
}

} // namespace skinsim

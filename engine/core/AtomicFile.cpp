#include "core/AtomicFile.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace skinsim {
namespace fs = std::filesystem;

namespace {
fs::path temporaryBeside(const fs::path& path) {
    static std::atomic<unsigned> counter{0};
    // Built with += rather than a chain of operator+: GCC 12 warns falsely (-Wrestrict) on that.
    std::string name = ".";
    name += path.filename().string();
    name += ".tmp-";
    name += std::to_string(::getpid());
    name += '-';
    name += std::to_string(counter++);
    return path.parent_path() / name;
}
} // namespace

Status ensureDirectory(const fs::path& dir) {
    if (dir.empty()) {
        return {};
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) {
        return Error::failure(dir.string() + ": cannot create folder (" +
                              (ec ? ec.message() : std::string("a file is in the way")) + ")");
    }
    return {};
}

Status writeAtomically(const fs::path& path, const std::function<Status(const fs::path&)>& write) {
    if (auto made = ensureDirectory(path.parent_path()); !made) {
        return made;
    }
    const fs::path tmp = temporaryBeside(path);
    Status written = write(tmp);
    std::error_code ec;
    if (!written) {
        fs::remove(tmp, ec);
        return written;
    }
    fs::rename(tmp, path, ec);
    if (ec) {
        fs::remove(tmp, ec);
        return Error::failure(path.string() + ": cannot replace file (" + ec.message() + ")");
    }
    return {};
}

Status writeFileAtomically(const fs::path& path, std::string_view bytes) {
    return writeAtomically(path, [&](const fs::path& tmp) -> Status {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) {
            return Error::failure(path.string() + ": cannot write (" + std::strerror(errno) + ")");
        }
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            return Error::failure(path.string() + ": write failed (disk full?)");
        }
        return {};
    });
}

Result<std::string> readFile(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        return Error::badInput(path.string() + ": no such file");
    }
    if (fs::is_directory(path, ec)) {
        return Error::badInput(path.string() + ": is a folder, not a file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Error::badInput(path.string() + ": cannot open (" + std::strerror(errno) + ")");
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace skinsim

#include "core/AtomicFile.hpp"

#include <atomic>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace skinsim {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kTemporaryMark = ".tmp-";

/// What an existing non-regular path is, for messages.
std::string kindOf(const fs::file_status& status) {
    switch (status.type()) {
    case fs::file_type::directory:
        return "a folder";
    case fs::file_type::character:
    case fs::file_type::block:
        return "a device";
    case fs::file_type::fifo:
        return "a pipe (FIFO)";
    case fs::file_type::socket:
        return "a socket";
    default:
        return "not a regular file";
    }
}

/// BadInput when `path` exists (following links) and is not a regular file.
Status checkReplaceable(const fs::path& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status) || fs::is_regular_file(status)) {
        return {};
    }
    if (fs::is_directory(status)) {
        return Error::badInput(path.string() + ": is a folder, not a file; give a file name");
    }
    return Error::badInput(path.string() + ": is " + kindOf(status) +
                           ", not a regular file; skinsim only replaces regular files");
}

bool processIsGone(long pid) {
    if (pid <= 0 || pid == static_cast<long>(::getpid())) {
        return false;
    }
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

fs::path temporaryBeside(const fs::path& path) {
    static std::atomic<unsigned> counter{0};
    // Built with += rather than a chain of operator+: GCC 12 warns falsely (-Wrestrict) on that.
    std::string name = ".";
    name += path.filename().string();
    name += kTemporaryMark;
    name += std::to_string(::getpid());
    name += '-';
    name += std::to_string(counter++);
    return path.parent_path() / name;
}

bool isStaleTemporary(std::string_view name) {
    // ".NAME.tmp-PID-N": a leading dot, a non-empty NAME, then the last ".tmp-" and two numbers.
    if (name.size() < 2 || name.front() != '.') {
        return false;
    }
    const std::size_t mark = name.rfind(kTemporaryMark);
    if (mark == std::string_view::npos || mark < 2) {
        return false;
    }
    const std::string_view numbers = name.substr(mark + kTemporaryMark.size());
    const std::size_t dash = numbers.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == numbers.size()) {
        return false;
    }
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (i != dash && (numbers[i] < '0' || numbers[i] > '9')) {
            return false;
        }
    }
    long pid = 0;
    const auto [end, ec] = std::from_chars(numbers.data(), numbers.data() + dash, pid);
    return ec == std::errc{} && processIsGone(pid);
}

void removeStaleTemporaries(const fs::path& dir) {
    std::error_code ec;
    fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        if (isStaleTemporary(it->path().filename().string())) {
            std::error_code ignored;
            fs::remove_all(it->path(), ignored);
        }
    }
}

Status ensureDirectory(const fs::path& dir) {
    if (dir.empty()) {
        return {};
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) {
        // Some part of the path exists as a file: the user named it, so it is bad input.
        for (fs::path p = dir; !p.empty() && p != p.parent_path(); p = p.parent_path()) {
            std::error_code ignored;
            const fs::file_status status = fs::status(p, ignored);
            if (fs::exists(status) && !fs::is_directory(status)) {
                return Error::badInput(dir.string() + ": cannot create folder (" + p.string() +
                                       " is a file, in the way)");
            }
        }
        return Error::failure(dir.string() + ": cannot create folder (" +
                              (ec ? ec.message() : std::string("unknown reason")) + ")");
    }
    return {};
}

Status checkOutputFile(const fs::path& path, std::string_view option) {
    if (path.empty()) {
        return Error::badInput(std::string(option) + " is empty; give a file name");
    }
    if (!path.has_filename()) {
        return Error::badInput(path.string() + ": " + std::string(option) +
                               " names a folder; give a file name");
    }
    return checkReplaceable(path);
}

Status writeAtomically(const fs::path& path, const std::function<Status(const fs::path&)>& write) {
    if (auto ok = checkOutputFile(path, "output file"); !ok) {
        return ok;
    }
    if (auto made = ensureDirectory(path.parent_path()); !made) {
        return made;
    }
    removeStaleTemporaries(path.parent_path());
    const fs::path tmp = temporaryBeside(path);
    Status written = write(tmp);
    std::error_code ec;
    if (!written) {
        fs::remove(tmp, ec);
        return written;
    }
    // Checked again: the target may have appeared while the content was being written.
    if (auto ok = checkReplaceable(path); !ok) {
        fs::remove(tmp, ec);
        return ok;
    }
    fs::rename(tmp, path, ec);
    if (ec) {
        const std::string reason = ec.message(); // before remove() reuses ec
        std::error_code ignored;
        fs::remove(tmp, ignored);
        return Error::failure(path.string() + ": cannot replace file (" + reason + ")");
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
        out.close();
        if (!out) {
            return Error::failure(path.string() + ": write failed (disk full?)");
        }
        return {};
    });
}

namespace {
std::string tooLarge(const fs::path& path, std::uintmax_t size, std::uintmax_t maxBytes) {
    return path.string() + ": is " + std::to_string(size) + " bytes; the limit is " +
           std::to_string(maxBytes) + " bytes";
}
} // namespace

Status checkInputFile(const fs::path& path, std::uintmax_t maxBytes) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
        return Error::badInput(path.string() + ": no such file");
    }
    if (fs::is_directory(status)) {
        return Error::badInput(path.string() + ": is a folder, not a file");
    }
    if (!fs::is_regular_file(status)) {
        return Error::badInput(path.string() + ": is " + kindOf(status) +
                               ", not a regular file; skinsim reads only regular files");
    }
    if (const std::uintmax_t size = fs::file_size(path, ec); !ec && size > maxBytes) {
        return Error::badInput(tooLarge(path, size, maxBytes));
    }
    return {};
}

Result<std::string> readFile(const fs::path& path, std::uintmax_t maxBytes) {
    if (Status checked = checkInputFile(path, maxBytes); !checked) {
        return checked.error();
    }
    // O_NONBLOCK: should a pipe replace the file after the check above, open() does not wait.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        return Error::badInput(path.string() + ": cannot open (" + std::strerror(errno) + ")");
    }
    struct FdCloser {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        return Error::badInput(path.string() + ": not a regular file; skinsim reads only regular "
                                               "files");
    }
    const auto size = static_cast<std::uintmax_t>(info.st_size);
    if (size > maxBytes) {
        return Error::badInput(tooLarge(path, size, maxBytes));
    }
    std::string text(static_cast<std::size_t>(size), '\0');
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::read(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return Error::badInput(path.string() + ": cannot read (" + std::strerror(errno) + ")");
        }
        if (n == 0) {
            break; // the file shrank while being read: keep what is there
        }
        done += static_cast<std::size_t>(n);
    }
    text.resize(done);
    return text;
}

} // namespace skinsim

#pragma once
// Files are written atomically: into a temporary file in the destination's folder, then renamed
// over the destination. An interrupted run leaves either the old file or the new one, never half
// of one (DESIGN.md section 5). A temporary is named `.NAME.tmp-PID-N`; those a crashed run left
// behind (its process is gone) are removed by the next write into that folder.

#include "core/Result.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <string_view>

namespace skinsim {

/// Creates `path`'s parent folders, calls write(tmpPath) to produce the content in a temporary
/// file beside `path`, then renames it over `path`. If write fails, the temporary is removed and
/// `path` is untouched. An existing `path` that is not a regular file (a folder, a device, a
/// pipe) is refused (BadInput) before write is called.
Status writeAtomically(const std::filesystem::path& path,
                       const std::function<Status(const std::filesystem::path& tmp)>& write);

/// Writes `bytes` to `path` atomically.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

/// Checks that `path` is a regular file of at most `maxBytes`, before anything opens it: the same
/// clear error as readFile's when it is missing, a folder, a pipe, a device or too large. For
/// readers that open files themselves (Assimp, image decoders).
Status checkInputFile(const std::filesystem::path& path,
                      std::uintmax_t maxBytes = std::numeric_limits<std::uintmax_t>::max());

/// Reads a whole regular file; a clear error when it is missing, unreadable, not a regular file
/// (a folder, a pipe, a device: refused without reading a byte) or larger than `maxBytes`.
Result<std::string> readFile(const std::filesystem::path& path,
                             std::uintmax_t maxBytes = std::numeric_limits<std::uintmax_t>::max());

/// Creates a folder (and its parents) for outputs, with a clear error if that is impossible (a
/// file in the way is BadInput: the user named it).
Status ensureDirectory(const std::filesystem::path& dir);

/// Checks that `path` can be written as an output file: not empty, not a folder, and not an
/// existing device, pipe or socket. `option` names it in the message ("--out").
Status checkOutputFile(const std::filesystem::path& path, std::string_view option = "--out");

/// Whether `name` is a hidden temporary of an atomic write (`.NAME.tmp-PID-N`) or of a staged
/// folder, and the process that made it is gone.
bool isStaleTemporary(std::string_view name);
/// Removes the stale temporaries (files or folders) directly inside `dir`; errors are ignored
/// (a temporary that cannot be removed stays hidden and is tried again next time).
void removeStaleTemporaries(const std::filesystem::path& dir);

/// The name of a fresh temporary beside `path` (`.NAME.tmp-PID-N`, N counting up per process).
std::filesystem::path temporaryBeside(const std::filesystem::path& path);

} // namespace skinsim

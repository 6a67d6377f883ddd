#pragma once
// Files are written atomically: into a temporary file in the destination's folder, then renamed
// over the destination. An interrupted run leaves either the old file or the new one, never half
// of one (DESIGN.md section 5).

#include "core/Result.hpp"

#include <filesystem>
#include <functional>
#include <string_view>

namespace skinsim {

/// Creates `path`'s parent folders, calls write(tmpPath) to produce the content in a temporary
/// file beside `path`, then renames it over `path`. If write fails, the temporary is removed and
/// `path` is untouched.
Status writeAtomically(const std::filesystem::path& path,
                       const std::function<Status(const std::filesystem::path& tmp)>& write);

/// Writes `bytes` to `path` atomically.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

/// Reads a whole file; a clear error when it is missing or unreadable.
Result<std::string> readFile(const std::filesystem::path& path);

/// Creates a folder (and its parents) for outputs, with a clear error if that is impossible.
Status ensureDirectory(const std::filesystem::path& dir);

} // namespace skinsim

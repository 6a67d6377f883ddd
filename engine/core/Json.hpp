#pragma once
// Reading JSON files with errors that point at the line and column, and writing them atomically.

#include "core/Result.hpp"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace skinsim {

using Json = nlohmann::ordered_json;

/// Parses `text`; a syntax error names `origin`, the line and the column. Every exception of the
/// JSON library (a number beyond double range, ...) becomes a BadInput error naming `origin`.
Result<Json> parseJson(std::string_view text, const std::string& origin);
/// Reads and parses a JSON file of at most kMaxJsonFileBytes (core/Limits.hpp), a regular file.
Result<Json> readJsonFile(const std::filesystem::path& path);
/// Writes `value` (indented, trailing newline) atomically.
Status writeJsonFile(const std::filesystem::path& path, const Json& value);

} // namespace skinsim

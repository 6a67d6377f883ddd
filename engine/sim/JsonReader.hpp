#pragma once
// Reading a user-written JSON document with messages that point at the field. Every value is read
// through a JsonReader that knows the file it came from and its path in the document
// ("plan[2].params.density_pct"), and every check says what is allowed:
//
//     scenario.json: plan[2].params.density_pct: 140 is outside 1..70
//
// A failed check throws JsonInputError. The loaders in engine/sim catch it at their boundary and
// return an Error, so no exception leaves the layer; inside, reading stays a straight sequence of
// field reads instead of a ladder of early returns.

#include "core/Json.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace skinsim {

/// A finished user-facing message ("origin: path: what"). Never escapes engine/sim.
class JsonInputError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// A number as a person writes it: 140, 0.25, 1e-05 (shortest form that reads back exactly).
std::string formatNumber(double value);
/// Two numbers as a JSON array is written: "[40, 12]".
std::string formatPair(double first, double second);
/// A JSON value as quoted in a message: scalars as written ("abc", 140, true); an array or an
/// object by its kind, since it may be long.
std::string describeJson(const Json& value);
/// A number for a JSON document a person may read: whole values as integers (30, not 30.0).
Json numberToJson(double value);
/// "a, b, c".
std::string joinWords(std::span<const std::string_view> words);

class JsonReader {
  public:
    /// Reads the document `root`, named `origin` in messages (the file name the user gave).
    /// `root` must outlive the reader and every reader derived from it.
    JsonReader(const Json& root, std::string origin);

    const Json& json() const { return *value_; }
    /// Where this value sits: "" for the root, "patch.size_mm", "plan[2]".
    const std::string& path() const { return path_; }

    /// Throws JsonInputError with "origin: path: what" ("origin: what" at the root).
    [[noreturn]] void fail(std::string_view what) const;

    // --- objects ---
    /// Checks that this is an object and that each of its keys is in `allowed`.
    void expectObject(std::span<const std::string_view> allowed) const;
    /// The value under `key`, if present (null counts as present; its type check then fails).
    std::optional<JsonReader> find(std::string_view key) const;
    /// The value under `key`; a missing key fails, naming what would be allowed (`hint`).
    JsonReader at(std::string_view key, std::string_view hint = {}) const;
    /// A reader for `key` that is not read, only used to word a message about that field.
    JsonReader member(std::string_view key) const;

    // --- arrays ---
    /// The elements of an array, each with its path ("observe_days[3]").
    std::vector<JsonReader> items() const;
    /// Two numbers [a, b]; `meaning` names them in the message ("[width, height]").
    std::array<double, 2> numberPair(std::string_view meaning) const;

    // --- scalars ---
    std::string string() const;
    bool boolean() const;
    double number() const;
    /// A number within [lo, hi], else "140 is outside 1..70".
    double number(double lo, double hi) const;
    /// A number > 0.
    double positiveNumber() const;
    /// A whole number within [lo, hi] (42 and 42.0 both count as whole).
    std::int64_t integer(std::int64_t lo, std::int64_t hi) const;
    /// A whole number >= 0, up to 2^64 - 1 (seeds).
    std::uint64_t unsignedInteger() const;
    /// One of the given words, else '"blob" is not one of icepick, boxcar, ...'.
    std::string oneOf(std::span<const std::string_view> allowed) const;

  private:
    JsonReader(const Json* value, std::shared_ptr<const std::string> origin, std::string path);
    /// Fails with "expected <what>, got <this value>".
    [[noreturn]] void expected(std::string_view what) const;

    const Json* value_;
    std::shared_ptr<const std::string> origin_;
    std::string path_;
};

} // namespace skinsim

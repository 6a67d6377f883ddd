#pragma once
// Errors a user can act on (a bad file, an out-of-range value), as values rather than exceptions
// at the layer boundaries. Programmer errors stay assertions; user input never aborts the engine.

#include <string>
#include <utility>
#include <variant>

namespace skinsim {

/// What went wrong, worded for the person who can fix it: names the file, the field and what is
/// allowed, e.g. "scenario.json: plan[2].params.density_pct: 140 is outside 1..70".
struct Error {
    enum class Kind {
        BadInput, ///< the user's file or arguments are wrong (exit code 2)
        Failure,  ///< the environment failed: disk full, no device (exit code 1)
    };
    Kind kind = Kind::BadInput;
    std::string message;

    static Error badInput(std::string message) { return {Kind::BadInput, std::move(message)}; }
    static Error failure(std::string message) { return {Kind::Failure, std::move(message)}; }

    /// The same error with "context: " in front, e.g. the file name.
    Error within(const std::string& context) const { return {kind, context + ": " + message}; }
};

/// Either a value or an Error. A minimal std::expected (C++23) for C++20.
template <class T> class [[nodiscard]] Result {
  public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(state_); }

  private:
    std::variant<T, Error> state_;
};

/// Success or an Error, for operations with no value (writing a file).
template <> class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}

    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return error_; }

  private:
    Error error_;
    bool failed_ = false;
};

using Status = Result<void>;

} // namespace skinsim

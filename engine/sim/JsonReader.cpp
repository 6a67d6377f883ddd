#include "sim/JsonReader.hpp"

#include <charconv>
#include <cmath>
#include <limits>

namespace skinsim {
namespace {

/// Strings longer than this are cut in messages; a message quotes a value, not a paragraph.
constexpr std::size_t kMaxQuotedChars = 40;

bool isPlainKey(std::string_view key) {
    if (key.empty()) {
        return false;
    }
    for (char c : key) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!plain) {
            return false;
        }
    }
    return true;
}

/// Path of a member: "patch" + "size_mm" -> "patch.size_mm"; odd keys are quoted in brackets
/// (`["my key"]`) so the path stays readable and unambiguous.
std::string childPath(const std::string& parent, std::string_view key) {
    if (!isPlainKey(key)) {
        return parent + "[" + Json(std::string(key)).dump() + "]";
    }
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

const Json& nullJson() {
    static const Json null;
    return null;
}

} // namespace

std::string formatNumber(double value) {
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc{} ? std::string(buffer, end) : std::to_string(value);
}

std::string formatPair(double first, double second) {
    std::string text = "[";
    text += formatNumber(first);
    text += ", ";
    text += formatNumber(second);
    text += "]";
    return text;
}

std::string describeJson(const Json& value) {
    if (value.is_array()) {
        return "an array";
    }
    if (value.is_object()) {
        return "an object";
    }
    if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        if (text.size() > kMaxQuotedChars) {
            std::size_t cut = kMaxQuotedChars;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
                --cut; // do not split a UTF-8 sequence
            }
            return Json(text.substr(0, cut) + "...").dump();
        }
    }
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json numberToJson(double value) {
    // Below 2^53 every whole double is exactly an int64.
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0) {
        return static_cast<std::int64_t>(value);
    }
    return value;
}

std::string joinWords(std::span<const std::string_view> words) {
    std::string joined;
    for (std::string_view word : words) {
        if (!joined.empty()) {
            joined += ", ";
        }
        joined += word;
    }
    return joined;
}

JsonReader::JsonReader(const Json& root, std::string origin)
    : value_(&root), origin_(std::make_shared<const std::string>(std::move(origin))) {}

JsonReader::JsonReader(const Json* value, std::shared_ptr<const std::string> origin,
                       std::string path)
    : value_(value), origin_(std::move(origin)), path_(std::move(path)) {}

void JsonReader::fail(std::string_view what) const {
    std::string message = *origin_ + ": ";
    if (!path_.empty()) {
        message += path_ + ": ";
    }
    message += what;
    throw JsonInputError(message);
}

void JsonReader::expected(std::string_view what) const {
    fail("expected " + std::string(what) + ", got " + describeJson(json()));
}

void JsonReader::expectObject(std::span<const std::string_view> allowed) const {
    if (!json().is_object()) {
        expected("an object");
    }
    for (const auto& [key, value] : json().items()) {
        bool known = false;
        for (std::string_view name : allowed) {
            known = known || name == key;
        }
        if (!known) {
            member(key).fail(allowed.empty() ? "unknown key (nothing is allowed here)"
                                             : "unknown key (allowed: " + joinWords(allowed) + ")");
        }
    }
}

std::optional<JsonReader> JsonReader::find(std::string_view key) const {
    const auto it = json().find(std::string(key));
    if (it == json().end()) {
        return std::nullopt;
    }
    return JsonReader(&*it, origin_, childPath(path_, key));
}

JsonReader JsonReader::at(std::string_view key, std::string_view hint) const {
    if (auto found = find(key)) {
        return *found;
    }
    member(key).fail(hint.empty() ? std::string("missing (required)")
                                  : "missing; expected " + std::string(hint));
}

JsonReader JsonReader::member(std::string_view key) const {
    return JsonReader(&nullJson(), origin_, childPath(path_, key));
}

std::vector<JsonReader> JsonReader::items() const {
    if (!json().is_array()) {
        expected("an array");
    }
    std::vector<JsonReader> elements;
    elements.reserve(json().size());
    for (std::size_t i = 0; i < json().size(); ++i) {
        elements.push_back(JsonReader(&json()[i], origin_, path_ + "[" + std::to_string(i) + "]"));
    }
    return elements;
}

std::array<double, 2> JsonReader::numberPair(std::string_view meaning) const {
    const std::string what = "two numbers " + std::string(meaning);
    if (!json().is_array()) {
        expected(what);
    }
    if (json().size() != 2) {
        fail("expected " + what + ", got " + std::to_string(json().size()) + " values");
    }
    const std::vector<JsonReader> elements = items();
    return {elements[0].number(), elements[1].number()};
}

std::string JsonReader::string() const {
    if (!json().is_string()) {
        expected("a string");
    }
    return json().get<std::string>();
}

bool JsonReader::boolean() const {
    if (!json().is_boolean()) {
        expected("true or false");
    }
    return json().get<bool>();
}

double JsonReader::number() const {
    if (!json().is_number()) {
        expected("a number");
    }
    return json().get<double>();
}

double JsonReader::number(double lo, double hi) const {
    const double value = number();
    if (value < lo || value > hi) {
        fail(describeJson(json()) + " is outside " + formatNumber(lo) + ".." + formatNumber(hi));
    }
    return value;
}

double JsonReader::positiveNumber() const {
    if (!json().is_number() || !(json().get<double>() > 0)) {
        expected("a number > 0");
    }
    return json().get<double>();
}

std::int64_t JsonReader::integer(std::int64_t lo, std::int64_t hi) const {
    const auto outside = [&] {
        fail(describeJson(json()) + " is outside " + std::to_string(lo) + ".." +
             std::to_string(hi));
    };
    if (json().is_number_unsigned()) {
        const std::uint64_t value = json().get<std::uint64_t>();
        if (hi < 0 || value > static_cast<std::uint64_t>(hi) ||
            (lo > 0 && value < static_cast<std::uint64_t>(lo))) {
            outside();
        }
        return static_cast<std::int64_t>(value);
    }
    if (!json().is_number()) {
        expected("an integer");
    }
    const double value = json().get<double>();
    if (value != std::floor(value)) {
        expected("an integer");
    }
    if (value < static_cast<double>(lo) || value > static_cast<double>(hi)) {
        outside();
    }
    return static_cast<std::int64_t>(value);
}

std::uint64_t JsonReader::unsignedInteger() const {
    if (json().is_number_unsigned()) {
        return json().get<std::uint64_t>();
    }
    if (!json().is_number()) {
        expected("an integer");
    }
    const double value = json().get<double>();
    if (value != std::floor(value)) {
        expected("an integer");
    }
    if (value < 0) {
        fail(describeJson(json()) + " is negative; expected an integer >= 0");
    }
    // 2^64 as a double; whole floats at or above it do not fit.
    if (value >= 18446744073709551616.0) {
        fail(describeJson(json()) + " is too large; expected an integer below 2^64");
    }
    return static_cast<std::uint64_t>(value);
}

std::string JsonReader::oneOf(std::span<const std::string_view> allowed) const {
    const std::string list = joinWords(allowed);
    if (!json().is_string()) {
        expected("one of " + list);
    }
    const std::string& text = json().get_ref<const std::string&>();
    for (std::string_view word : allowed) {
        if (word == text) {
            return text;
        }
    }
    fail(describeJson(json()) + " is not one of " + list);
}

} // namespace skinsim

#pragma once
// Small pieces of HTML text: escaping user text (a scenario's name may hold '<' or '&'), numbers
// as a patient reads them, and images embedded as data: URIs so the report needs no other file.

#include <string>
#include <string_view>

namespace skinsim::report {

/// The parts one after another. GCC 12 warns falsely (-Wrestrict) on long `std::string +`
/// chains, so the report builds its strings with this (or +=).
template <class... Parts> std::string concat(const Parts&... parts) {
    std::string s;
    (s += ... += parts);
    return s;
}

/// `text` with & < > " ' replaced by entities: safe in element content and quoted attributes.
std::string escapeHtml(std::string_view text);

/// Standard base64 (RFC 4648, with '=' padding).
std::string base64(std::string_view bytes);

/// "data:image/png;base64,..." for PNG file bytes.
std::string pngDataUri(std::string_view pngBytes);

/// A fraction as a whole percentage: 0.456 -> "46%". Negative values keep their sign.
std::string percent(double fraction);

/// A number with `decimals` decimals, "C" locale (a dot), e.g. fixed(2.345, 1) -> "2.3".
std::string fixed(double value, int decimals);

/// A number without trailing zeros: 15 -> "15", 0.25 -> "0.25", 1.5 -> "1.5" (up to 3 decimals).
std::string plainNumber(double value);

} // namespace skinsim::report

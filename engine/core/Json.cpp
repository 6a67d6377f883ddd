#include "core/Json.hpp"

#include "core/AtomicFile.hpp"
#include "core/Limits.hpp"

namespace skinsim {

namespace {

/// "origin:line:column" of the byte at `offset`.
std::string positionOf(std::string_view text, std::size_t offset, const std::string& origin) {
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return origin + ":" + std::to_string(line) + ":" + std::to_string(column);
}

/// nlohmann's message without its "[json.exception.out_of_range.406] " tag.
std::string withoutTag(const std::string& what) {
    if (what.starts_with("[json.exception.")) {
        if (const auto end = what.find("] "); end != std::string::npos) {
            return what.substr(end + 2);
        }
    }
    return what;
}

} // namespace

Result<Json> parseJson(std::string_view text, const std::string& origin) {
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const std::size_t offset = e.byte > 0 ? std::min<std::size_t>(e.byte - 1, text.size()) : 0;
        std::string what = e.what();
        // nlohmann's message: "[json.exception.parse_error.101] parse error at line 3, column 7:
        // syntax error while parsing object - ..."; keep only the part after "syntax error".
        if (auto pos = what.find("syntax error"); pos != std::string::npos) {
            what = what.substr(pos);
        }
        return Error::badInput(positionOf(text, offset, origin) + ": malformed JSON: " + what);
    } catch (const nlohmann::json::out_of_range& e) {
        // A number beyond double range ("number overflow parsing '1e400'"): point at the first
        // place the quoted number appears.
        const std::string what = withoutTag(e.what());
        std::string where = origin;
        if (const auto open = what.find('\''), close = what.rfind('\'');
            open != std::string::npos && close > open + 1) {
            if (const auto at = text.find(what.substr(open + 1, close - open - 1));
                at != std::string_view::npos) {
                where = positionOf(text, at, origin);
            }
        }
        return Error::badInput(where + ": malformed JSON: " + what +
                               " (a number must fit in a double, about 1.8e308)");
    } catch (const nlohmann::json::exception& e) {
        return Error::badInput(origin + ": malformed JSON: " + withoutTag(e.what()));
    }
}

Result<Json> readJsonFile(const std::filesystem::path& path) {
    auto text = readFile(path, kMaxJsonFileBytes);
    if (!text) {
        return text.error();
    }
    return parseJson(*text, path.string());
}

Status writeJsonFile(const std::filesystem::path& path, const Json& value) {
    return writeFileAtomically(path, value.dump(2) + "\n");
}

} // namespace skinsim

#include "core/Json.hpp"

#include "core/AtomicFile.hpp"

namespace skinsim {

Result<Json> parseJson(std::string_view text, const std::string& origin) {
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const std::size_t offset = e.byte > 0 ? std::min<std::size_t>(e.byte - 1, text.size()) : 0;
        int line = 1;
        int column = 1;
        for (std::size_t i = 0; i < offset; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        std::string what = e.what();
        // nlohmann's message: "[json.exception.parse_error.101] parse error at line 3, column 7:
        // syntax error while parsing object - ..."; keep only the part after "syntax error".
        if (auto pos = what.find("syntax error"); pos != std::string::npos) {
            what = what.substr(pos);
        }
        return Error::badInput(origin + ":" + std::to_string(line) + ":" + std::to_string(column) +
                               ": malformed JSON: " + what);
    }
}

Result<Json> readJsonFile(const std::filesystem::path& path) {
    auto text = readFile(path);
    if (!text) {
        return text.error();
    }
    return parseJson(*text, path.string());
}

Status writeJsonFile(const std::filesystem::path& path, const Json& value) {
    return writeFileAtomically(path, value.dump(2) + "\n");
}

} // namespace skinsim

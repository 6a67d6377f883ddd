#include "mesh/MeshFileCheck.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace skinsim::mesh {

namespace {

std::string lowerCase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

/// The most a PLY header may take before it is refused as no header: comments and obj_info lines
/// of real scans are a few hundred bytes.
constexpr std::size_t kMaxPlyHeaderBytes = std::size_t{1} << 20;

/// Bytes of one PLY scalar type in a binary file (the PLY format, Turk 1994, with the sized names
/// later writers use); 0 for a name that is no type.
std::uintmax_t plyTypeBytes(const std::string& type) {
    static const std::map<std::string, std::uintmax_t> sizes{
        {"char", 1},  {"uchar", 1},   {"int8", 1},   {"uint8", 1},  {"short", 2}, {"ushort", 2},
        {"int16", 2}, {"uint16", 2},  {"int", 4},    {"uint", 4},   {"int32", 4}, {"uint32", 4},
        {"float", 4}, {"float32", 4}, {"double", 8}, {"float64", 8}};
    const auto it = sizes.find(type);
    return it == sizes.end() ? 0 : it->second;
}

struct PlyElement {
    std::string name;
    std::uintmax_t count = 0;
    std::uintmax_t binaryBytes = 0; ///< the fewest bytes of one instance in a binary file
    std::uintmax_t properties = 0;
};

struct PlyHeader {
    bool ascii = false;
    std::uintmax_t headerBytes = 0;
    std::vector<PlyElement> elements;
};

/// The header's elements, or nullopt when it is not one this check understands (Assimp decides).
std::optional<PlyHeader> parsePlyHeader(std::istream& in) {
    PlyHeader header;
    std::string line;
    std::uintmax_t read = 0;
    while (std::getline(in, line)) {
        read += line.size() + 1;
        if (read > kMaxPlyHeaderBytes) {
            return std::nullopt;
        }
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        std::istringstream words(line);
        std::string keyword;
        words >> keyword;
        if (keyword == "end_header") {
            header.headerBytes = read;
            return header;
        }
        if (keyword == "format") {
            std::string format;
            words >> format;
            header.ascii = format == "ascii";
        } else if (keyword == "element") {
            PlyElement element;
            std::string count;
            words >> element.name >> count;
            const auto [end, ec] =
                std::from_chars(count.data(), count.data() + count.size(), element.count);
            if (ec != std::errc() || end != count.data() + count.size()) {
                return std::nullopt;
            }
            header.elements.push_back(element);
        } else if (keyword == "property" && !header.elements.empty()) {
            std::string type;
            words >> type;
            if (type == "list") {
                words >> type; // the list's count type; its items may be none
            }
            header.elements.back().binaryBytes += plyTypeBytes(type);
            header.elements.back().properties += 1;
        }
    }
    return std::nullopt;
}

} // namespace

Status checkScanFormat(const std::filesystem::path& path) {
    const std::string extension = lowerCase(path.extension().string());
    for (const std::string_view known : kScanExtensions) {
        if (extension.size() == known.size() + 1 && extension.substr(1) == known) {
            return {};
        }
    }
    std::string formats;
    for (const std::string_view known : kScanExtensions) {
        formats += (formats.empty() ? "." : ", .") + std::string(known);
    }
    return Error::badInput(path.string() + ": skinsim reads scans as " + formats + " (OBJ, " +
                           "glTF/GLB, PLY, FBX, STL); '" + path.extension().string() +
                           "' is not one of them");
}

Status checkPlyCounts(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    if (!in.read(magic, 4) || lowerCase(std::string(magic, 3)) != "ply" ||
        (magic[3] != '\n' && magic[3] != '\r')) {
        return {}; // not PLY, or unreadable: Assimp says
    }
    in.seekg(0);
    const auto header = parsePlyHeader(in);
    if (!header) {
        return {};
    }
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec || size < header->headerBytes) {
        return {};
    }
    const std::uintmax_t body = size - header->headerBytes;
    std::uintmax_t needed = 0;
    for (const PlyElement& element : header->elements) {
        // ASCII: at least a digit and a separator a property.
        const std::uintmax_t perInstance = std::max<std::uintmax_t>(
            header->ascii ? 2 * element.properties : element.binaryBytes, 1);
        if (element.count > body / perInstance || needed > body - element.count * perInstance) {
            return Error::badInput(
                path.string() + ": the PLY header declares " + std::to_string(element.count) + " " +
                element.name + " elements, at least " + std::to_string(element.count) + " x " +
                std::to_string(perInstance) + " bytes, but the file holds " + std::to_string(body) +
                " bytes after its header (a truncated or damaged file)");
        }
        needed += element.count * perInstance;
    }
    return {};
}

} // namespace skinsim::mesh

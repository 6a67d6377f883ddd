#include "mesh/MeshFileCheck.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
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

/// The header's elements, or why it is no PLY header. Assimp 5.2.5's PLY reader does not return
/// on a header without end_header (a 140-byte file ran for minutes in the fuzz run), so every
/// header this cannot parse is refused here, not left to it.
Result<PlyHeader> parsePlyHeader(std::istream& in) {
    PlyHeader header;
    std::string line;
    std::uintmax_t read = 0;
    const auto refuse = [&line](const std::string& what) {
        return Error::badInput("the PLY header's line '" + line.substr(0, 80) + "' " + what);
    };
    // Lines end at \n, \r or \r\n, as Assimp reads them.
    while (read < kMaxPlyHeaderBytes && std::getline(in, line)) {
        read += line.size() + 1;
        if (const auto cr = line.find('\r'); cr != std::string::npos) {
            read -= line.size() - cr;
            in.seekg(static_cast<std::streamoff>(read));
            line.resize(cr);
            if (in.peek() == '\n') {
                in.get();
                read += 1;
            }
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
            if (ec != std::errc() || end != count.data() + count.size() || count.empty()) {
                return refuse("has no whole-number count");
            }
            header.elements.push_back(element);
        } else if (keyword == "property") {
            if (header.elements.empty()) {
                return refuse("comes before any element");
            }
            std::string type;
            words >> type;
            if (type == "list") {
                words >> type; // the list's count type; its items may be none
            }
            const std::uintmax_t bytes = plyTypeBytes(type);
            if (bytes == 0) {
                return refuse("names no PLY type");
            }
            header.elements.back().binaryBytes += bytes;
            header.elements.back().properties += 1;
        }
    }
    return Error::badInput("the PLY header has no end_header line in the file's first " +
                           std::to_string(kMaxPlyHeaderBytes >> 20) + " MiB");
}

/// A PLY file's element counts against its size (checkDeclaredSizes).
Status checkPlyCounts(const std::filesystem::path& path, std::istream& in, std::uintmax_t size) {
    const auto header = parsePlyHeader(in);
    if (!header) {
        return header.error().within(path.string());
    }
    if (size < header->headerBytes) {
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

/// A binary glTF file's declared length and chunk lengths against its size (checkDeclaredSizes).
/// Assimp 5.2.5 allocates a chunk's declared length before reading it: a 56-byte file declaring a
/// 1.9 GB JSON chunk asked for 1.9 GB (fuzz run, 2026-12-04).
Status checkGlbChunks(const std::filesystem::path& path, std::istream& in, std::uintmax_t size) {
    // The GLB header: magic, version, length; then chunks of (length, type, data), all
    // little-endian uint32 (glTF 2.0 specification, section "Binary glTF Layout").
    const auto word = [&in]() -> std::optional<std::uint32_t> {
        unsigned char b[4];
        if (!in.read(reinterpret_cast<char*>(b), 4)) {
            return std::nullopt;
        }
        return std::uint32_t{b[0]} | std::uint32_t{b[1]} << 8 | std::uint32_t{b[2]} << 16 |
               std::uint32_t{b[3]} << 24;
    };
    in.seekg(8);
    const auto length = word();
    if (!length) {
        return {}; // shorter than its header: Assimp refuses it
    }
    if (*length > size) {
        return Error::badInput(path.string() + ": the GLB header declares " +
                               std::to_string(*length) + " bytes, but the file has " +
                               std::to_string(size) + " (a truncated or damaged file)");
    }
    std::uintmax_t offset = 12;
    while (offset + 8 <= *length) {
        in.seekg(static_cast<std::streamoff>(offset));
        const auto chunk = word();
        if (!chunk) {
            return {};
        }
        const std::uintmax_t left = *length - offset - 8;
        if (*chunk > left) {
            return Error::badInput(path.string() + ": the GLB file declares a chunk of " +
                                   std::to_string(*chunk) + " bytes at byte " +
                                   std::to_string(offset) + ", but holds " + std::to_string(left) +
                                   " bytes after it (a truncated or damaged file)");
        }
        offset += 8 + std::uintmax_t{*chunk};
    }
    return {};
}

} // namespace

Status checkDeclaredSizes(const std::filesystem::path& path) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    std::ifstream in(path, std::ios::binary);
    const std::string extension = lowerCase(path.extension().string());
    // A .glb or .gltf both glTF readers refuse went on to the other readers by signature (a
    // "\0ply" file named .glb reached the PLY reader, which never returned: fuzz run,
    // 2026-12-04), so a glTF file must look like one before Assimp sees it.
    std::string head(64, '\0'); // the first bytes: signatures and a .gltf's opening brace
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    in.clear();
    in.seekg(0);
    if (extension == ".glb" && !head.starts_with("glTF")) {
        return Error::badInput(path.string() +
                               ": not a binary glTF file (a .glb starts with the bytes 'glTF')");
    }
    if (extension == ".gltf") {
        // After a UTF-8 byte order mark, if any, and white space.
        const std::size_t bom = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        const auto text = head.find_first_not_of(" \t\r\n", bom);
        if (text == std::string::npos || head[text] != '{') {
            return Error::badInput(path.string() +
                                   ": not a glTF file (a .gltf is JSON, starting with '{')");
        }
    }
    if (ec || head.size() < 4) {
        return {}; // unreadable or shorter than any signature: Assimp says
    }
    // Assimp's PLY reader takes any file whose first three bytes are "ply" in any case.
    if (lowerCase(head.substr(0, 3)) == "ply") {
        return checkPlyCounts(path, in, size);
    }
    if (head.starts_with("glTF")) {
        return checkGlbChunks(path, in, size);
    }
    return {};
}

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

} // namespace skinsim::mesh

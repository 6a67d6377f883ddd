#include "mesh/ObjWriter.hpp"

#include "core/AtomicFile.hpp"

#include <cstdio>
#include <sstream>

namespace skinsim::mesh {

Status writeObj(const std::filesystem::path& path, const TriangleMesh& mesh,
                const std::string& comment) {
    if (auto s = validateMesh(mesh, path.string()); !s) {
        return Error::failure(s.error().message);
    }
    std::string out;
    out.reserve(mesh.positions.size() * 96);
    std::istringstream lines(comment);
    for (std::string line; std::getline(lines, line);) {
        out += "# " + line + "\n";
    }
    char buffer[128];
    // 0.01 mm (positions), 1e-4 (UVs) and 1e-3 (normals) are below what the renderer can show.
    for (const auto& p : mesh.positions) {
        std::snprintf(buffer, sizeof buffer, "v %.2f %.2f %.2f\n", p.x, p.y, p.z);
        out += buffer;
    }
    for (const auto& t : mesh.uvs) {
        std::snprintf(buffer, sizeof buffer, "vt %.4f %.4f\n", t.x, t.y);
        out += buffer;
    }
    for (const auto& n : mesh.normals) {
        std::snprintf(buffer, sizeof buffer, "vn %.3f %.3f %.3f\n", n.x, n.y, n.z);
        out += buffer;
    }
    for (std::size_t i = 0; i < mesh.indices.size(); i += 3) {
        // OBJ indices start at 1; position, UV and normal share the index.
        const auto a = mesh.indices[i] + 1, b = mesh.indices[i + 1] + 1,
                   c = mesh.indices[i + 2] + 1;
        std::snprintf(buffer, sizeof buffer, "f %u/%u/%u %u/%u/%u %u/%u/%u\n", a, a, a, b, b, b, c,
                      c, c);
        out += buffer;
    }
    return writeFileAtomically(path, out);
}

} // namespace skinsim::mesh

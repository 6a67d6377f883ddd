#include "ScanFiles.hpp"

#include "core/Json.hpp"

#include <cmath>
#include <fstream>
#include <numbers>
#include <sstream>
#include <stdexcept>

namespace skinsim::test {

void writeTexturedObj(const std::filesystem::path& dir, const ScanFile& scan,
                      const std::string& stem, const std::string& textureName, float scale) {
    if (!writePng(dir / textureName, scan.texture)) {
        throw std::runtime_error("cannot write " + (dir / textureName).string());
    }
    std::ofstream(dir / (stem + ".mtl"), std::ios::binary)
        << "newmtl skin\nKd 1 1 1\nmap_Kd " << textureName << "\n";
    std::ostringstream obj;
    obj << "mtllib " << stem << ".mtl\n";
    for (const glm::vec3& p : scan.positionsMm) {
        obj << "v " << p.x * scale << ' ' << p.y * scale << ' ' << p.z * scale << "\n";
    }
    for (const glm::vec2& uv : scan.uvs) {
        obj << "vt " << uv.x << ' ' << uv.y << "\n";
    }
    for (const glm::vec3& n : scan.normals) {
        obj << "vn " << n.x << ' ' << n.y << ' ' << n.z << "\n";
    }
    obj << "usemtl skin\n";
    const bool normals = !scan.normals.empty();
    for (std::size_t i = 0; i + 2 < scan.indices.size(); i += 3) {
        obj << 'f';
        for (std::size_t k = 0; k < 3; ++k) {
            const std::uint32_t v = scan.indices[i + k] + 1;
            obj << ' ' << v << '/' << v;
            if (normals) {
                obj << '/' << v;
            }
        }
        obj << "\n";
    }
    std::ofstream(dir / (stem + ".obj"), std::ios::binary) << obj.str();
}

std::string texturedGlb(const ScanFile& scan) {
    std::string bin;
    const auto append = [&bin](const void* data, std::size_t size) {
        const std::size_t offset = bin.size();
        bin.append(static_cast<const char*>(data), size);
        bin.resize((bin.size() + 3) / 4 * 4, '\0'); // every view starts 4-byte aligned
        return Json{{"buffer", 0}, {"byteOffset", offset}, {"byteLength", size}};
    };
    std::vector<float> positions, normals, uvs;
    glm::vec3 lo(1e30f), hi(-1e30f);
    for (std::size_t i = 0; i < scan.positionsMm.size(); ++i) {
        const glm::vec3 m = scan.positionsMm[i] / 1000.0f;
        lo = glm::min(lo, m);
        hi = glm::max(hi, m);
        positions.insert(positions.end(), {m.x, m.y, m.z});
        normals.insert(normals.end(), {scan.normals[i].x, scan.normals[i].y, scan.normals[i].z});
        uvs.insert(uvs.end(), {scan.uvs[i].x, 1.0f - scan.uvs[i].y});
    }
    const std::string png = encodePng(scan.texture).value();
    Json views = Json::array();
    views.push_back(append(positions.data(), positions.size() * sizeof(float)));
    views.push_back(append(normals.data(), normals.size() * sizeof(float)));
    views.push_back(append(uvs.data(), uvs.size() * sizeof(float)));
    views.push_back(append(scan.indices.data(), scan.indices.size() * sizeof(std::uint32_t)));
    views.push_back(append(png.data(), png.size()));
    const auto accessor = [](int view, int componentType, std::size_t count, const char* type) {
        return Json{{"bufferView", view},
                    {"componentType", componentType},
                    {"count", count},
                    {"type", type}};
    };
    const std::size_t vertices = scan.positionsMm.size();
    Json positionAccessor = accessor(0, 5126, vertices, "VEC3");
    positionAccessor["min"] = {lo.x, lo.y, lo.z};
    positionAccessor["max"] = {hi.x, hi.y, hi.z};
    // Built step by step: nested brace lists of one element are ambiguous in nlohmann::json.
    Json primitive;
    primitive["attributes"] = {{"POSITION", 0}, {"NORMAL", 1}, {"TEXCOORD_0", 2}};
    primitive["indices"] = 3;
    primitive["material"] = 0;
    Json material;
    material["name"] = "skin";
    material["pbrMetallicRoughness"]["baseColorTexture"]["index"] = 0;
    Json gltf;
    gltf["asset"]["version"] = "2.0";
    gltf["scene"] = 0;
    gltf["scenes"] = Json::array({Json{{"nodes", Json::array({0})}}});
    gltf["nodes"] = Json::array({Json{{"mesh", 0}}});
    gltf["meshes"] = Json::array({Json{{"primitives", Json::array({primitive})}}});
    gltf["materials"] = Json::array({material});
    gltf["textures"] = Json::array({Json{{"source", 0}}});
    gltf["images"] = Json::array({Json{{"bufferView", 4}, {"mimeType", "image/png"}}});
    gltf["accessors"] = Json::array({positionAccessor, accessor(1, 5126, vertices, "VEC3"),
                                     accessor(2, 5126, vertices, "VEC2"),
                                     accessor(3, 5125, scan.indices.size(), "SCALAR")});
    gltf["bufferViews"] = views;
    gltf["buffers"] = Json::array({Json{{"byteLength", bin.size()}}});
    std::string json = gltf.dump();
    json.resize((json.size() + 3) / 4 * 4, ' ');

    std::string glb;
    const auto word = [&glb](std::uint32_t w) { glb.append(reinterpret_cast<const char*>(&w), 4); };
    word(0x46546C67); // "glTF"
    word(2);
    word(static_cast<std::uint32_t>(12 + 8 + json.size() + 8 + bin.size()));
    word(static_cast<std::uint32_t>(json.size()));
    word(0x4E4F534A); // "JSON"
    glb += json;
    word(static_cast<std::uint32_t>(bin.size()));
    word(0x004E4942); // "BIN"
    glb += bin;
    return glb;
}

ScanFile ellipsoidHead(glm::vec3 sizeMm, int rings, int segments) {
    ScanFile scan;
    const glm::vec3 r = 0.5f * sizeMm;
    const float pi = std::numbers::pi_v<float>;
    // Rings from the crown (latitude +90) to the chin (-90); a seam column at the back (u = 0, 1).
    for (int i = 0; i <= rings; ++i) {
        const float lat = pi * (0.5f - static_cast<float>(i) / rings);
        for (int j = 0; j <= segments; ++j) {
            const float u = static_cast<float>(j) / segments;
            const float lon = 2.0f * pi * (u - 0.5f); // 0 in front (+z), +pi/2 at +x
            const glm::vec3 unit(std::cos(lat) * std::sin(lon), std::sin(lat),
                                 std::cos(lat) * std::cos(lon));
            scan.positionsMm.push_back(unit * r);
            scan.normals.push_back(glm::normalize(unit / r)); // the ellipsoid's gradient
            scan.uvs.emplace_back(u, 1.0f - static_cast<float>(i) / rings);
        }
    }
    const auto index = [&](int i, int j) {
        return static_cast<std::uint32_t>(i * (segments + 1) + j);
    };
    for (int i = 0; i < rings; ++i) {
        for (int j = 0; j < segments; ++j) {
            // Counter-clockwise seen from outside: down the ring, then along increasing u.
            scan.indices.insert(scan.indices.end(),
                                {index(i, j), index(i + 1, j), index(i + 1, j + 1), index(i, j),
                                 index(i + 1, j + 1), index(i, j + 1)});
        }
    }
    return scan;
}

} // namespace skinsim::test

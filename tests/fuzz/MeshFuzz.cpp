// libFuzzer target: a patient's scan through what skinsim does with one. Three header bytes, then
// the file:
//   byte 0: bit 0 the format (0 scan.obj, 1 scan.glb), bits 1-2 the units (auto, mm, cm, m),
//           bits 3-5 the axes (up, forward; the last pair is invalid), bits 6-7 the region;
//   byte 1: 0-127 the region's own aim, else an aim (azimuth, elevation) from its bits;
//   byte 2: the grid of the height-field sampling: 0 the mesh's own edge length, else about that
//           many cells across.
// The folder also holds skin.png (a 4 x 4 texture) and scan.mtl (material "skin" with
// `map_Kd skin.png`), so an OBJ with `mtllib scan.mtl` and `usemtl skin` is a textured scan.
// A mesh that imports is sampled as a height map (what skinsim grade grades; grading itself is
// fuzz_height_map's), its texture sampled at every UV, then placed as a face the way loadPlacedFace
// does for render and the studio (toHeadAxesInMm, placeInHeadFrame, placePatch) and clicked on as
// the studio does (firstHit, aimOfPoint, placePatch at that aim). A placement or a hit must be
// finite; anything else is a finding: a crash, a leak, a sanitizer report.

#include "FuzzFiles.hpp"
#include "core/ImageIo.hpp"
#include "mesh/FaceSource.hpp"
#include "mesh/HeightFieldSampling.hpp"
#include "mesh/ImportOptions.hpp"
#include "mesh/MeshImport.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>

namespace {

using namespace skinsim;
using namespace skinsim::mesh;

constexpr std::array<std::pair<MeshAxis, MeshAxis>, 8> kAxes{{
    {MeshAxis::PlusY, MeshAxis::PlusZ},
    {MeshAxis::PlusZ, MeshAxis::MinusY},
    {MeshAxis::PlusZ, MeshAxis::PlusX},
    {MeshAxis::MinusY, MeshAxis::MinusZ},
    {MeshAxis::PlusX, MeshAxis::PlusY},
    {MeshAxis::MinusX, MeshAxis::PlusZ},
    {MeshAxis::PlusY, MeshAxis::MinusX},
    {MeshAxis::PlusY, MeshAxis::MinusY}, // one axis: refused
}};
constexpr std::array<MeshUnits, 4> kUnits{MeshUnits::Auto, MeshUnits::Millimetres,
                                          MeshUnits::Centimetres, MeshUnits::Metres};
constexpr std::array<Region, 4> kRegions{Region::Cheek, Region::Forehead, Region::Temple,
                                         Region::Chin};

bool finite(const glm::vec3& v) {
    return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

void checkPlacement(const PatchPlacement& p) {
    if (!finite(p.centreMm) || !finite(p.tangent) || !finite(p.bitangent) || !finite(p.normal)) {
        std::abort(); // the renderer would lay the patch out on NaN
    }
}

/// skinsim grade on a mesh: the height map it grades.
void sampleAsHeightMap(const TriangleMesh& mesh, std::uint8_t cells) {
    double pixelUm = 0.0;
    if (cells > 0) {
        const glm::vec3 size = boundsOf(mesh).size();
        pixelUm = std::max(size.x, size.y) * 1e3 / cells;
    }
    auto map = sampleHeightField(mesh, pixelUm, "scan");
    if (!map) {
        return;
    }
    if (map->width() > kMaxSampledCells || map->height() > kMaxSampledCells) {
        std::abort(); // beyond the sampling's own limit
    }
    for (const float h : map->values()) {
        if (!std::isfinite(h)) {
            std::abort(); // every cell is covered or filled from a covered one
        }
    }
}

/// What the studio does on a click: the ray from a camera in front of the patch, the aim of the
/// point it hits, the patch moved there.
void clickOnFace(const TriangleMesh& mesh, const PatchPlacement& placement, Region region) {
    const glm::vec3 camera = placement.centreMm + 300.0f * placement.normal;
    const auto hit = firstHit(mesh, camera, -placement.normal);
    if (!hit) {
        return;
    }
    if (!finite(hit->pointMm) || hit->triangle >= mesh.triangleCount()) {
        std::abort();
    }
    const glm::vec2 aim = aimOfPoint(mesh, hit->pointMm);
    (void)nearestRegion(aim);
    if (auto moved = placePatch(mesh, region, aim)) {
        checkPlacement(*moved);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 3) {
        return 0;
    }
    const auto& dir = fuzz::scratchFolder();
    static const bool texture = [&] {
        Image8 image(4, 4, 4);
        for (std::size_t i = 0; i < image.pixels.size(); ++i) {
            image.pixels[i] = static_cast<std::uint8_t>(i * 37);
        }
        const std::string material = "newmtl skin\nKd 1 1 1\nmap_Kd skin.png\n";
        fuzz::writeBytes(dir / "scan.mtl", material.data(), material.size());
        return writePng(dir / "skin.png", image).ok();
    }();
    (void)texture;

    const std::uint8_t mode = data[0];
    const std::filesystem::path scan = dir / ((mode & 1) != 0 ? "scan.glb" : "scan.obj");
    fuzz::writeBytes(scan, reinterpret_cast<const char*>(data + 3), size - 3);

    // One import per input: Assimp's OBJ reader fills a 16 MiB cache and a 16 MiB line buffer per
    // file (IOStreamBuffer), most of the time an input takes. The second half is what
    // loadPlacedFace's importMesh(path, options) does on top: toHeadAxesInMm, then
    // placeInHeadFrame and placePatch.
    auto asIs = importMesh(scan);
    if (!asIs) {
        return 0;
    }
    sampleAsHeightMap(*asIs, data[2]);
    for (const glm::vec2 uv : asIs->uvs) {
        (void)sampleBaseColour(*asIs, uv);
    }

    const auto [up, forward] = kAxes[(mode >> 3) & 7];
    const ImportOptions options{.units = kUnits[(mode >> 1) & 3], .up = up, .forward = forward};
    TriangleMesh& face = *asIs;
    if (!toHeadAxesInMm(face, options, scan.string())) {
        return 0;
    }
    placeInHeadFrame(face);
    const Region region = kRegions[(mode >> 6) & 3];
    PatchSpec patch;
    patch.region = region;
    if (data[1] >= 128) {
        patch.onFaceDeg =
            std::array{(data[1] & 15) * 24.0 - 180.0, ((data[1] >> 4) & 7) * 20.0 - 70.0};
    }
    auto placement = placePatch(face, region, aimOf(patch));
    if (!placement) {
        return 0;
    }
    checkPlacement(*placement);
    clickOnFace(face, *placement, region);
    return 0;
}

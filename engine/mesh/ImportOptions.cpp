#include "mesh/ImportOptions.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <utility>

namespace skinsim::mesh {

namespace {
constexpr std::array<std::pair<MeshUnits, std::string_view>, 4> kUnitNames{{
    {MeshUnits::Auto, "auto"},
    {MeshUnits::Millimetres, "mm"},
    {MeshUnits::Centimetres, "cm"},
    {MeshUnits::Metres, "m"},
}};
constexpr std::array<std::pair<MeshAxis, std::string_view>, 6> kAxisNames{{
    {MeshAxis::PlusX, "+x"},
    {MeshAxis::MinusX, "-x"},
    {MeshAxis::PlusY, "+y"},
    {MeshAxis::MinusY, "-y"},
    {MeshAxis::PlusZ, "+z"},
    {MeshAxis::MinusZ, "-z"},
}};

glm::vec3 directionOf(MeshAxis axis) {
    switch (axis) {
    case MeshAxis::PlusX:
        return {1, 0, 0};
    case MeshAxis::MinusX:
        return {-1, 0, 0};
    case MeshAxis::PlusY:
        return {0, 1, 0};
    case MeshAxis::MinusY:
        return {0, -1, 0};
    case MeshAxis::PlusZ:
        return {0, 0, 1};
    case MeshAxis::MinusZ:
        return {0, 0, -1};
    }
    return {0, 1, 0};
}

/// Millimetres per file unit; Auto from the largest extent (see kScanExtentMinMm).
/// The units given: the scan's size in them must still be one of a body part.
Result<float> givenMillimetresPerUnit(float extent, MeshUnits units, const std::string& origin) {
    const float mmPerUnit =
        units == MeshUnits::Metres ? 1000.0f : (units == MeshUnits::Centimetres ? 10.0f : 1.0f);
    const double mm = static_cast<double>(extent) * mmPerUnit;
    if (std::isfinite(mm) && mm >= kGivenUnitsExtentMinMm && mm <= kGivenUnitsExtentMaxMm) {
        return mmPerUnit;
    }
    char message[320];
    std::snprintf(message, sizeof message,
                  ": in the units given (--mesh-units %s) the mesh is %g mm across at its "
                  "largest; a scan is %g-%g mm (a head or face %g-%g mm): check the units, or "
                  "use --mesh-units auto",
                  std::string(toString(units)).c_str(), mm, kGivenUnitsExtentMinMm,
                  kGivenUnitsExtentMaxMm, kScanExtentMinMm, kScanExtentMaxMm);
    return Error::badInput(origin + message);
}

Result<float> millimetresPerUnit(const TriangleMesh& mesh, MeshUnits units,
                                 const std::string& origin) {
    const glm::vec3 size = boundsOf(mesh).size();
    const float extent = std::max({size.x, size.y, size.z});
    if (units != MeshUnits::Auto) {
        return givenMillimetresPerUnit(extent, units, origin);
    }
    for (const float mmPerUnit : {1000.0f, 10.0f, 1.0f}) {
        const float mm = extent * mmPerUnit;
        if (mm >= kScanExtentMinMm && mm <= kScanExtentMaxMm) {
            return mmPerUnit;
        }
    }
    char message[256];
    std::snprintf(message, sizeof message,
                  ": the mesh is %g units across at its largest, which is no head or face scan "
                  "(%g-%g mm) in m, cm or mm; say its units with --mesh-units mm, cm or m",
                  extent, kScanExtentMinMm, kScanExtentMaxMm);
    return Error::badInput(origin + message);
}
} // namespace

Result<MeshUnits> parseMeshUnits(std::string_view name) {
    for (const auto& [units, text] : kUnitNames) {
        if (name == text) {
            return units;
        }
    }
    return Error::badInput("mesh units '" + std::string(name) + "': use auto, mm, cm or m");
}

Result<MeshAxis> parseMeshAxis(std::string_view name) {
    for (const auto& [axis, text] : kAxisNames) {
        if (name == text) {
            return axis;
        }
    }
    return Error::badInput("mesh axis '" + std::string(name) + "': use +x, -x, +y, -y, +z or -z");
}

std::string_view toString(MeshUnits units) {
    for (const auto& [u, text] : kUnitNames) {
        if (u == units) {
            return text;
        }
    }
    return "?";
}

std::string_view toString(MeshAxis axis) {
    for (const auto& [a, text] : kAxisNames) {
        if (a == axis) {
            return text;
        }
    }
    return "?";
}

Status toHeadAxesInMm(TriangleMesh& mesh, const ImportOptions& options, const std::string& origin) {
    const glm::vec3 up = directionOf(options.up);
    const glm::vec3 forward = directionOf(options.forward);
    if (glm::abs(glm::dot(up, forward)) > 0.5f) {
        return Error::badInput(origin + ": up (" + std::string(toString(options.up)) +
                               ") and forward (" + std::string(toString(options.forward)) +
                               ") lie on one axis; they must be at right angles");
    }
    auto mmPerUnit = millimetresPerUnit(mesh, options.units, origin);
    if (!mmPerUnit) {
        return mmPerUnit.error();
    }
    // The rows are the file's directions that become +X, +Y and +Z: a rotation (determinant +1,
    // since +X = up x forward), so normals turn with it and stay unit length.
    const glm::vec3 right = glm::cross(up, forward);
    const auto toHead = [&](const glm::vec3& v) {
        return glm::vec3(glm::dot(right, v), glm::dot(up, v), glm::dot(forward, v));
    };
    for (auto& p : mesh.positions) {
        p = toHead(p) * *mmPerUnit;
    }
    for (auto& n : mesh.normals) {
        n = toHead(n);
    }
    return {};
}

} // namespace skinsim::mesh

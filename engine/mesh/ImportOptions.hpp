#pragma once
// What a scan file's numbers mean: its length unit and which of its axes point up and out of the
// face. Phone scanners and 3D cameras disagree (metres or millimetres, Y-up or Z-up), so a scan is
// brought into the head frame (TriangleMesh.hpp: millimetres, +Y up, +Z forward) before use.

#include "core/Result.hpp"
#include "mesh/TriangleMesh.hpp"

#include <string>
#include <string_view>

namespace skinsim::mesh {

/// The length one unit of the file stands for.
enum class MeshUnits {
    Auto,        ///< told from the size: a head or face scan is 120-400 mm across (see below)
    Millimetres, ///< "mm"
    Centimetres, ///< "cm"
    Metres,      ///< "m" (glTF's unit, and most phone scanners')
};

/// A direction along one of the file's axes.
enum class MeshAxis { PlusX, MinusX, PlusY, MinusY, PlusZ, MinusZ };

struct ImportOptions {
    MeshUnits units = MeshUnits::Auto;
    MeshAxis up = MeshAxis::PlusY;      ///< the file's axis from chin to crown
    MeshAxis forward = MeshAxis::PlusZ; ///< the file's axis out of the face, toward a viewer
};

/// Largest bounding-box extent of a head or face scan, mm: a face alone is ~120 mm wide, a head
/// with neck and shoulders up to ~400 mm (Farkas 1994 head dimensions, with margin).
inline constexpr float kScanExtentMinMm = 120.0f;
inline constexpr float kScanExtentMaxMm = 400.0f;
/// With the units given (--mesh-units), what is still taken as a scan, mm: from a 10 mm close
/// scan of a few scars (PRIMOS's field is 18 x 13 mm) to a 2 m whole-body scan with the head in
/// it.
inline constexpr float kGivenUnitsExtentMinMm = 10.0f;
inline constexpr float kGivenUnitsExtentMaxMm = 2000.0f;

/// "auto", "mm", "cm" or "m"; anything else is badInput naming what is allowed.
Result<MeshUnits> parseMeshUnits(std::string_view name);
/// "+x", "-x", "+y", "-y", "+z" or "-z".
Result<MeshAxis> parseMeshAxis(std::string_view name);
std::string_view toString(MeshUnits units);
std::string_view toString(MeshAxis axis);

/// Rotates the mesh (positions and normals) so that `options.up` becomes +Y and `options.forward`
/// +Z, and scales it to millimetres (MeshUnits::Auto: detected from its largest extent). badInput,
/// starting with `origin`, when up and forward lie on one axis or the units cannot be told.
Status toHeadAxesInMm(TriangleMesh& mesh, const ImportOptions& options, const std::string& origin);

} // namespace skinsim::mesh

#pragma once
// A day's patch as a 3D model (skinsim export, issue 18): its relief as a mesh in millimetres
// (mesh/ReliefMesh), the skin's colour as its base-colour texture (the renderer's albedo of the
// day's melanin, blood and redness, without light) and the microrelief finer than the mesh's cells
// as a normal texture. The files are mesh/MeshExport's.

#include "core/ImageIo.hpp"
#include "mesh/ReliefMesh.hpp"
#include "render/SkinSurface.hpp"

namespace skinsim::app {

struct PatchModel {
    mesh::TriangleMesh mesh; ///< with baseColour: sRGB, one texel per cell of the surface
    Image8 normalTexture;    ///< tangent space (x right, y up), RGB
};

/// The model of `surface` (its heights with any swelling, as the pictures show them).
PatchModel patchModel(const render::SkinSurface& surface, const mesh::ReliefMeshOptions& options);

} // namespace skinsim::app

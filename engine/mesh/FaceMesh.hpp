#pragma once
// The project's own default face: a smooth, neutral head built from a few measured proportions
// (no scan, nothing taken from elsewhere). Good enough to show where a patch sits and how it reads
// at conversational distance; not a likeness. tools/facemesh writes it to assets/face/face.obj.

#include "mesh/TriangleMesh.hpp"

namespace skinsim::mesh {

struct FaceMeshParams {
    int columns = 160; ///< around the head (denser at the face)
    int rows = 128;    ///< from the neck to the crown
};

/// The head in the head frame (mm; +Y up, +Z forward, +X the patient's left), crown at
/// y = +115 mm, eyes at y = 0, chin near y = -110 mm: an adult head is ~230 mm from chin to crown
/// and the eyes sit halfway (Farkas, "Anthropometry of the Head and Face", 1994).
TriangleMesh buildFaceMesh(const FaceMeshParams& params = {});

} // namespace skinsim::mesh

#pragma once
// The project's own default head, sculpted as a signed distance field and meshed by marching
// tetrahedra (Isosurface.hpp): eyeballs under lids, a nose with alae and nostrils, lips with a
// philtrum and a closed mouth, ears, chin, jaw and neck, in female and male variants. Its
// proportions are adult norms (Farkas, "Anthropometry of the Head and Face", 2nd ed., 1994:
// young adult North American whites, as cited beside each constant); the shapes between them are
// modelled by eye. A neutral, average face: it shows where a patch sits and how it reads at
// conversational distance, it is not anyone's likeness.

#include "mesh/TriangleMesh.hpp"
#include "skin/PatchSpec.hpp"

#include <array>
#include <string_view>

namespace skinsim::mesh {

struct FaceMeshParams {
    Sex sex = Sex::Female;
    /// Marching-tetrahedra cell, mm: 2 keeps lids, nostrils and the philtrum (features of a few
    /// mm; the field's gradient gives their normals) at ~350k triangles; tests may go coarser.
    float cellMm = 2.0f;
};

/// The head in the head frame (mm; +Y up, +Z forward, +X the patient's left): the pupils at
/// y = 0, x = +-IPD/2; the crown ~110 mm above them; the neck cut 185 mm below. Closed (a
/// watertight surface), counter-clockwise outward, normals from the field (smooth). Each vertex
/// carries its feature weights (eye, lip, brow) and eye coordinates for the shader.
TriangleMesh buildFaceMesh(const FaceMeshParams& params = {});

/// Where the patch regions' rays start on the default head (PatchPlacement.hpp: placePatch):
/// the middle of the head at cheekbone height, so that the cheek ray meets the malar cheek.
inline constexpr glm::vec3 kDefaultHeadCentreMm{0.0f, -10.0f, 0.0f};

/// A published facial measurement: the norm and its standard deviation (mm).
struct Norm {
    float mean;
    float sd;
};

/// Farkas 1994 norms the default head is built to (young adult North American whites), by sex.
struct FaceNorms {
    Norm intercanthal; ///< en-en
    Norm biocular;     ///< ex-ex
    Norm noseWidth;    ///< al-al
    Norm noseHeight;   ///< n-sn
    Norm mouthWidth;   ///< ch-ch
    Norm faceHeight;   ///< n-gn
    Norm earLength;    ///< sa-sba
    Norm upperLip;     ///< sn-sto
    Norm headWidth;    ///< eu-eu
    Norm headLength;   ///< g-op
};
FaceNorms faceNorms(Sex sex);

/// Named anthropometric landmarks of the default head, from its construction, on its surface
/// (the patient's left side where paired, +X).
struct FaceLandmark {
    std::string_view name; ///< Farkas's abbreviation: "en", "ex", "al", "n", "sn", "ch", ...
    glm::vec3 positionMm;
};
std::vector<FaceLandmark> faceLandmarks(Sex sex);

} // namespace skinsim::mesh

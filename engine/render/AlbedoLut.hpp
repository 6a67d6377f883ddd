#pragma once
// The skin albedo table skin.frag samples: the skin generator's spectral albedo
// (skin/SkinColour.hpp, linear sRGB) on a grid of melanin x blood volume fractions, square-root
// axes (shaders/SkinOptics.h: skinAlbedoLutUv). A CPU driver cannot integrate a 31-sample
// spectrum per pixel cheaply; one bilinear texture read can.

#include <glm/glm.hpp>

#include <vector>

namespace skinsim::render {

struct AlbedoLut {
    int size = 0;            ///< texels per axis (shader::kAlbedoLutSize)
    std::vector<float> rgba; ///< size x size texels, 4 floats each (a = 1); x melanin, y blood
};

/// The melanin and blood fractions at the centre of texel (x, y).
glm::vec2 albedoLutFractions(int x, int y);

/// Builds the table (kAlbedoLutSize² spectra, about a millisecond; once per renderer).
AlbedoLut buildAlbedoLut();

/// What skin.frag reads for (melanin, blood): a bilinear read of `lut` at skinAlbedoLutUv, with a
/// sampler's clamp to edge, of the texels as `quantise` leaves them (the upload's half floats).
glm::vec3 sampleAlbedoLut(const AlbedoLut& lut, float melaninFraction, float bloodFraction,
                          float (*quantise)(float) = nullptr);

} // namespace skinsim::render

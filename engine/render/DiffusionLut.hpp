#pragma once
// Pre-integrated skin diffusion (Penner & Borshukov, "Pre-Integrated Skin Shading", GPU Pro 2,
// 2011): how much light a point of skin on a sphere of radius r sends out, per colour channel,
// when lit at angle theta, once light entering nearby points has scattered to it. x axis: cos
// theta from -1 to 1; y axis: curvature 1/r from 0 (flat: plain Lambert) to kMaxCurvaturePerMm.
// The profile is d'Eon, Luebke & Enderton's sum of six Gaussians fitted to measured skin
// ("Efficient rendering of human skin", EGSR 2007; GPU Gems 3 ch. 14).

#include <cstdint>
#include <vector>

namespace skinsim::render {

struct DiffusionLut {
    int width = 0;
    int height = 0;
    std::vector<float> rgba; ///< width x height texels, 4 floats each (a = 1)
};

/// The curvature, 1/mm, of the table's last row (a 2 mm radius). skin.frag uses the same value.
inline constexpr float kLutMaxCurvaturePerMm = 0.5f;

/// Builds the table (a few milliseconds at the default size; once per renderer).
DiffusionLut buildDiffusionLut(int width = 64, int height = 32);

/// The skin diffusion profile R(d), per channel, for a distance d in mm (not normalised).
void skinDiffusionProfile(double distanceMm, double rgb[3]);

} // namespace skinsim::render

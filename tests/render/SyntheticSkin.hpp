#pragma once
// Synthetic skin for the render tests: a flat patch with a few analytic atrophic scars whose
// shapes are known exactly, so tests do not depend on the skin generator.

#include "render/SkinSurface.hpp"

namespace skinsim::test {

struct Pit {
    enum class Shape { Icepick, Boxcar, Rolling } shape;
    double xMm, yMm; ///< centre, from the top-left corner
    double radiusMm;
    double depthUm;
};

/// The default pits: an icepick cone (0.5 mm radius, 400 µm), a flat-bottomed boxcar (1.5 mm,
/// 250 µm, steep walls) and a broad rolling dip (2.5 mm, 150 µm) on a 10 x 10 mm patch.
std::vector<Pit> defaultPits();

/// Height field of `sizeMm` square at `pixelUm`, flat (0 µm) with faint microrelief (+-4 µm
/// furrows every 0.4 mm) and the given pits.
FieldF pittedHeight(const std::vector<Pit>& pits, double sizeMm = 10.0, double pixelUm = 25.0);

/// Skin of Fitzpatrick type III (skinsim::melaninFraction(3), resting blood) over `height`.
render::SkinSurface typeThreeSkin(FieldF height, float erythema = 0.0f);

} // namespace skinsim::test

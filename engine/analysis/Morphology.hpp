#pragma once
// Grey-scale closings of a height map. By a paraboloid: a ball of radius R rolled over the surface
// from above, in the parabolic approximation z = |x|² / (2 R). Everything narrower than the ball
// can enter is bridged; everything wider, and every convex or gently concave form (curvature
// radius above R), is left exactly as it is. One radius of a few tens of µm removes the skin's
// furrows and pores; one of metres finds the level of the skin around scars (ScarDetection.hpp).
//
// A paraboloid separates into rows and columns, and each 1-D pass is the lower envelope of
// parabolas (Felzenszwalb & Huttenlocher, Theory of Computing 2012;8:415-428), exact and O(n):
// no iteration, no threshold, and the same result on any thread count (rows are independent).

#include "core/Field2D.hpp"

namespace skinsim {

/// Closing of `heightUm` by a paraboloid ball of radius `ballRadiusUm` (both in µm; the pixel
/// size comes from the field). The result is >= the input everywhere. The ball may rest with its
/// centre beyond the map's border (up to half the map's size), so a plane, tilted or not, is
/// left exactly as it is.
FieldF closeByBall(const FieldF& heightUm, double ballRadiusUm);

/// Closing by a flat disc of radius `discRadiusUm`: fills every pit and groove narrower than the
/// disc's diameter up to the level of its rims, and leaves everything wider exactly as it is,
/// vertical walls included (a paraboloid, whose flanks steepen only slowly, would fill the foot of
/// a boxcar wall hundreds of µm wide).
FieldF closeByDisc(const FieldF& heightUm, double discRadiusUm);

/// Dilation max_y f(y) - |x - y|² / (2 R) and erosion min_y f(y) + |x - y|² / (2 R), x and y on
/// the map (with R = pixel² / 2, the erosion of 0-or-far is the squared distance in cells).
FieldF dilateByBall(const FieldF& heightUm, double ballRadiusUm);
FieldF erodeByBall(const FieldF& heightUm, double ballRadiusUm);

} // namespace skinsim

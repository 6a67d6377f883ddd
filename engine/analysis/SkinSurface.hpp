#pragma once
// How far each point of a measured skin surface lies below the surrounding skin, with the skin's
// form (the curve of the cheek, a tilted scan) and its microrelief (furrows, pores) taken out:
// the map scar detection segments (ScarDetection.hpp). Heights in µm, positive = below the skin.
//
//   1. form: a least-squares quadric through the skin, refitted without what lies well below the
//      last fit (scars, furrows), so that deep scars do not bend it, and taken off;
//   2. microrelief: the level surface closed by a small disc (Morphology.hpp), which bridges
//      furrows and pores (20-200 µm deep but only ~0.1-0.2 mm wide; evidence.md 1e,
//      skin/SkinAnatomy.hpp) and follows everything wider;
//   3. surrounding skin: what is left closed by a ball of metres, which bridges every scar
//      (rolling scars up to 10 mm wide; skin/ScarCatalog.hpp) and follows the skin between them;
//      it rests on the skin's highest points, so its median gap above the skin is taken off;
//   4. icepick tracts are narrower than the small disc too, but far deeper than any microrelief:
//      within a short distance of a point where the disc bridged more than any furrow or
//      pore is deep, the raw height is used, so a 0.3 mm icepick keeps its full depth.

#include "core/Field2D.hpp"

namespace skinsim {

/// The knobs of the surface analysis; the defaults suit facial skin sampled at 5-100 µm.
struct SkinSurfaceSettings {
    /// Radius of the flat disc that bridges microrelief, µm: furrows and pores up to twice as wide
    /// are filled to their rims (young furrows are ~0.2 mm wide, at most 0.2 mm at any age; fine
    /// pores ~80 µm; skin/ReliefAnatomy.hpp). Visible pores (0.25-0.8 mm) are wider but at most
    /// 35 µm deep, well short of a scar.
    double microreliefDiscUm = 100.0;
    /// Radius of the ball that finds the surrounding skin, mm. It sags w² / (8 R) below the rims
    /// of a depression w wide: 6 µm across a 10 mm rolling scar. Concave form tighter than this
    /// radius that the quadric leaves would read as depression. The ball may rest beyond the
    /// border by up to half the map (Morphology.hpp).
    double skinBallMm = 2000.0;
    /// Depth below the last form fit from which a point no longer counts as skin when the form is
    /// refitted, µm (more than the skin's fine roughness, a few µm; furrows are left out too); also
    /// the depth below which a point counts as skin when the ball's resting height is measured.
    double formOutlierUm = 20.0;
    /// Depth the disc must bridge for a point to be an icepick tract, µm: deeper than any
    /// furrow (<= 200 µm, Bibb via evidence.md 1e) or pore (<= 35 µm, skin/ReliefAnatomy.cpp).
    double tractCoreUm = 250.0;
    /// Around a tract point, the raw height is used within this distance, mm (the radius at which
    /// the disc stops bridging the widest icepick funnels).
    double tractZoneMm = 0.3;
};

struct SkinSurface {
    /// Depth below the surrounding skin, µm (>= 0), microrelief removed except in icepick tracts.
    FieldF depressionUm;
    /// Depth below the surrounding skin with the microrelief left in, µm (>= 0): where an icepick's
    /// tip is narrower than the disc, this is its depth.
    FieldF rawDepressionUm;
    /// The height with the fitted form removed, µm: what roughness is measured on.
    FieldF formFreeUm;
};

/// Analyses a height map (µm). Deterministic on any thread count.
SkinSurface analyseSkinSurface(const FieldF& heightUm, const SkinSurfaceSettings& settings = {});

} // namespace skinsim

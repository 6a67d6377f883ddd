#pragma once
// The level of the skin around a scar, from the height field alone: a morphological closing
// (running maximum, then running minimum) over a window wider than the scars fills every pit and
// keeps the skin's broad form; a box blur then removes the closing's plateaus. "Depth below the
// surrounding skin" is this level minus the (lightly smoothed) height.

#include "core/Field2D.hpp"

namespace skinsim::render {

struct ReliefReferenceParams {
    /// Half-width of the closing window, mm. Atrophic scars are up to ~5 mm across (rolling),
    /// so 3 mm fills all of them (Jacob et al., J Am Acad Dermatol 2001: icepick < 2 mm, boxcar
    /// 1.5-4 mm, rolling 4-5 mm).
    double closingRadiusMm = 3.0;
    /// Smoothing of the height before the depth is taken, mm: pores and furrows (< 0.1 mm) are
    /// not scars and would speckle the heatmap.
    double detailSmoothingMm = 0.075;
    /// Cell size the level is computed at, µm (finer fields are max-pooled to it first).
    double workingPixelUm = 100.0;
};

/// The surrounding-skin level, µm, same shape as `heightUm`.
FieldF surroundingSkinLevel(const FieldF& heightUm, const ReliefReferenceParams& params = {});

/// Depth below `referenceUm`, µm, >= 0, of the height smoothed by params.detailSmoothingMm.
FieldF depthBelowReference(const FieldF& heightUm, const FieldF& referenceUm,
                           const ReliefReferenceParams& params = {});

/// Running maximum (dilate) or minimum along rows and columns within +-radius cells: the
/// van Herk / Gil-Werman algorithm, O(1) per cell whatever the radius.
FieldF runningExtreme(const FieldF& field, int radiusCells, bool maximum);
/// Box mean within +-radius cells (running sums, clamped at the border).
FieldF boxBlur(const FieldF& field, int radiusCells);

} // namespace skinsim::render

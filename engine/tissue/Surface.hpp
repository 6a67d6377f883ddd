#pragma once
// The visible surface derived from the tissue (DESIGN.md section 3; MODEL.md "Surface"):
//   s = relief x reliefScale - deficit + filler x retention - wounds - sag(tether)
// where the sag solves the elastic-sheet equation of skin/TetherSag.hpp, the same one the
// generator used, so an untreated patient's surface equals the generated height map.

#include "core/ScreenedPoisson.hpp"
#include "skin/TetherSag.hpp"
#include "tissue/Tissue.hpp"

#include <memory>
#include <vector>

namespace skinsim {

/// The tether sag of a state, kept until its tethers change. It solves the generator's equation
/// (skin/TetherSag.hpp) on the same coarse grid, but builds the coarse tether from the baseline's
/// plus the change at the scar cells, and samples the scar cells bilinearly: O(scar cells) per
/// update instead of O(patch).
class SagCache {
  public:
    /// Solves again, with the baseline's sag constants, if `state.tetherChanged` (and clears it).
    void update(const TissueBaseline& baseline, TissueState& state);
    /// Sag (µm, positive down) at each scar cell.
    const std::vector<float>& atScarCells() const { return atScarCells_; }
    /// Sag over row y of the patch (Catmull-Rom, as the generator upsamples).
    void row(int y, std::span<float> out) const { upsampleSagRow(coarse_, y, out); }
    bool empty() const { return coarse_.sagUm.empty(); }

  private:
    void prepare(const TissueBaseline& baseline);

    CoarseSag coarse_;
    std::vector<float> atScarCells_;
    FieldF coarseTether0_;                   ///< the baseline's tether, box-averaged
    std::vector<std::uint32_t> coarseCell_;  ///< per scar cell: its coarse cell
    std::vector<float> cellWeight_;          ///< per scar cell: 1 / fine cells in its coarse cell
    std::vector<std::uint32_t> sampleCell_;  ///< per scar cell: top-left coarse cell for sampling
    std::vector<float> sampleTx_, sampleTy_; ///< and its bilinear weights
    std::unique_ptr<ScreenedPoissonSolver> solver_;
    bool prepared_ = false;
};

/// How far below the surrounding (unscarred) skin each scar cell lies, µm (>= 0): the scar
/// depression without microrelief, the quantity scar volume and improvement are measured on.
std::vector<float> scarDepressionUm(const TissueBaseline& baseline, const TissueState& state,
                                    const SagCache& sag);

/// The full height map of the state, µm.
FieldF surfaceHeight(const TissueBaseline& baseline, const TissueState& state, const SagCache& sag);

/// Redness of each cell, 0..1 (baseline PIE + treatment erythema + bruising).
FieldF erythemaMap(const TissueBaseline& baseline, const TissueState& state);
/// Melanin of each cell (baseline x (1 + PIH)).
FieldF melaninMap(const TissueBaseline& baseline, const TissueState& state);

} // namespace skinsim

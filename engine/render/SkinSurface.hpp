#pragma once
// What the renderer shows: plain fields over a patch of skin, never a simulator (DESIGN.md 1).
// The CLI fills it from the skin generator (day 0) or a simulated day; tests build it by hand.

#include "core/Field2D.hpp"
#include "core/Result.hpp"
#include "skin/PatchSpec.hpp"
#include "skin/SkinAnatomy.hpp"
#include "skin/SkinPatch.hpp"

#include <optional>

namespace skinsim::render {

struct SkinSurface {
    /// Surface height, µm, any offset (the renderer uses height relative to the patch's mean).
    FieldF heightUm;
    /// Epidermal melanosome volume fraction (skinsim::melaninFraction: 0.021 Fitzpatrick I ..
    /// 0.43 VI); PIH raises it.
    FieldF melanin;
    /// Resting dermal blood volume fraction (kRestingBloodFraction in facial skin).
    FieldF blood;
    /// Redness 0..1 on top of the resting blood (1: strong erythema a few days after an ablative
    /// laser); adds skinsim::kErythemaBloodFraction of blood at 1.
    FieldF erythema;
    /// The level of the surrounding skin, µm, for the heatmap's "depth below the surrounding
    /// skin"; when absent the renderer estimates it (ReliefReference.hpp).
    std::optional<FieldF> referenceUm;

    // The marks of healing (engine/tissue/HealingMarks.hpp), absent when none show:
    /// Crust coverage 0..1: pinpoint crusts over laser columns, scabs, peel flakes (dark brown).
    std::optional<FieldF> crust;
    /// Bruise strength 0..1; its colour follows `bruiseAgeDays` (purple, then green-yellow).
    std::optional<FieldF> bruise;
    float bruiseAgeDays = 0.0f;
    /// Swelling (oedema) lifting the surface, µm: added to the height for the picture.
    std::optional<FieldF> swellingUm;
    /// The surface repeats (a surround tile): slopes wrap around its edges.
    bool periodic = false;
};

/// Resting dermal blood volume fraction of facial skin: the skin generator's.
inline constexpr float kRestingBloodFraction = static_cast<float>(kBaselineBloodFraction);

/// A surface with uniform pigment: what tests and simple callers start from.
SkinSurface uniformSkin(FieldF heightUm, float melaninFraction, float erythema = 0.0f,
                        float bloodFraction = kRestingBloodFraction);

/// A generated patch as a surface to show (its relief and pigment, moved out of it).
SkinSurface surfaceOfPatch(SkinPatch patch);

/// The normal skin around a patch as a surface (the face view's surround: Renderer::
/// uploadSurround): a periodic tile of the patient's microrelief and pigment, without scars.
SkinSurface surroundSurface(const PatchSpec& patch, const PatientSpec& patient, std::uint64_t seed);

/// Checks shapes (all fields alike, at least 2x2), values (finite) and ranges; the message names
/// the field. `what` names the surface in messages ("before", "day 30").
Status validateSurface(const SkinSurface& surface, const std::string& what);

} // namespace skinsim::render

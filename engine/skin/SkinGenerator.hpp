#pragma once
// The entry point of the skin layer: a scenario's patch, patient and scars in, a SkinPatch out.
// Deterministic: the same inputs and seed give bit-identical fields on any thread count (every
// random choice comes from a CounterRng keyed by seed, purpose and cell or scar id).

#include "core/Result.hpp"
#include "skin/PatchSpec.hpp"
#include "skin/SkinPatch.hpp"

#include <cstdint>
#include <functional>
#include <string_view>

namespace skinsim {

struct GenerateOptions {
    /// Normal microrelief and pores (true), or smooth skin (false: relief 0, for measuring scar
    /// shapes on their own and for the renderer's "clay" comparisons).
    bool microrelief = true;
    /// Called with the stage's name and the fraction done (0..1), for progress displays.
    std::function<void(std::string_view stage, double fraction)> progress;
};

/// Generates the patch. Bad input (see ScarValidation.hpp) gives Error::badInput and allocates
/// nothing; nothing is written to disk here (SkinExport.hpp does that).
Result<SkinPatch> generateSkin(const PatchSpec& patch, const PatientSpec& patient,
                               const ScarSpec& scars, std::uint64_t seed);
Result<SkinPatch> generateSkin(const PatchSpec& patch, const PatientSpec& patient,
                               const ScarSpec& scars, std::uint64_t seed,
                               const GenerateOptions& options);

} // namespace skinsim

#pragma once
// Checks a patch and scar request before anything is generated or written (issue 3, "Bad input"):
// overlapping explicit scars, a scar outside the patch, sizes and depths outside a type's
// published range (unless allow_atypical), and a patch too large for this machine's memory. Each
// message names the scenario field (JSON path) and what is allowed, so the scenario loader can
// call this too and put the file name in front.

#include "core/Result.hpp"
#include "skin/PatchSpec.hpp"

#include <cstdint>
#include <optional>

namespace skinsim {

/// Largest patch side, mm: a whole face is about 150 x 200 mm.
inline constexpr double kMaxPatchSideMm = 300.0;
/// Largest patch side, cells (4096 is the design's largest; this leaves room for offline work).
inline constexpr int kMaxPatchCells = 32768;
/// Smallest patch side, cells.
inline constexpr int kMinPatchCells = 16;
/// Most scars one patch may hold (their ids are 16-bit, kNoScar excluded).
inline constexpr int kMaxScars = 10000;

/// Memory this process may still use, bytes (MemAvailable on Linux), or nullopt if unknown.
std::optional<std::uint64_t> availableMemoryBytes();

/// Checks the patch (size, resolution, memory for `bytesPerCell`).
Status validatePatch(const PatchSpec& patch, std::size_t bytesPerCell);
/// Checks the scars against the patch and the patient (ranges depend on region and sex).
Status validateScars(const PatchSpec& patch, const PatientSpec& patient, const ScarSpec& scars);
/// Both, and the patient's Fitzpatrick type.
Status validateSkinRequest(const PatchSpec& patch, const PatientSpec& patient,
                           const ScarSpec& scars);

} // namespace skinsim

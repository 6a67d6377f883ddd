#pragma once
// A simulated day as the renderer takes it: the one conversion the CLI (render, report, demo)
// and the studio share (STYLE.md 16), so that every picture shows the same marks of healing.

#include "render/SkinSurface.hpp"
#include "sim/SimulationFiles.hpp"

namespace skinsim::ui {

/// The renderer's surface for `day`; `blood` is the patch's resting blood (the same every day).
render::SkinSurface skinOfDay(const DaySurface& day, const FieldF& blood);

} // namespace skinsim::ui

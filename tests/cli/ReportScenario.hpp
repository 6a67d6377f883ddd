#pragma once
// The scenario the report tests (HTML and PDF) write: a 14 x 14 mm patch at 25 µm with six scars,
// three sessions and 8 draws, so that a report takes seconds, not minutes. Its name has markup in
// it, which the HTML must escape.

#include "../unit/core/TempDir.hpp"

#include <filesystem>
#include <fstream>

namespace skinsim::test {

inline std::filesystem::path writeReportScenario(const TempDir& dir) {
    const auto file = dir / "consult.json";
    std::ofstream(file) << R"({"name": "Ann's <small> & quick test", "seed": 4,
        "patch": {"size_mm": [14, 14], "pixel_um": 25},
        "patient": {"fitzpatrick": 4, "age": 28},
        "scars": {"random": [{"type": "icepick", "count": 3}, {"type": "boxcar", "count": 1},
                             {"type": "rolling", "count": 1, "diameter_mm": [4, 5]}]},
        "plan": [{"day": 0, "treatment": "fractional_co2"}, {"day": 42, "treatment": "fractional_co2"},
                 {"day": 56, "treatment": "tca_cross"}],
        "observe_days": [0, 30, 90, 180], "draws": 8})";
    return file;
}

} // namespace skinsim::test

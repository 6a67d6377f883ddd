#include "sim/GradedScenario.hpp"

#include "skin/ScarCatalog.hpp"
#include "skin/ScarValidation.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

namespace {

// The scenario loader's limits (sim/Scenario.cpp): sides 5..120 mm, cells 5..200 µm, 64..4096
// cells per side.
constexpr double kMinPixelUm = 5;
constexpr double kMaxPixelUm = 200;
constexpr int kMinCells = 64;
constexpr int kMaxCells = 4096;

/// `v` to four decimals, as the double nearest that decimal (printed as written).
double tidy(double v) {
    return std::round(v * 1e4) / 1e4;
}

/// The scan's pixel size, moved into the loader's range and so that each side has 64..4096 cells.
double patchPixelUm(double scanPixelUm, double widthMm, double heightMm) {
    double pixel = std::clamp(scanPixelUm, kMinPixelUm, kMaxPixelUm);
    pixel = std::min(pixel, std::floor(std::min(widthMm, heightMm) * 1e3 / kMinCells * 1e3) / 1e3);
    pixel = std::max(pixel, std::ceil(std::max(widthMm, heightMm) * 1e3 / kMaxCells * 1e3) / 1e3);
    return pixel;
}

} // namespace

Result<Scenario> scenarioFromGrade(const ScanGrade& grade, const std::string& source) {
    Scenario s;
    s.name = "graded scan " + source;
    s.description = "Scars measured by skinsim grade on " + source +
                    "; the simulator regenerates the skin around them (microrelief, pores, "
                    "pigment, dermis) and builds each scar from its type's tissue model at the "
                    "measured size and depth. Add sessions to the plan.";
    s.seed = 1;
    s.patch.widthMm = tidy(grade.widthMm);
    s.patch.heightMm = tidy(grade.heightMm);
    s.patch.pixelUm = patchPixelUm(grade.pixelUm, s.patch.widthMm, s.patch.heightMm);
    s.plan.clear();
    for (const DetectedScar& d : grade.scars) {
        ExplicitScar e;
        e.type = d.type;
        e.diameterMm = tidy(d.diameterMm);
        e.depthMm = tidy(d.depthUm * 1e-3);
        const double r = 0.5 * e.diameterMm;
        e.centerMm = {std::clamp(tidy(d.centerMm[0]), r, std::max(r, s.patch.widthMm - r)),
                      std::clamp(tidy(d.centerMm[1]), r, std::max(r, s.patch.heightMm - r))};
        const ScarTypeRange range = scarTypeRange(e.type, s.patch.region, s.patient.sex);
        const auto within = [](double v, const Interval& i) { return v >= i.lo && v <= i.hi; };
        if (!within(e.diameterMm, range.diameterMm) || !within(e.depthMm, range.depthMm)) {
            s.scars.allowAtypical = true;
        }
        for (const ExplicitScar& o : s.scars.placed) {
            if (std::hypot(e.centerMm[0] - o.centerMm[0], e.centerMm[1] - o.centerMm[1]) <
                0.5 * (e.diameterMm + o.diameterMm)) {
                s.scars.allowOverlap = true;
            }
        }
        s.scars.placed.push_back(e);
    }
    // Through the loader, as a file would go, then the generator's checks of sizes and placement.
    auto loaded = scenarioFromJson(scenarioToJson(s), source);
    if (!loaded) {
        return Error::badInput("cannot become a scenario: " + loaded.error().message);
    }
    if (auto ok = validateSkinRequest(loaded->patch, loaded->patient, loaded->scars); !ok) {
        return Error::badInput("cannot become a scenario: " + ok.error().message);
    }
    return loaded;
}

} // namespace skinsim

#pragma once
// The consultation report as one self-contained HTML page (DESIGN.md sections 1 and 5): what the
// patient's scars are, the plan in plain words, the expected improvement with its range (plots
// and before/after images of a poor, a typical and a good responder), downtime, pigmentation
// risk, what to expect when, the published sources and a disclaimer. Images arrive as PNG bytes
// and are embedded as data: URIs; plots are inline SVG; nothing is fetched from anywhere, and
// print CSS lays it out on A4.

#include "report/ScarSummary.hpp"
#include "sim/Outcome.hpp"
#include "sim/Scenario.hpp"

#include <string>
#include <vector>

namespace skinsim::report {

/// Shown at the top of the report and over every image.
inline constexpr const char* kSimulatedStamp =
    "Simulated result \u2014 not an actual patient outcome";

/// Which Monte-Carlo patient a picture shows.
enum class Response { Poor, Typical, Good };

/// One of the patients the images show: the median patient (draw -1), and the draws whose
/// improvement on the last observed day is nearest p10 (poor) and p90 (good).
struct ShownPatient {
    Response response = Response::Typical;
    int draw = -1;
    double improvement = 0; ///< on the last observed day, fraction of day-0 scar volume gone
};

/// One before/after picture (split view: day 0 left of the divider, `day` right of it).
struct ReportImage {
    Response response = Response::Typical;
    int day = 0;
    std::string light;    ///< "raking light" or "clinical light"
    std::string pngBytes; ///< an encoded PNG (core/ImageIo.hpp encodePng)
    int widthPx = 0;
    int heightPx = 0;
};

struct ReportContent {
    const Scenario& scenario;
    const Outcome& outcome; ///< sessions follow scenario.plan's order
    ScarSummary scars;
    std::vector<ShownPatient> patients;
    std::vector<ReportImage> images;
};

/// The whole page.
std::string consultationHtml(const ReportContent& content);

} // namespace skinsim::report

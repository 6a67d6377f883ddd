#pragma once
// Line plots with a shaded p10-p90 band, as inline SVG written by our own code (no script, no
// remote font): improvement over time with the session days marked, overall and by scar type.

#include <string>
#include <vector>

namespace skinsim::report {

/// One curve: its median at each day and, when p10/p90 are given, the band between them.
struct PlotSeries {
    std::string label;  ///< legend text (plain text; escaped when written)
    std::string colour; ///< CSS colour, e.g. "#2a6f97"
    std::vector<double> days{};
    std::vector<double> p50{}; ///< fractions (0.4 = 40%)
    std::vector<double> p10{}; ///< empty: no band
    std::vector<double> p90{};
};

/// A vertical dashed line, e.g. a session.
struct PlotMarker {
    double day = 0;
    std::string label; ///< short, e.g. "1"
};

struct PlotConfig {
    std::string title; ///< read by screen readers (<title>) and shown above the plot
    std::string xAxisLabel = "months after the first session";
    std::string yAxisLabel = "improvement";
    int widthPx = 680;
    int heightPx = 300;
    double lastDay = 365; ///< right end of the x axis
    std::vector<PlotMarker> markers{};
};

/// The plot as an <svg> element (HTML5 inline SVG: no namespace URL needed). The y axis spans
/// 0..100% and widens below 0 when a curve dips under it (a temporary worsening, e.g. swelling).
std::string bandPlotSvg(const std::vector<PlotSeries>& series, const PlotConfig& config);

} // namespace skinsim::report

#include "report/BandPlot.hpp"

#include "report/HtmlText.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim::report {

namespace {

constexpr double kDaysPerMonth = 365.25 / 12.0;

/// Maps days and fractions to SVG pixels inside the plot's frame.
struct Frame {
    double left, top, right, bottom;
    double lastDay, yMin, yMax;
    double x(double day) const { return left + (right - left) * day / lastDay; }
    double y(double v) const { return bottom - (bottom - top) * (v - yMin) / (yMax - yMin); }
};

std::string point(double x, double y) {
    std::string s = fixed(x, 1);
    s += ',';
    s += fixed(y, 1);
    return s;
}

std::string polyline(const Frame& f, const std::vector<double>& days,
                     const std::vector<double>& v) {
    std::string s;
    for (std::size_t i = 0; i < days.size() && i < v.size(); ++i) {
        if (i > 0) {
            s += ' ';
        }
        s += point(f.x(days[i]), f.y(v[i]));
    }
    return s;
}

std::string line(double x1, double y1, double x2, double y2, const std::string& attributes) {
    return concat("<line x1=\"", fixed(x1, 1), "\" y1=\"", fixed(y1, 1), "\" x2=\"", fixed(x2, 1),
                  "\" y2=\"", fixed(y2, 1), "\" ", attributes, "/>");
}

std::string text(double x, double y, const std::string& attributes, const std::string& content) {
    return concat("<text x=\"", fixed(x, 1), "\" y=\"", fixed(y, 1), "\" ", attributes, ">",
                  escapeHtml(content), "</text>");
}

/// Month tick spacing that gives at most ~8 ticks.
int monthStep(double lastDay) {
    const double months = lastDay / kDaysPerMonth;
    for (const int step : {1, 2, 3, 6, 12, 24}) {
        if (months / step <= 8.5) {
            return step;
        }
    }
    return 60;
}

} // namespace

std::string bandPlotSvg(const std::vector<PlotSeries>& series, const PlotConfig& config) {
    double lowest = 0;
    for (const PlotSeries& s : series) {
        for (const auto* values : {&s.p10, &s.p50}) {
            for (const double v : *values) {
                lowest = std::min(lowest, v);
            }
        }
    }
    const double yMin = lowest < 0 ? -std::ceil(-lowest * 10.0) / 10.0 : 0.0;
    const double w = config.widthPx;
    const double h = config.heightPx;
    const Frame f{56, 34, w - 16, h - 62, std::max(config.lastDay, 1.0), yMin, 1.0};

    std::string svg =
        concat("<svg class=\"plot\" role=\"img\" viewBox=\"0 0 ", std::to_string(config.widthPx),
               " ", std::to_string(config.heightPx), "\" width=\"", std::to_string(config.widthPx),
               "\" height=\"", std::to_string(config.heightPx),
               "\" font-family=\"sans-serif\" font-size=\"11\">");
    svg += concat("<title>", escapeHtml(config.title), "</title>");
    svg += text(f.left, 16, "font-size=\"13\" font-weight=\"bold\"", config.title);

    // Grid and y axis: every 20 %, and 0.
    for (double v = yMin; v <= 1.0 + 1e-9; v += 0.1) {
        const long pct = std::lround(v * 100);
        if (pct % 20 != 0 && pct != std::lround(yMin * 100)) {
            continue;
        }
        const std::string stroke = pct == 0 ? "stroke=\"#555\"" : "stroke=\"#ddd\"";
        svg += line(f.left, f.y(v), f.right, f.y(v), stroke);
        svg +=
            text(f.left - 6, f.y(v) + 4, "text-anchor=\"end\"", concat(std::to_string(pct), "%"));
    }
    // x axis in months.
    const int step = monthStep(f.lastDay);
    for (int m = 0; m * kDaysPerMonth <= f.lastDay + 0.5; m += step) {
        const double x = f.x(m * kDaysPerMonth);
        svg += line(x, f.bottom, x, f.bottom + 4, "stroke=\"#555\"");
        svg += text(x, f.bottom + 16, "text-anchor=\"middle\"", std::to_string(m));
    }
    svg += line(f.left, f.top, f.left, f.bottom, "stroke=\"#555\"");
    svg += text((f.left + f.right) / 2, f.bottom + 30, "text-anchor=\"middle\"", config.xAxisLabel);
    svg +=
        concat("<text transform=\"translate(14,", fixed((f.top + f.bottom) / 2, 1),
               ") rotate(-90)\" text-anchor=\"middle\">", escapeHtml(config.yAxisLabel), "</text>");

    // Session markers.
    for (const PlotMarker& m : config.markers) {
        const double x = f.x(m.day);
        svg += line(x, f.top, x, f.bottom,
                    "class=\"session\" stroke=\"#b5651d\" stroke-dasharray=\"3 3\"");
        svg +=
            text(x, f.top - 3, "text-anchor=\"middle\" fill=\"#b5651d\" font-size=\"9\"", m.label);
    }

    // Bands first, then the median lines over them.
    for (const PlotSeries& s : series) {
        if (s.p10.empty() || s.p90.empty()) {
            continue;
        }
        std::vector<double> backDays(s.days.rbegin(), s.days.rend());
        std::vector<double> backP90(s.p90.rbegin(), s.p90.rend());
        svg += concat("<polygon class=\"band\" fill=\"", s.colour,
                      "\" fill-opacity=\"0.18\" points=\"", polyline(f, s.days, s.p10), " ",
                      polyline(f, backDays, backP90), "\"/>");
    }
    for (const PlotSeries& s : series) {
        svg += concat("<polyline class=\"median\" fill=\"none\" stroke=\"", s.colour,
                      "\" stroke-width=\"2\" points=\"", polyline(f, s.days, s.p50), "\"/>");
    }

    // Legend below the axis label.
    double lx = f.left;
    const double ly = h - 12;
    for (const PlotSeries& s : series) {
        svg += concat("<rect x=\"", fixed(lx, 1), "\" y=\"", fixed(ly - 9, 1),
                      "\" width=\"14\" height=\"10\" fill=\"", s.colour, "\" fill-opacity=\"",
                      s.p10.empty() ? "1" : "0.45", "\"/>");
        svg += text(lx + 18, ly, "", s.label);
        lx += 26 + 6.2 * static_cast<double>(s.label.size());
    }
    if (!config.markers.empty()) {
        svg += line(lx, ly - 4, lx + 14, ly - 4, "stroke=\"#b5651d\" stroke-dasharray=\"3 3\"");
        svg += text(lx + 18, ly, "", "treatment session");
    }
    svg += "</svg>";
    return svg;
}

} // namespace skinsim::report

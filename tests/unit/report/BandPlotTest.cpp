#include "report/BandPlot.hpp"

#include <gtest/gtest.h>

using namespace skinsim::report;

namespace {
int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

PlotSeries rising() {
    PlotSeries s;
    s.label = "all scars";
    s.colour = "#123456";
    s.days = {0, 30, 90, 180};
    s.p10 = {0, 0.05, 0.1, 0.2};
    s.p50 = {0, 0.1, 0.3, 0.5};
    s.p90 = {0, 0.2, 0.5, 0.8};
    return s;
}
} // namespace

TEST(BandPlot, DrawsOneBandAndOneMedianLinePerSeriesAndAMarkerPerSession) {
    PlotConfig config;
    config.title = "Improvement";
    config.lastDay = 180;
    config.markers = {{0, "1"}, {42, "2"}, {84, "3"}};
    PlotSeries noBand = rising();
    noBand.p10.clear();
    noBand.p90.clear();
    const std::string svg = bandPlotSvg({rising(), noBand}, config);
    EXPECT_EQ(svg.rfind("<svg", 0), 0u);
    EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
    EXPECT_EQ(count(svg, "<polygon class=\"band\""), 1);
    EXPECT_EQ(count(svg, "<polyline class=\"median\""), 2);
    EXPECT_EQ(count(svg, "class=\"session\""), 3);
    EXPECT_NE(svg.find("<title>Improvement</title>"), std::string::npos);
}

TEST(BandPlot, BandOutlineRunsAlongP10ThenBackAlongP90) {
    PlotConfig config;
    config.lastDay = 180;
    config.widthPx = 400;
    config.heightPx = 300;
    const std::string svg = bandPlotSvg({rising()}, config);
    const auto start = svg.find("points=\"", svg.find("<polygon")) + 8;
    const std::string points = svg.substr(start, svg.find('"', start) - start);
    // Eight vertices: four along p10 left to right, four along p90 right to left. The frame's
    // y runs from 238 (0 %) up to 34 (100 %): p90 = 0.8 on day 180 is at y = 238 - 0.8 * 204.
    EXPECT_EQ(count(points, ","), 8);
    EXPECT_NE(points.find("384.0,74.8"), std::string::npos) << points;
    EXPECT_EQ(points.rfind("56.0,238.0"), points.size() - 10) << points;
}

TEST(BandPlot, AxisWidensBelowZeroWhenACurveDips) {
    PlotSeries dip = rising();
    dip.p10[1] = -0.15;
    const std::string svg = bandPlotSvg({dip}, PlotConfig{});
    EXPECT_NE(svg.find(">-20%<"), std::string::npos);
    const std::string flat = bandPlotSvg({rising()}, PlotConfig{});
    EXPECT_EQ(flat.find("-20%"), std::string::npos);
}

TEST(BandPlot, EscapesLabels) {
    PlotSeries s = rising();
    s.label = "a<b";
    PlotConfig config;
    config.title = "x & y";
    const std::string svg = bandPlotSvg({s}, config);
    EXPECT_NE(svg.find("a&lt;b"), std::string::npos);
    EXPECT_NE(svg.find("x &amp; y"), std::string::npos);
    EXPECT_EQ(svg.find("a<b"), std::string::npos);
}

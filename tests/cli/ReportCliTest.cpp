// skinsim report end to end: the HTML it writes opens in a real browser (Debian's chromium,
// headless) with no console messages and renders to a screenshot that shows the skin images.
// No chromium is a failure with a message saying what to install, never a skip.

#include "../unit/core/TempDir.hpp"
#include "ReportScenario.hpp"
#include "RunSkinsim.hpp"
#include "core/ImageIo.hpp"

#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>

using skinsim::test::runSkinsim;
using skinsim::test::writeReportScenario;

namespace {

std::string readText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

/// The chromium to use: $SKINSIM_CHROMIUM, else `chromium` on the PATH; empty when none.
std::string findChromium() {
    if (const char* env = std::getenv("SKINSIM_CHROMIUM"); env != nullptr && *env != '\0') {
        return env;
    }
    const auto r = skinsim::test::runCommand("command -v chromium");
    if (r.exitCode != 0 || r.output.empty()) {
        return {};
    }
    return r.output.substr(0, r.output.find('\n'));
}

constexpr const char* kNoChromium =
    "chromium not found: the report's browser test needs Debian's chromium (tools/deps.sh "
    "installs it: apt-get install chromium), or SKINSIM_CHROMIUM naming a Chromium binary";

/// Opens `page` in headless chromium, takes a screenshot of `width` x `height` CSS pixels and
/// returns chromium's log (stderr with --enable-logging=stderr --v=0).
skinsim::test::CommandResult screenshot(const std::string& chromium,
                                        const skinsim::test::TempDir& dir,
                                        const std::filesystem::path& page,
                                        const std::filesystem::path& png, int width, int height) {
    std::string command = "timeout 120 " + chromium;
    command += " --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir=";
    command += (dir / "chromium-profile").string();
    command += " --enable-logging=stderr --v=0 --hide-scrollbars --window-size=";
    command += std::to_string(width) + "," + std::to_string(height);
    command += " --screenshot=" + png.string() + " file://" + page.string();
    return skinsim::test::runCommand(command);
}

/// What the page wrote to the console. This chromium logs every console message (console.log,
/// console.error, uncaught exceptions) as `:INFO:CONSOLE:<line>] "<text>", source: <url>`
/// (ReportCli.ConsoleProbeCatchesAScriptError checks it still does).
std::vector<std::string> consoleMessages(const std::string& log) {
    std::vector<std::string> messages;
    std::istringstream lines(log);
    for (std::string line; std::getline(lines, line);) {
        if (line.find(":CONSOLE") != std::string::npos) {
            messages.push_back(line);
        }
    }
    return messages;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string s;
    for (const auto& l : lines) {
        s += l;
        s += '\n';
    }
    return s;
}

} // namespace

TEST(ReportCli, WritesOneSelfContainedStampedHtmlFile) {
    skinsim::test::TempDir dir;
    const auto out = dir / "sub" / "report.html";
    const auto r = runSkinsim("report --scenario " + writeReportScenario(dir).string() + " --out " +
                              out.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("Wrote " + out.string()), std::string::npos) << r.output;
    const std::string html = readText(out);
    EXPECT_LT(html.size(), 6u * 1000 * 1000); // a few MB at most
    EXPECT_EQ(html.find("http://"), std::string::npos);
    EXPECT_EQ(html.find("https://"), std::string::npos);
    // Typical patient on days 30, 90, 180; poor and good on day 180; two lights each.
    EXPECT_EQ(count(html, "<img src=\"data:image/png;base64,"), 10);
    EXPECT_EQ(
        count(html,
              "<span class=\"stamp\">Simulated result \u2014 not an actual patient outcome</span>"),
        10);
    EXPECT_NE(html.find("Ann&#39;s &lt;small&gt; &amp; quick test"), std::string::npos);
    // Nothing but the report in its folder (written through a temporary file and renamed).
    int files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(out.parent_path())) {
        ++files;
    }
    EXPECT_EQ(files, 1);
}

TEST(ReportCli, ChromiumRendersTheReportWithNoConsoleMessagesAndShowsTheSkinImages) {
    const std::string chromium = findChromium();
    ASSERT_FALSE(chromium.empty()) << kNoChromium;
    skinsim::test::TempDir dir;
    const auto out = dir / "report.html";
    const auto r = runSkinsim("report --scenario " + writeReportScenario(dir).string() + " --out " +
                              out.string());
    ASSERT_EQ(r.exitCode, 0) << r.output;

    const auto png = dir / "report.png";
    const auto browser = screenshot(chromium, dir, out, png, 1000, 4000);
    ASSERT_EQ(browser.exitCode, 0) << browser.output;
    EXPECT_EQ(joined(consoleMessages(browser.output)), "");

    auto shot = skinsim::readPng(png);
    ASSERT_TRUE(shot) << shot.error().message << "\n" << browser.output;
    ASSERT_EQ(shot->width, 1000);
    ASSERT_EQ(shot->height, 4000);
    // Not blank: many colours, and the rendered skin (warm browns: red well above blue) covers a
    // good part of the page, which it only does when the embedded PNGs decoded and laid out.
    std::set<std::uint32_t> colours;
    long skin = 0;
    for (int y = 0; y < shot->height; ++y) {
        for (int x = 0; x < shot->width; ++x) {
            const std::uint8_t* p = shot->at(x, y);
            colours.insert(std::uint32_t(p[0]) << 16 | std::uint32_t(p[1]) << 8 | p[2]);
            if (p[0] > p[1] && p[1] > p[2] && p[0] - p[2] > 60) {
                ++skin;
            }
        }
    }
    const double skinShare = double(skin) / (double(shot->width) * shot->height);
    EXPECT_GT(colours.size(), 2000u);
    EXPECT_GT(skinShare, 0.05) << "skin-coloured share of the screenshot: " << skinShare;
}

TEST(ReportCli, ConsoleProbeCatchesAScriptError) {
    // The console check above is only worth something if this chromium reports console output
    // the way consoleMessages() reads it: a page with a script error must be caught.
    const std::string chromium = findChromium();
    ASSERT_FALSE(chromium.empty()) << kNoChromium;
    skinsim::test::TempDir dir;
    const auto page = dir / "broken.html";
    std::ofstream(page) << "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/></head><body>"
                           "<p>broken</p><script>console.error('report probe');"
                           "notAFunction();</script></body></html>";
    const auto browser = screenshot(chromium, dir, page, dir / "broken.png", 400, 300);
    ASSERT_EQ(browser.exitCode, 0) << browser.output;
    const std::string messages = joined(consoleMessages(browser.output));
    EXPECT_NE(messages.find("report probe"), std::string::npos) << browser.output;
    EXPECT_NE(messages.find("notAFunction is not defined"), std::string::npos) << browser.output;
}

TEST(ReportCli, OutputMustBeHtmlOrPdfAndNothingIsWrittenOnBadInput) {
    skinsim::test::TempDir dir;
    const auto scenario = writeReportScenario(dir);
    auto r = runSkinsim("report --scenario " + scenario.string() + " --out " +
                        (dir / "report.txt").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("report.txt: --out must name a .html or .pdf file"), std::string::npos)
        << r.output;
    EXPECT_FALSE(std::filesystem::exists(dir / "report.txt"));

    const auto bad = dir / "bad.json";
    std::ofstream(bad) << R"({"plan": [{"day": 0, "treatment": "fractional_co2",
                              "params": {"density_pct": 140}}]})";
    // The same for either format (the PDF is printed from the same report).
    for (const char* name : {"r.html", "r.pdf"}) {
        r = runSkinsim("report --scenario " + bad.string() + " --out " + (dir / name).string());
        EXPECT_EQ(r.exitCode, 2) << r.output;
        EXPECT_NE(r.output.find("bad.json"), std::string::npos) << r.output;
        EXPECT_NE(r.output.find("plan[0].params.density_pct"), std::string::npos) << r.output;
        EXPECT_FALSE(std::filesystem::exists(dir / name));
    }

    r = runSkinsim("report --scenario " + (dir / "missing.json").string() + " --out " +
                   (dir / "r.html").string());
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("missing.json"), std::string::npos) << r.output;
}

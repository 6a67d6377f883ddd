// The consultation page built from a hand-made outcome (no simulation, no GPU): well-formed,
// self-contained, stamped, and showing the outcome's own numbers.

#include "report/ConsultationHtml.hpp"
#include "core/ImageIo.hpp"
#include "report/HtmlText.hpp"

#include "sim/RangeWords.hpp"
#include "treatment/ModalityCatalog.hpp"

#include <functional>
#include <gtest/gtest.h>
#include <vector>

using namespace skinsim;
using namespace skinsim::report;

namespace {

Band band(double p10, double p50, double p90) {
    return {.p10 = p10, .p50 = p50, .p90 = p90, .mean = p50};
}

Scenario scenario() {
    Scenario s;
    s.name = "Ann <b>&</b> \"test\"";
    s.description = "a <script>alert(1)</script> description";
    s.patient.fitzpatrick = 4;
    PlanEntry co2;
    co2.day = 0;
    co2.treatment = "fractional_co2";
    co2.numbers = {{"pulse_energy_mj", 15}, {"density_pct", 10}, {"passes", 1}};
    PlanEntry tca;
    tca.day = 42;
    tca.treatment = "tca_cross";
    tca.numbers = {{"concentration_pct", 100}};
    s.plan = {co2, tca};
    s.observeDays = {0, 90, 180};
    return s;
}

Outcome outcome() {
    Outcome o;
    o.draws = 10;
    for (const int day : {0, 90, 180}) {
        DayOutcome d;
        d.day = day;
        const double f = day / 180.0;
        d.improvement = band(0.23 * f, 0.47 * f, 0.71 * f);
        d.improvementByType[0] = band(0.11 * f, 0.19 * f, 0.29 * f); // icepick
        d.improvementByType[1] = band(0.31 * f, 0.53 * f, 0.77 * f); // boxcar
        d.responders = {0.2, 0.3, 0.4, 0.1};
        d.gbQualitative = band(2, 2, 3);
        d.gbQuantitative = band(6, 8, 10);
        o.days.push_back(d);
    }
    for (int day = 0; day <= 180; day += 7) {
        o.stepDays.push_back(day);
        const double f = day / 180.0;
        o.improvementByStep.push_back(band(0.23 * f, 0.47 * f, 0.71 * f));
    }
    o.sessions = {{.erythemaDays = 6,
                   .crustingDays = 5,
                   .bruisingDays = 0,
                   .swellingDays = 3,
                   .pihProbability = 0.081},
                  {.erythemaDays = 9,
                   .crustingDays = 7,
                   .bruisingDays = 0,
                   .swellingDays = 1,
                   .pihProbability = 0.043}};
    o.erythemaDays = band(5, 9, 14);
    o.crustingDays = band(4, 7, 10);
    o.pihProbability = 0.123;
    return o;
}

std::string tinyPng() {
    Image8 image(4, 3, 3);
    for (std::size_t i = 0; i < image.pixels.size(); ++i) {
        image.pixels[i] = static_cast<std::uint8_t>(i * 20);
    }
    return encodePng(image).value();
}

struct Built {
    Scenario s = scenario();
    Outcome o = outcome();
    std::string html;
    int imageCount = 0;
};

Built build(const std::function<void(Outcome&)>& tweak = {}) {
    Built b;
    if (tweak) {
        tweak(b.o);
    }
    std::vector<ReportImage> images;
    for (const Response r : {Response::Poor, Response::Typical, Response::Good}) {
        for (const char* light : {"raking light", "clinical light"}) {
            images.push_back({.response = r,
                              .day = 180,
                              .light = light,
                              .pngBytes = tinyPng(),
                              .widthPx = 4,
                              .heightPx = 3});
        }
    }
    images.push_back({.response = Response::Typical,
                      .day = 90,
                      .light = "raking light",
                      .pngBytes = tinyPng(),
                      .widthPx = 4,
                      .heightPx = 3});
    b.imageCount = static_cast<int>(images.size());
    const ReportContent content{.scenario = b.s,
                                .outcome = b.o,
                                .scars = {.countByType = {5, 3, 0, 0},
                                          .gbQualitative = 3,
                                          .gbQuantitative = 12,
                                          .volumeMm3 = 1.25},
                                .patients = {{Response::Poor, 4, 0.2345},
                                             {Response::Typical, -1, 0.47},
                                             {Response::Good, 7, 0.7012}},
                                .images = std::move(images)};
    b.html = consultationHtml(content);
    return b;
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

/// Whether `text` starts with an HTML entity: &name; &#123; or &#x1F;. (Written out rather than
/// with std::regex, whose GCC 12 headers warn under the sanitizer build's -O2 -Werror.)
bool startsWithEntity(const std::string& text) {
    if (text.size() < 3 || text[0] != '&') {
        return false;
    }
    std::size_t i = 1;
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    const auto isHex = [&](char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    const auto isLetter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    std::size_t first = 0;
    if (text[i] == '#') {
        ++i;
        const bool hex = i < text.size() && text[i] == 'x';
        i += hex ? 1 : 0;
        first = i;
        while (i < text.size() && (hex ? isHex(text[i]) : isDigit(text[i]))) {
            ++i;
        }
    } else {
        first = i;
        while (i < text.size() && isLetter(text[i])) {
            ++i;
        }
    }
    return i > first && i < text.size() && text[i] == ';';
}

/// Checks the page nests like XML: every element closed in order (void elements written
/// self-closed), attribute values quoted, every '&' starting an entity. Returns "" when it does,
/// else what is wrong.
std::string wellFormedProblem(const std::string& html) {
    std::vector<std::string> open;
    std::size_t i = 0;
    while (i < html.size()) {
        if (html[i] == '&') {
            const std::string ahead = html.substr(i, 12);
            if (!startsWithEntity(ahead)) {
                return "bare '&' at " + std::to_string(i) + ": " + ahead;
            }
            ++i;
            continue;
        }
        if (html[i] != '<') {
            ++i;
            continue;
        }
        if (html.compare(i, 9, "<!DOCTYPE") == 0) {
            i = html.find('>', i) + 1;
            continue;
        }
        const std::size_t end = html.find('>', i);
        if (end == std::string::npos) {
            return "unterminated tag at " + std::to_string(i);
        }
        std::string tag = html.substr(i + 1, end - i - 1);
        if (tag.find('<') != std::string::npos) {
            return "'<' inside a tag at " + std::to_string(i);
        }
        if (count(tag, "\"") % 2 != 0) {
            return "unbalanced quotes in <" + tag + ">";
        }
        i = end + 1;
        if (!tag.empty() && tag[0] == '/') {
            const std::string name = tag.substr(1);
            if (open.empty() || open.back() != name) {
                return "</" + name + "> closes <" + (open.empty() ? "nothing" : open.back()) + ">";
            }
            open.pop_back();
            continue;
        }
        if (!tag.empty() && tag.back() == '/') {
            continue; // self-closed
        }
        const std::string name = tag.substr(0, tag.find_first_of(" \n"));
        if (name == "img" || name == "meta" || name == "br" || name == "link") {
            return "void element <" + name + "> not self-closed";
        }
        if (name == "style") { // raw text up to its end tag
            i = html.find("</style>", i);
            if (i == std::string::npos) {
                return "unclosed <style>";
            }
        }
        open.push_back(name);
    }
    return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

} // namespace

TEST(ConsultationHtml, IsWellFormedWithEveryElementClosed) {
    const Built b = build();
    EXPECT_EQ(wellFormedProblem(b.html), "");
    EXPECT_EQ(b.html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(b.html.find("<meta charset=\"utf-8\"/>"), std::string::npos);
}

TEST(ConsultationHtml, TheCheckerRejectsBrokenPages) {
    // The well-formedness check itself catches what it claims to.
    EXPECT_NE(wellFormedProblem("<p><b>x</p></b>"), "");
    EXPECT_NE(wellFormedProblem("<p>a & b</p>"), "");
    EXPECT_NE(wellFormedProblem("<p><img src=\"x\"></p>"), "");
    EXPECT_NE(wellFormedProblem("<div>"), "");
    EXPECT_EQ(wellFormedProblem("<p>a &amp; b<img src=\"x\"/></p>"), "");
}

TEST(ConsultationHtml, IsStampedAtTheTopAndOnEveryImage) {
    const Built b = build();
    const std::string stamp = kSimulatedStamp;
    EXPECT_LT(b.html.find(stamp), b.html.find("<h1>"));
    EXPECT_EQ(count(b.html, "<img "), b.imageCount);
    for (auto at = b.html.find("<img "); at != std::string::npos;
         at = b.html.find("<img ", at + 1)) {
        const auto figureStart = b.html.rfind("<figure", at);
        const auto figureEnd = b.html.find("</figure>", at);
        ASSERT_NE(figureStart, std::string::npos);
        ASSERT_NE(figureEnd, std::string::npos);
        const std::string figure = b.html.substr(figureStart, figureEnd - figureStart);
        EXPECT_EQ(count(figure, "<img "), 1);
        EXPECT_NE(figure.find("<span class=\"stamp\">" + stamp + "</span>"), std::string::npos);
        EXPECT_NE(figure.find(stamp, figure.find("<figcaption>")), std::string::npos);
    }
}

TEST(ConsultationHtml, EmbedsEverythingAndReferencesNothingRemote) {
    const Built b = build();
    EXPECT_EQ(b.html.find("http://"), std::string::npos);
    EXPECT_EQ(b.html.find("https://"), std::string::npos);
    EXPECT_EQ(b.html.find("<script"), std::string::npos);
    EXPECT_EQ(b.html.find("<link"), std::string::npos);
    EXPECT_EQ(b.html.find("url("), std::string::npos);
    EXPECT_EQ(b.html.find("@import"), std::string::npos);
    EXPECT_EQ(count(b.html, "src=\"data:image/png;base64,"), b.imageCount);
    EXPECT_EQ(count(b.html, "src="), b.imageCount);
    EXPECT_EQ(count(b.html, "<svg"), 2); // over time, and by scar type
}

TEST(ConsultationHtml, ShowsTheOutcomeRange) {
    const Built b = build();
    // Last observed day: p10 / p50 / p90 of all scars and by type.
    for (const char* number :
         {">23%<", ">47%<", ">71%<", ">11%<", ">19%<", ">29%<", ">31%<", ">53%<", ">77%<"}) {
        EXPECT_NE(b.html.find(number), std::string::npos) << number;
    }
    EXPECT_NE(b.html.find("One patient in ten gets 23% or less (a poor response); one in ten "
                          "gets 71% or more (a good response), and even then the scars are "
                          "clearly shallower; most still show in side light."),
              std::string::npos);
    EXPECT_NE(b.html.find(kImproveNotErase), std::string::npos);
    // The shown poor and good patients' own improvement.
    EXPECT_NE(b.html.find("Poor response: 23% of the scar volume gone"), std::string::npos);
    EXPECT_NE(b.html.find("Good response: 70% of the scar volume gone; the scars are clearly "
                          "shallower; most still show in side light"),
              std::string::npos);
    // Responders, grades, PIH and downtime.
    EXPECT_NE(b.html.find("20 improve by less than 25%"), std::string::npos);
    EXPECT_NE(b.html.find("10 improve by more than 75%"), std::string::npos);
    EXPECT_NE(b.html.find("<strong>12%</strong>"), std::string::npos); // PIH over the plan
    EXPECT_NE(b.html.find("skin type 4"), std::string::npos);
    EXPECT_NE(b.html.find("redness 9 days (5 to 14)"), std::string::npos);
    EXPECT_NE(
        b.html.find(
            "pulse energy (mJ): " +
            escapeHtml(findModality("fractional_co2")->findParameter("pulse_energy_mj")->source)),
        std::string::npos);
    EXPECT_NE(b.html.find("<td>6 days</td><td>5 days</td><td>none</td><td>8%</td>"),
              std::string::npos);
}

TEST(ConsultationHtml, SaysImprovementKeepsGrowingAfterTheLastSession) {
    const Built b = build();
    // Last session on day 42; the band grows linearly to day 180.
    EXPECT_NE(b.html.find("At the last session, on day 42 (week 6), a typical patient has 11% "
                          "improvement. 1 month after it: 19% (still growing). 3 months after "
                          "it: 34% (still growing)."),
              std::string::npos);
}

TEST(ConsultationHtml, EscapesUserText) {
    const Built b = build();
    EXPECT_NE(b.html.find("Ann &lt;b&gt;&amp;&lt;/b&gt; &quot;test&quot;"), std::string::npos);
    EXPECT_EQ(b.html.find("<b>&</b>"), std::string::npos);
    EXPECT_EQ(b.html.find("<script>alert"), std::string::npos);
}

TEST(ConsultationHtml, ListsThePlanWithUnitsAndTheScars) {
    const Built b = build();
    EXPECT_NE(b.html.find("pulse energy 15 mJ, density 10%, passes 1"), std::string::npos);
    EXPECT_NE(b.html.find("concentration 100%"), std::string::npos);
    EXPECT_NE(b.html.find("day 42 (week 6)"), std::string::npos);
    EXPECT_NE(b.html.find("TCA CROSS"), std::string::npos);
    EXPECT_NE(b.html.find("5 icepick scars"), std::string::npos);
    EXPECT_NE(b.html.find("3 boxcar scars"), std::string::npos);
    EXPECT_EQ(b.html.find("rolling scar</strong>"), std::string::npos);
    EXPECT_NE(b.html.find("grade 3 (moderate)"), std::string::npos);
}

TEST(ConsultationHtml, CitesTheSourcesOfEveryModalityInThePlan) {
    const Built b = build();
    for (const char* key : {"fractional_co2", "tca_cross"}) {
        const Modality* m = findModality(key);
        ASSERT_NE(m, nullptr);
        EXPECT_NE(b.html.find(escapeHtml(m->sources)), std::string::npos) << key;
    }
    EXPECT_EQ(b.html.find(escapeHtml(findModality("subcision")->sources)), std::string::npos);
    EXPECT_NE(b.html.find("id=\"disclaimer\""), std::string::npos);
}

TEST(ConsultationHtml, NeverSaysAScarIsGoneEvenWhenTheBestTenthImproveMost) {
    const Built b = build([](Outcome& o) { o.days.back().improvement.p90 = 0.93; });
    EXPECT_EQ(b.html.find("practically all"), std::string::npos);
    EXPECT_EQ(b.html.find("all of it"), std::string::npos);
    EXPECT_NE(b.html.find("one in ten gets 93% or more (a good response), and even then the scars "
                          "are much shallower and softer-edged; the deeper ones still show"),
              std::string::npos);
    EXPECT_NE(b.html.find(kImproveNotErase), std::string::npos);
}

// The report's sections about the outcome: the range of improvement (numbers, plots, images) and
// what to expect when. Every figure is read from the Outcome; none is typed in here.

#include "report/BandPlot.hpp"
#include "report/HtmlText.hpp"
#include "report/PlainWords.hpp"
#include "report/ReportSections.hpp"
#include "sim/RangeWords.hpp"

#include <algorithm>
#include <map>

namespace skinsim::report {

namespace {

constexpr const char* kTypeColours[4] = {"#7b2d8b", "#2a6f97", "#c05a00", "#3f7f3f"};

/// The improvement band on `day`, interpolated between the Monte-Carlo band points.
Band improvementOn(const Outcome& o, double day) {
    if (o.stepDays.empty() || o.improvementByStep.size() != o.stepDays.size()) {
        return o.days.empty() ? Band{} : o.days.back().improvement;
    }
    if (day <= o.stepDays.front()) {
        return o.improvementByStep.front();
    }
    for (std::size_t i = 1; i < o.stepDays.size(); ++i) {
        if (day <= o.stepDays[i]) {
            const double t = (day - o.stepDays[i - 1]) / double(o.stepDays[i] - o.stepDays[i - 1]);
            const Band& a = o.improvementByStep[i - 1];
            const Band& b = o.improvementByStep[i];
            return {a.p10 + t * (b.p10 - a.p10), a.p50 + t * (b.p50 - a.p50),
                    a.p90 + t * (b.p90 - a.p90), a.mean + t * (b.mean - a.mean)};
        }
    }
    return o.improvementByStep.back();
}

std::string bandCells(const Band& b) {
    std::string s = "<td>" + percent(b.p10) + "</td><td><strong>" + percent(b.p50);
    s += "</strong></td><td>" + percent(b.p90) + "</td>";
    return s;
}

std::string overTimePlot(const ReportContent& c) {
    const Outcome& o = c.outcome;
    PlotSeries all{.label = "all scars: typical, and 1 in 10 worse or better", .colour = "#2a6f97"};
    if (!o.stepDays.empty() && o.improvementByStep.size() == o.stepDays.size()) {
        for (std::size_t i = 0; i < o.stepDays.size(); ++i) {
            all.days.push_back(o.stepDays[i]);
            all.p10.push_back(o.improvementByStep[i].p10);
            all.p50.push_back(o.improvementByStep[i].p50);
            all.p90.push_back(o.improvementByStep[i].p90);
        }
    } else {
        for (const DayOutcome& d : o.days) {
            all.days.push_back(d.day);
            all.p10.push_back(d.improvement.p10);
            all.p50.push_back(d.improvement.p50);
            all.p90.push_back(d.improvement.p90);
        }
    }
    PlotConfig config{.title = "Expected improvement over time (p10 to p90 band)",
                      .lastDay = all.days.empty() ? 365.0 : all.days.back()};
    std::map<int, std::string> sessionsByDay;
    for (std::size_t i = 0; i < c.scenario.plan.size(); ++i) {
        std::string& label = sessionsByDay[c.scenario.plan[i].day];
        label += label.empty() ? "" : "+";
        label += std::to_string(i + 1);
    }
    for (const auto& [day, label] : sessionsByDay) {
        config.markers.push_back({.day = double(day), .label = label});
    }
    return bandPlotSvg({all}, config);
}

std::string byTypePlot(const ReportContent& c) {
    const Outcome& o = c.outcome;
    std::vector<PlotSeries> series;
    for (const ScarType type : kAllScarTypes) {
        const auto t = static_cast<std::size_t>(type);
        PlotSeries s{.label = scarTypeWords(type, 2), .colour = kTypeColours[t]};
        for (const DayOutcome& d : o.days) {
            if (!d.improvementByType[t]) {
                continue;
            }
            s.days.push_back(d.day);
            s.p10.push_back(d.improvementByType[t]->p10);
            s.p50.push_back(d.improvementByType[t]->p50);
            s.p90.push_back(d.improvementByType[t]->p90);
        }
        if (!s.days.empty()) {
            series.push_back(std::move(s));
        }
    }
    if (series.empty()) {
        return {};
    }
    PlotConfig config{.title = "Improvement by scar type on the observed days (p10 to p90 bands)",
                      .lastDay = o.days.back().day > 0 ? double(o.days.back().day) : 365.0};
    for (const PlanEntry& e : c.scenario.plan) {
        config.markers.push_back({.day = double(e.day), .label = ""});
    }
    return bandPlotSvg(series, config);
}

std::string figure(const ReportImage& image) {
    std::string caption = responseName(image.response) + ", " + dayPhrase(image.day) + ", " +
                          image.light + ": day 0 left of the line, " + dayPhrase(image.day) +
                          " right of it.";
    std::string h = "<figure class=\"shot\">\n<div class=\"frame\"><img src=\"";
    h += pngDataUri(image.pngBytes);
    h += "\" width=\"" + std::to_string(image.widthPx) + "\" height=\"" +
         std::to_string(image.heightPx) + "\" alt=\"" + escapeHtml(caption) + "\"/>";
    h += "<span class=\"stamp\">";
    h += kSimulatedStamp;
    h += "</span></div>\n<figcaption>" + escapeHtml(caption) + " <em>";
    h += kSimulatedStamp;
    h += ".</em></figcaption>\n</figure>\n";
    return h;
}

} // namespace

std::string outcomeSection(const ReportContent& c) {
    const Outcome& o = c.outcome;
    std::string h = "<section id=\"outcome\">\n<h2>What the simulation predicts</h2>\n";
    if (o.days.empty()) {
        h += "<p>No observed days.</p>\n</section>\n";
        return h;
    }
    const DayOutcome& last = o.days.back();
    h += "<p class=\"headline\">On " + dayPhrase(last.day) +
         ", a typical patient's scars have lost "
         "<strong>";
    h += percent(last.improvement.p50);
    h += concat("</strong> of their volume (", escapeHtml(remainingWords(last.improvement.p50)),
                "). One patient in ten gets ", percent(last.improvement.p10),
                " or less (a poor response); one in ten gets ", percent(last.improvement.p90),
                " or more (a good response), and even then ",
                escapeHtml(remainingWords(last.improvement.p90)), ".</p>\n<p><strong>",
                escapeHtml(kImproveNotErase), "</strong></p>\n");

    h += "<table class=\"bands\">\n<thead><tr><th>Improvement on " + dayPhrase(last.day);
    h +=
        "</th><th>Poor (p10)</th><th>Typical (p50)</th><th>Good (p90)</th></tr></thead>\n<tbody>\n";
    h += "<tr><td>All scars</td>" + bandCells(last.improvement) + "</tr>\n";
    for (const ScarType type : kAllScarTypes) {
        const auto& band = last.improvementByType[static_cast<std::size_t>(type)];
        if (band) {
            h += "<tr><td>" + scarTypeWords(type, 2) + "</td>" + bandCells(*band) + "</tr>\n";
        }
    }
    h += "</tbody>\n</table>\n";

    h += "<p>Out of 100 simulated patients like you, on " + dayPhrase(last.day) + ": ";
    static constexpr const char* kBands[4] = {"less than 25%", "25 to 50%", "50 to 75%",
                                              "more than 75%"};
    for (std::size_t i = 0; i < 4; ++i) {
        h += std::to_string(std::lround(last.responders[i] * 100));
        h += " improve by ";
        h += kBands[i];
        h += i < 3 ? (i == 2 ? " and " : ", ") : ".";
    }
    h += "</p>\n<p>Goodman-Baron grade: <strong>" + std::to_string(c.scars.gbQualitative);
    h += "</strong> before treatment; on " + dayPhrase(last.day) + " typically <strong>";
    h += fixed(last.gbQualitative.p50, 0) + "</strong> (from " + fixed(last.gbQualitative.p10, 0);
    h += " to " + fixed(last.gbQualitative.p90, 0) + " across the range), quantitative score ";
    h += std::to_string(c.scars.gbQuantitative) + " &#8594; " + fixed(last.gbQuantitative.p50, 0);
    h += ". Surface roughness of the typical patient's skin (Rq): ";
    if (!o.days.empty() && o.days.front().roughness.rqUm > 0 && last.roughness.rqUm > 0) {
        h += fixed(o.days.front().roughness.rqUm, 0) + " &#181;m on " +
             dayPhrase(o.days.front().day) + ", " + fixed(last.roughness.rqUm, 0) + " &#181;m on " +
             dayPhrase(last.day) + ".</p>\n";
    } else {
        h += "not measured.</p>\n";
    }
    h += "<div class=\"plots\">\n" + overTimePlot(c) + "\n" + byTypePlot(c) + "\n</div>\n";
    h += "</section>\n";
    return h;
}

std::string imagesSection(const ReportContent& c) {
    if (c.images.empty()) {
        return {};
    }
    std::string h = "<section id=\"images\">\n<h2>Before and after</h2>\n<p>Each picture is "
                    "split: your skin before treatment (day 0) left of the line, and on the day "
                    "named right of it. <em>Raking light</em> grazes the skin from one side, as a "
                    "clinician uses it to show dips; <em>clinical light</em> is soft and frontal, "
                    "closer to how others see your skin.</p>\n";
    const int lastDay = c.outcome.days.empty() ? 0 : c.outcome.days.back().day;
    h += "<h3>The range on " + dayPhrase(lastDay) + "</h3>\n";
    for (const Response r : {Response::Poor, Response::Typical, Response::Good}) {
        std::string figures;
        for (const ReportImage& image : c.images) {
            if (image.response == r && image.day == lastDay) {
                figures += figure(image);
            }
        }
        if (figures.empty()) {
            continue;
        }
        h += "<div class=\"response\">\n<h4>" + responseName(r);
        h += r == Response::Typical ? " (the median patient)" : "";
        for (const ShownPatient& p : c.patients) {
            if (p.response == r) {
                h += ": " + percent(p.improvement) + " of the scar volume gone; " +
                     escapeHtml(remainingWords(p.improvement));
            }
        }
        h += "</h4>\n<div class=\"pair\">\n" + figures + "</div>\n</div>\n";
    }
    std::string overTime;
    for (const ReportImage& image : c.images) {
        if (image.response == Response::Typical && image.day != lastDay) {
            overTime += figure(image);
        }
    }
    if (!overTime.empty()) {
        h += "<h3>Over time, typical response</h3>\n<div class=\"pair\">\n" + overTime + "</div>\n";
    }
    h += "</section>\n";
    return h;
}

std::string expectationsSection(const ReportContent& c) {
    const Outcome& o = c.outcome;
    const Scenario& s = c.scenario;
    std::string h = "<section id=\"expect\">\n<h2>What to expect, and when</h2>\n<ul>\n";
    if (!s.plan.empty() && !o.days.empty()) {
        const int lastSession = s.plan.back().day;
        const int lastDay = o.days.back().day;
        h += concat("<li>At the last session, on ", dayPhrase(lastSession),
                    ", a typical patient has ", percent(improvementOn(o, lastSession).p50),
                    " improvement.");
        double previous = improvementOn(o, lastSession).p50;
        for (const int after : {30, 90, 180, 365}) {
            if (lastSession + after > lastDay) {
                break;
            }
            const double now = improvementOn(o, lastSession + after).p50;
            h += concat(" ", std::to_string(after / 30), after == 30 ? " month" : " months",
                        " after it: ", percent(now),
                        now > previous + 0.005 ? " (still growing)" : "", ".");
            previous = now;
        }
        h += " New collagen keeps forming for months after a treatment, so the final result "
             "shows late.</li>\n";
        h += concat("<li>The longest recovery after any one session, across the simulated "
                    "patients (typical, with 1 in 10 shorter and 1 in 10 longer): redness ",
                    fixed(o.erythemaDays.p50, 0), " days (", fixed(o.erythemaDays.p10, 0), " to ",
                    fixed(o.erythemaDays.p90, 0), "), crusting or peeling ",
                    fixed(o.crustingDays.p50, 0), " days (", fixed(o.crustingDays.p10, 0), " to ",
                    fixed(o.crustingDays.p90, 0), "), bruising ", fixed(o.bruisingDays.p50, 0),
                    " days (", fixed(o.bruisingDays.p10, 0), " to ", fixed(o.bruisingDays.p90, 0),
                    "), swelling ", fixed(o.swellingDays.p50, 0), " days.</li>\n");
    }
    h += concat("<li>Darker patches after treatment (post-inflammatory hyperpigmentation, PIH): "
                "for skin type ",
                std::to_string(s.patient.fitzpatrick),
                " the chance of at least one episode over this plan is <strong>",
                percent(o.pihProbability), "</strong>",
                s.patient.sunProtection == SunProtection::Daily
                    ? " with daily sun protection"
                    : " (higher than with daily sun protection, which lowers it)",
                "; ask your clinician how to lower it.</li>\n");
    h += "<li>What you told the clinic (" + escapeHtml(patientFactorWords(s.patient)) +
         "): the chance that a session itself leaves a new scar is <strong>" +
         escapeHtml(riskPercent(o.newScarringProbability)) +
         "</strong> over this plan, and of a wound infection <strong>" +
         escapeHtml(riskPercent(o.infectionProbability)) + "</strong>" +
         (s.patient.aftercare == Aftercare::Poor
              ? " (higher because aftercare is neglected: keep the skin clean as advised)"
              : " with good aftercare") +
         ". These are rare events; the figures are model assumptions, not trial results.</li>\n";
    if (!o.days.empty()) {
        const std::string words = newScarWords(o.days.back());
        h += words.empty()
                 ? std::string("<li>Treated scars do not come back. New ones form only while "
                               "acne is active; none is expected here.</li>\n")
                 : "<li>Active acne: " + escapeHtml(words) +
                       ". Controlling the acne first protects the result.</li>\n";
    }
    h += "</ul>\n</section>\n";
    return h;
}

} // namespace skinsim::report

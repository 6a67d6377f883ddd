// The report's sections about the patient, the plan and the sources (the outcome's sections are
// in OutcomeSections.cpp).

#include "report/ReportSections.hpp"

#include "report/HtmlText.hpp"
#include "report/PlainWords.hpp"
#include "treatment/ModalityCatalog.hpp"

#include <algorithm>
#include <set>

namespace skinsim::report {

std::string responseName(Response response) {
    switch (response) {
    case Response::Poor:
        return "Poor response";
    case Response::Typical:
        return "Typical response";
    case Response::Good:
        return "Good response";
    }
    return {};
}

std::string headerSection(const ReportContent& c) {
    const Scenario& s = c.scenario;
    std::string h = "<header>\n<p class=\"stamp-banner\">";
    h += kSimulatedStamp;
    h += "</p>\n<h1>Your scar treatment simulation</h1>\n<p class=\"scenario\">";
    h += escapeHtml(s.name);
    h += "</p>\n";
    if (!s.description.empty()) {
        h += "<p class=\"description\">" + escapeHtml(s.description) + "</p>\n";
    }
    h += "<p>This report shows what a computer model predicts for a patient like you: skin type "
         "(Fitzpatrick) ";
    h += std::to_string(s.patient.fitzpatrick);
    h += ", age ";
    h += plainNumber(s.patient.ageYears);
    h += ", a ";
    h += plainNumber(s.patch.widthMm);
    h += " &#215; ";
    h += plainNumber(s.patch.heightMm);
    h += " mm area of the ";
    h += std::string(toString(s.patch.region));
    h += ". It simulated ";
    h += std::to_string(c.outcome.draws);
    h += " patients with this skin and these scars, who respond to treatment more or less "
         "strongly, so that it can show a range of results and not a single promise.</p>\n"
         "</header>\n";
    return h;
}

std::string scarsSection(const ReportContent& c) {
    std::string h = "<section id=\"scars\">\n<h2>Your scars</h2>\n<ul class=\"scar-list\">\n";
    int total = 0;
    for (const ScarType type : kAllScarTypes) {
        const int n = c.scars.countByType[static_cast<std::size_t>(type)];
        total += n;
        if (n == 0) {
            continue;
        }
        h += "<li><strong>" + std::to_string(n) + " " + scarTypeWords(type, n) + "</strong>: ";
        h += escapeHtml(scarTypeExplanation(type));
        h += "</li>\n";
    }
    if (total == 0) {
        h += "<li>No scars in this area.</li>\n";
    }
    h += "</ul>\n<p>Severity on the Goodman-Baron scale, the grading dermatologists use for acne "
         "scars: <strong>grade ";
    h += escapeHtml(qualitativeGradeWords(c.scars.gbQualitative));
    h += "</strong>; quantitative score ";
    h += std::to_string(c.scars.gbQuantitative);
    h += " points. Together the scars hold about ";
    h += fixed(c.scars.volumeMm3, 2);
    h += " mm&#179; of missing volume below the surrounding skin.</p>\n</section>\n";
    return h;
}

std::string planSection(const ReportContent& c) {
    const auto& plan = c.scenario.plan;
    std::string h = "<section id=\"plan\">\n<h2>The treatment plan</h2>\n";
    if (plan.empty()) {
        h += "<p>No treatment: the simulation shows how the scars change on their own.</p>\n"
             "</section>\n";
        return h;
    }
    h += "<p>";
    h += std::to_string(plan.size());
    h += plan.size() == 1 ? " session" : " sessions";
    h += " from ";
    h += dayPhrase(plan.front().day);
    h += " to ";
    h += dayPhrase(plan.back().day);
    h += ". Recovery times are for a typical patient of your skin type after that session "
         "(redness, crusting or peeling, bruising), with the chance of darker patches "
         "(post-inflammatory hyperpigmentation, PIH).</p>\n";
    h += "<table class=\"plan\">\n<thead><tr><th>#</th><th>When</th><th>Treatment</th>"
         "<th>Settings</th><th>Aimed at</th><th>Redness</th><th>Crusting</th><th>Bruising</th>"
         "<th>PIH chance</th></tr></thead>\n<tbody>\n";
    const bool downtimes = c.outcome.sessions.size() == plan.size();
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const PlanEntry& e = plan[i];
        h += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + escapeHtml(dayPhrase(e.day));
        h += "</td><td>" + escapeHtml(treatmentName(e.treatment)) + "</td><td>";
        h += escapeHtml(sessionSettings(e)) + "</td><td>" + escapeHtml(targetWords(e)) + "</td>";
        if (downtimes) {
            const SessionDowntime& d = c.outcome.sessions[i];
            for (const double days : {d.erythemaDays, d.crustingDays, d.bruisingDays}) {
                h += "<td>" + (days < 0.5 ? std::string("none") : fixed(days, 0) + " days") +
                     "</td>";
            }
            h += "<td>" + percent(d.pihProbability) + "</td>";
        } else {
            h += "<td colspan=\"4\">not computed</td>";
        }
        h += "</tr>\n";
    }
    h += "</tbody>\n</table>\n</section>\n";
    return h;
}

std::string sourcesSection(const ReportContent& c) {
    std::string h = "<section id=\"sources\">\n<h2>Where the numbers come from</h2>\n"
                    "<p>The model's treatment effects, recovery times and pigmentation risks are "
                    "calibrated against published clinical studies. For the treatments in this "
                    "plan:</p>\n";
    std::set<std::string> seen;
    for (const PlanEntry& e : c.scenario.plan) {
        if (!seen.insert(e.treatment).second) {
            continue;
        }
        const Modality* m = findModality(e.treatment);
        if (m == nullptr) {
            continue;
        }
        h += "<h3>" + escapeHtml(m->displayName) + "</h3>\n<p class=\"cite\">Studies: ";
        h += escapeHtml(m->sources) + "</p>\n<ul class=\"cite\">\n";
        for (const ModalityParameter& p : m->parameters) {
            h += "<li>";
            h += escapeHtml(parameterWords(p.name, p.unit));
            h += p.unit.empty() ? std::string() : " (" + escapeHtml(p.unit) + ")";
            h += ": " + escapeHtml(p.source) + "</li>\n";
        }
        h += "</ul>\n";
    }
    h += "<h3>Scars and grading</h3>\n<p class=\"cite\">Scar types: Jacob, Dover &amp; Kaminer, "
         "J Am Acad Dermatol 2001; Fabbrocini et al., Dermatol Res Pract 2010 (Table 1). Grades: "
         "Goodman &amp; Baron, Dermatol Surg 2006 (qualitative) and J Cosmet Dermatol 2006 "
         "(quantitative). Improvement is the share of the scars' starting volume that is gone, "
         "and the response bands are the quartiles that trials report.</p>\n</section>\n";
    return h;
}

std::string disclaimerSection() {
    std::string h = "<section id=\"disclaimer\">\n<h2>Please read</h2>\n<p>";
    h += kSimulatedStamp;
    h += ". Every picture and number in this report comes from a computer simulation of "
         "skin, scars and treatments, not from photographs or measurements of you. Real results "
         "depend on things the model cannot know, and can be better or worse than the range "
         "shown. This report does not replace a consultation: ask your clinician about your own "
         "skin, the risks of each treatment and the alternatives.</p>\n</section>\n";
    return h;
}

} // namespace skinsim::report

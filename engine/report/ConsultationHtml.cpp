#include "report/ConsultationHtml.hpp"

#include "report/HtmlText.hpp"
#include "report/ReportSections.hpp"

namespace skinsim::report {

namespace {

// Screen: one readable column. Print (A4; `skinsim report --out R.pdf` prints it with Chromium):
// the same column; figures, table rows, the outcome table and each patient's pictures kept whole
// on a page (the long plan table may run on, its header repeated); the pictures from a page of
// their own; the stamp at the foot of every printed page (the @page margin box below, which sits
// in the margin and so never covers the text).
constexpr const char* kStyle = R"(
body { font-family: sans-serif; color: #222; max-width: 60em; margin: 0 auto; padding: 1em;
       line-height: 1.45; }
h1 { margin: 0.2em 0; } h2 { border-bottom: 1px solid #ccc; margin-top: 1.6em; }
.stamp-banner { background: #fff3cd; border: 1px solid #d9b44a; padding: 0.4em 0.8em;
                font-weight: bold; }
.scenario { font-size: 1.15em; font-weight: bold; }
table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.92em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
.plots svg { display: block; max-width: 100%; height: auto; margin: 0.8em 0; }
.pair { display: flex; flex-wrap: wrap; gap: 0.8em; }
.shot { margin: 0; width: calc(50% - 0.4em); }
.frame { position: relative; }
.frame img { display: block; width: 100%; height: auto; }
.stamp { position: absolute; left: 0; right: 0; bottom: 0; background: rgba(0, 0, 0, 0.55);
         color: #fff; font-size: 0.75em; padding: 0.15em 0.4em; }
figcaption { font-size: 0.82em; color: #444; margin-top: 0.2em; }
.cite { font-size: 0.88em; color: #444; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2, h3, h4 { break-after: avoid; }
  .shot, table.bands, tr, svg, .response { break-inside: avoid; }
  #images { break-before: page; }
  .stamp, .stamp-banner { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

/// A4 with the stamp in the bottom margin of every page (kSimulatedStamp, spelt once).
std::string pageRule() {
    std::string rule = "@page { size: A4; margin: 14mm 12mm 16mm 12mm;\n"
                       "  @bottom-center { content: \"";
    rule += kSimulatedStamp;
    rule += " \u00b7 skinsim\"; font-family: sans-serif; font-size: 8pt; color: #555; } }\n";
    return rule;
}

} // namespace

std::string consultationHtml(const ReportContent& content) {
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                       "<title>Scar treatment simulation: ";
    html += escapeHtml(content.scenario.name);
    html += "</title>\n<style>";
    html += kStyle;
    html += pageRule();
    html += "</style>\n</head>\n<body>\n";
    html += headerSection(content);
    html += scarsSection(content);
    html += planSection(content);
    html += outcomeSection(content);
    html += imagesSection(content);
    html += expectationsSection(content);
    html += sourcesSection(content);
    html += disclaimerSection();
    html += "</body>\n</html>\n";
    return html;
}

} // namespace skinsim::report

#pragma once
// The sections of the consultation report, each a piece of HTML (ConsultationHtml.cpp puts them
// in order inside the page). Every number comes from the outcome or the scenario; text between
// the numbers only says what they mean.

#include "report/ConsultationHtml.hpp"

#include <string>

namespace skinsim::report {

std::string headerSection(const ReportContent& c);
std::string scarsSection(const ReportContent& c);
std::string planSection(const ReportContent& c);
std::string outcomeSection(const ReportContent& c);
std::string imagesSection(const ReportContent& c);
std::string expectationsSection(const ReportContent& c);
std::string sourcesSection(const ReportContent& c);
std::string disclaimerSection();

/// "Poor response", "Typical response", "Good response".
std::string responseName(Response response);

} // namespace skinsim::report

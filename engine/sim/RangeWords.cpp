#include "sim/RangeWords.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace skinsim {

namespace {
std::string wholePercent(double fraction) {
    return std::to_string(static_cast<long>(std::lround(100.0 * fraction))) + " %";
}
} // namespace

std::string remainingWords(double improvement) {
    // Bands as the trials grade them (< 25, 25-50, 50-75, > 75 %, evidence.md 3a).
    if (improvement < 0.1) {
        return "the scars look much as they did";
    }
    if (improvement < 0.25) {
        return "the scars are a little shallower and look much the same at a distance";
    }
    if (improvement < 0.5) {
        return "the scars are shallower but still easy to see";
    }
    if (improvement < 0.75) {
        return "the scars are clearly shallower; most still show in side light";
    }
    return "the scars are much shallower and softer-edged; the deeper ones still show in side "
           "light and up close";
}

std::string rangeLine(const Band& band) {
    return "typically " + wholePercent(band.p50) +
           " of the scar volume gone; 8 in 10 patients "
           "between " +
           wholePercent(band.p10) + " and " + wholePercent(band.p90);
}

std::string rangeInWords(const Band& band) {
    std::string s = "Most people like you: " + wholePercent(band.p50) +
                    " of the scar volume gone (" + remainingWords(band.p50) + "). ";
    s += "One in ten responds slowly and gets " + wholePercent(std::max(0.0, band.p10)) +
         " or less; one in ten responds well and gets " + wholePercent(band.p90) +
         " or more, and even then " + remainingWords(band.p90) + ". ";
    s += kImproveNotErase;
    return s;
}

std::string patientFactorWords(const PatientSpec& p) {
    std::string s;
    switch (p.scarringHistory) {
    case ScarringHistory::None:
        s = "no poor healing or keloids";
        break;
    case ScarringHistory::PoorHealing:
        s = "poor wound healing";
        break;
    case ScarringHistory::KeloidFamily:
        s = "keloids in the family";
        break;
    }
    s += p.activeAcne == AcneActivity::None
             ? ", acne not active"
             : ", " + std::string(toString(p.activeAcne)) + " acne still active";
    s += ", sun protection " + std::string(toString(p.sunProtection));
    s += p.aftercare == Aftercare::Good ? ", good aftercare" : ", aftercare neglected";
    return s;
}

std::string riskPercent(double p) {
    if (p <= 0) {
        return "0 %";
    }
    if (p < 0.001) {
        return "under 0.1 %";
    }
    char text[32];
    std::snprintf(text, sizeof text, p < 0.1 ? "%.1f %%" : "%.0f %%", 100.0 * p);
    return text;
}

std::string newScarWords(const DayOutcome& day) {
    if (day.newScars.p90 <= 0) {
        return {};
    }
    auto whole = [](double x) { return std::to_string(static_cast<long>(std::lround(x))); };
    return "new acne scars by day " + std::to_string(day.day) + ": typically " +
           whole(day.newScars.p50) + " (" + whole(day.newScars.p10) + "-" +
           whole(day.newScars.p90) +
           " in 8 in 10 patients) while acne stays active; treated scars do not return, and the "
           "new ones are not counted in the improvement";
}

} // namespace skinsim

#include "sim/RangeWords.hpp"

#include <algorithm>
#include <cmath>

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
    return "typically " + wholePercent(band.p50) + " of the scar volume gone; 8 in 10 patients "
           "between " + wholePercent(band.p10) + " and " + wholePercent(band.p90);
}

std::string rangeInWords(const Band& band) {
    std::string s = "Most people like you: " + wholePercent(band.p50) + " of the scar volume gone (" +
                    remainingWords(band.p50) + "). ";
    s += "One in ten responds slowly and gets " + wholePercent(std::max(0.0, band.p10)) +
         " or less; one in ten responds well and gets " + wholePercent(band.p90) +
         " or more, and even then " + remainingWords(band.p90) + ". ";
    s += kImproveNotErase;
    return s;
}

} // namespace skinsim

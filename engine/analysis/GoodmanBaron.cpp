#include "analysis/GoodmanBaron.hpp"

#include <algorithm>
#include <array>

namespace skinsim {

ScarSeverity severity(const ScarMeasure& s) {
    if (s.depthUm < kMacularDepthUm) {
        return s.coloured ? ScarSeverity::Macular : ScarSeverity::None;
    }
    const bool visible = s.depthUm >= kVisibleDepthUm &&
                         (s.diameterMm >= kVisibleDiameterMm || s.depthUm >= kVisiblePitDepthUm);
    if (!visible) {
        return ScarSeverity::Mild;
    }
    // Stretching flattens tether sag and shallow atrophy, not a deep deficit with a fibrotic base.
    const double fixedDepthUm = s.depthUm * (1.0 - s.tetheredFraction);
    return fixedDepthUm < 250.0 ? ScarSeverity::Moderate : ScarSeverity::Severe;
}

namespace {
std::array<int, 5> countBySeverity(std::span<const ScarMeasure> scars) {
    std::array<int, 5> counts{};
    for (const auto& s : scars) {
        ++counts[static_cast<std::size_t>(severity(s))];
    }
    return counts;
}
} // namespace

int qualitativeGrade(std::span<const ScarMeasure> scars) {
    const auto counts = countBySeverity(scars);
    const int total = static_cast<int>(scars.size()) - counts[0];
    const int needed = std::max(1, std::min(kScarsForGrade, total));
    // From the worst category down: the first one that, with all worse ones, has enough scars.
    int atLeast = 0;
    for (int grade = 4; grade >= 1; --grade) {
        atLeast += counts[static_cast<std::size_t>(grade)];
        if (atLeast >= needed && total > 0) {
            return grade;
        }
    }
    return 0;
}

int quantitativeScore(std::span<const ScarMeasure> scars) {
    const auto counts = countBySeverity(scars);
    int score = 0;
    for (int category = 1; category <= 4; ++category) {
        const int n = counts[static_cast<std::size_t>(category)];
        const int multiplier = n == 0 ? 0 : (n <= 10 ? 1 : (n <= 20 ? 2 : 3));
        score += category * multiplier;
    }
    return score;
}

} // namespace skinsim

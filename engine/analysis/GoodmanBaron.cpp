#include "analysis/GoodmanBaron.hpp"

#include <algorithm>
#include <array>

namespace skinsim {

namespace {
bool distensible(const ScarMeasure& s) {
    return s.depthUm * (1.0 - s.tetheredFraction) < kFixedDepthUm;
}
} // namespace

ScarSeverity severity(const ScarMeasure& s) {
    if (s.depthUm < kMacularDepthUm) {
        return s.coloured ? ScarSeverity::Macular : ScarSeverity::None;
    }
    if (s.depthUm < kVisibleDepthUm) {
        return ScarSeverity::Mild;
    }
    // Stretching flattens tether sag and shallow atrophy, not a deep deficit with a fibrotic base.
    return distensible(s) ? ScarSeverity::Moderate : ScarSeverity::Severe;
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

int qualitativeGrade(std::span<const ScarMeasure> scars, double patchAreaMm2) {
    double load = 0;
    double fixedLoad = 0;
    bool atrophic = false;
    bool coloured = false;
    for (const auto& s : scars) {
        load += s.visibleAreaMm2;
        fixedLoad += distensible(s) ? 0.0 : s.visibleAreaMm2;
        atrophic = atrophic || s.depthUm >= kMacularDepthUm;
        coloured = coloured || s.coloured;
    }
    const double area = std::max(patchAreaMm2, 1e-9);
    if (load / area >= kObviousLoad) {
        return fixedLoad / area >= kSevereLoad ? 4 : 3;
    }
    if (atrophic) {
        return 2;
    }
    return coloured && !scars.empty() ? 1 : 0;
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

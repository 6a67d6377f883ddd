#include "skin/GoodmanBaronPresets.hpp"

#include <cmath>

namespace skinsim {

namespace {

constexpr double kReferenceAreaMm2 = 30.0 * 30.0;

RandomScars group(ScarType type, int count, std::optional<Interval> diameter,
                  std::optional<Interval> depth) {
    RandomScars r;
    r.type = type;
    r.count = count;
    r.diameterMm = diameter;
    r.depthMm = depth;
    return r;
}

} // namespace

std::vector<RandomScars> goodmanBaronPreset(int grade, double areaMm2) {
    std::vector<RandomScars> groups;
    switch (grade) {
    case 2: // 9 scars: 67 % icepick, 33 % boxcar; small and shallow
        groups = {group(ScarType::Icepick, 6, Interval{0.3, 1.0}, std::nullopt),
                  group(ScarType::Boxcar, 3, Interval{1.5, 2.5}, Interval{0.1, 0.3})};
        break;
    case 3: // 18 scars: 56 % icepick, 28 % boxcar, 17 % rolling
        groups = {group(ScarType::Icepick, 10, std::nullopt, std::nullopt),
                  group(ScarType::Boxcar, 5, std::nullopt, Interval{0.1, 0.5}),
                  group(ScarType::Rolling, 3, Interval{4.2, 6.0}, Interval{0.2, 0.4})};
        break;
    case 4: // 27 scars: 52 % icepick, 33 % boxcar (4 deep), 15 % rolling
        groups = {group(ScarType::Icepick, 14, Interval{0.5, 2.0}, std::nullopt),
                  group(ScarType::Boxcar, 5, std::nullopt, Interval{0.2, 0.5}),
                  group(ScarType::Boxcar, 4, Interval{2.0, 4.0}, Interval{0.5, 1.0}),
                  group(ScarType::Rolling, 4, Interval{4.5, 7.0}, Interval{0.3, 0.6})};
        break;
    default:
        return {};
    }
    const double scale = areaMm2 / kReferenceAreaMm2;
    for (RandomScars& g : groups) {
        g.count = static_cast<int>(std::lround(g.count * scale));
    }
    return groups;
}

} // namespace skinsim

#include "tissue/Surface.hpp"
#include "ModelFixture.hpp"
#include "sim/Simulator.hpp"

#include <cmath>

using namespace skinsim;
using namespace skinsim::test;

namespace {
/// The surface of the median patient on `day`.
FieldF surfaceOnDay(const PreparedSimulation& p, const Scenario& s, int day) {
    FieldF out;
    Simulator(p.baseline, p.course, s.patient, s.seed)
        .run(-1, p.course.stepDays, [&](const StepView& v) {
            if (v.day == day) {
                out = surfaceHeight(p.baseline, v.state, v.sag);
            }
        });
    return out;
}
double centreDepth(const FieldF& h) {
    return -h(h.width() / 2, h.height() / 2);
}
} // namespace

TEST(TissueSurface, UntreatedSurfaceIsTheGeneratedHeightMap) {
    const Scenario s = singleScar("rolling", 5.0, 0.4, "[]");
    const PreparedSimulation p = prepare(s);
    TissueState state = initialState(p.baseline);
    SagCache sag;
    sag.update(p.baseline, state);
    const FieldF surface = surfaceHeight(p.baseline, state, sag);
    // The same inputs generate the same patch (its fields moved into the baseline above).
    const auto generated = generateSkin(s.patch, s.patient, s.scars, s.seed);
    ASSERT_TRUE(generated);
    double worst = 0;
    for (std::size_t i = 0; i < surface.size(); ++i) {
        worst = std::max(worst,
                         double(std::abs(surface.values()[i] - generated->heightUm.values()[i])));
    }
    EXPECT_LT(worst, 0.05) << "µm: the model re-derives the generator's surface";
}

TEST(TissueSurface, SubcisionLiftsATetheredScarAtOnce) {
    const Scenario s = singleScar("rolling", 6.0, 0.4, R"([{"day": 0, "treatment": "subcision"}])");
    const PreparedSimulation p = prepare(s);
    const double before = centreDepth(surfaceOnDay(p, s, 0));
    const double after = centreDepth(surfaceOnDay(p, s, 1));
    EXPECT_GT(before, 200.0);
    EXPECT_LT(after, 0.7 * before) << "cutting tethers lifts a broad area";
}

TEST(TissueSurface, SubcisionLeavesANarrowDeepTractDeep) {
    const Scenario s = singleScar("icepick", 1.0, 1.5,
                                  R"([{"day": 0, "treatment": "subcision", "target": "all"}])");
    const PreparedSimulation p = prepare(s);
    const double before = centreDepth(surfaceOnDay(p, s, 0));
    const double after = centreDepth(surfaceOnDay(p, s, 30));
    EXPECT_GT(after, 0.95 * before);
}

TEST(TissueSurface, FillerLiftsADepressionTheDayItIsInjected) {
    const Scenario s =
        singleScar("boxcar", 3.0, 0.4,
                   R"([{"day": 0, "treatment": "ha_filler", "params": {"volume_ml": 0.2}}])");
    const PreparedSimulation p = prepare(s);
    const double before = centreDepth(surfaceOnDay(p, s, 0));
    const double after = centreDepth(surfaceOnDay(p, s, 1));
    EXPECT_LT(after, 0.5 * before);
}

TEST(TissueSurface, FractionalCo2OpensColumnsThatCloseWithinAWeek) {
    const Scenario s = singleScar("boxcar", 3.0, 0.3,
                                  R"([{"day": 0, "treatment": "fractional_co2"}])", "[0, 1, 10]");
    const PreparedSimulation p = prepare(s);
    const FieldF day0 = surfaceOnDay(p, s, 0);
    // The deepest change away from the scar: open columns on day 1, none left on day 10.
    auto deepestChange = [&](const FieldF& h) {
        float lowest = 0;
        for (int y = 0; y < 60; ++y) {
            for (int x = 0; x < 60; ++x) {
                lowest = std::min(lowest, h(x, y) - day0(x, y));
            }
        }
        return lowest;
    };
    EXPECT_LT(deepestChange(surfaceOnDay(p, s, 1)), -50.0f) << "columns ~75 µm deep on day 1";
    EXPECT_GT(deepestChange(surfaceOnDay(p, s, 10)), -5.0f) << "re-epithelialised by day 10";
}

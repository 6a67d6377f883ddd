// The simulator's performance targets (issue 4): one draw of a 365-day course with 5 sessions on a
// 600² and a 1200² patch, and 48 draws of the 600² course. Patch generation is excluded (it is
// measured in bench_skin); the Monte-Carlo includes the measurements it records.

#include "sim/Pipeline.hpp"
#include "sim/Simulator.hpp"

#include <benchmark/benchmark.h>

using namespace skinsim;

namespace {

Scenario courseScenario(double sizeMm, int draws) {
    // About 20 scars on the default 30 mm patch, the same density on smaller ones.
    const double share = sizeMm * sizeMm / 900.0;
    auto count = [&](int n) { return std::to_string(std::max(1, int(n * share + 0.5))); };
    const std::string json = R"({"name": "bench", "seed": 11,
        "patch": {"region": "cheek", "size_mm": [)" +
                             std::to_string(sizeMm) + "," + std::to_string(sizeMm) +
                             R"(], "pixel_um": 25},
        "scars": {"random": [{"type": "icepick", "count": )" +
                             count(10) + R"(}, {"type": "boxcar", "count": )" + count(7) +
                             R"(}, {"type": "rolling", "count": )" + count(3) + R"(}]},
        "plan": [{"day": 0, "treatment": "subcision"},
                 {"day": 0, "treatment": "fractional_co2"},
                 {"day": 42, "treatment": "fractional_co2"},
                 {"day": 84, "treatment": "fractional_co2"},
                 {"day": 126, "treatment": "tca_cross"}],
        "observe_days": [0, 30, 90, 180, 365], "draws": )" +
                             std::to_string(draws) + "}";
    return *scenarioFromJson(*parseJson(json, "bench"), "bench");
}

const PreparedSimulation& prepared(double sizeMm) {
    static std::map<double, PreparedSimulation> cache;
    auto it = cache.find(sizeMm);
    if (it == cache.end()) {
        it = cache.emplace(sizeMm, *prepareSimulation(courseScenario(sizeMm, 1))).first;
    }
    return it->second;
}

void BM_OneDraw(benchmark::State& state) {
    const double sizeMm = state.range(0) * 0.025;
    const Scenario scenario = courseScenario(sizeMm, 1);
    const PreparedSimulation& p = prepared(sizeMm);
    const Simulator sim(p.baseline, p.course, scenario.patient, scenario.seed);
    for (auto _ : state) {
        int observed = 0;
        sim.run(0, p.course.drawDays, [&](const StepView&) { ++observed; });
        benchmark::DoNotOptimize(observed);
    }
    state.counters["scar_cells_pct"] =
        100.0 * double(p.baseline.scarCells.size()) / double(p.baseline.relief.size());
}
BENCHMARK(BM_OneDraw)->Arg(600)->Arg(1200)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_MonteCarlo48(benchmark::State& state) {
    const Scenario scenario = courseScenario(15.0, 48);
    const PreparedSimulation& p = prepared(15.0);
    for (auto _ : state) {
        const Outcome o = simulateOutcome(p, scenario);
        benchmark::DoNotOptimize(o.days.data());
    }
}
BENCHMARK(BM_MonteCarlo48)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace

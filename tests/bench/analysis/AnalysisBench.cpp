// Speed of `skinsim grade` (issue 7): grading the default 30 x 30 mm patch at 25 µm (1200², the
// moderate preset's 20 scars, microrelief and pores) on 1 and 2 threads, and the stages that
// dominate. The patch is generated once, outside the timing. Wall-clock time.

#include "analysis/Morphology.hpp"
#include "analysis/ScanGrade.hpp"
#include "core/Parallel.hpp"
#include "sim/Scenario.hpp"
#include "skin/SkinGenerator.hpp"

#include <benchmark/benchmark.h>

#include <cstdlib>

namespace skinsim {
namespace {

/// The moderate preset's height map (1200²), generated once.
const FieldF& moderatePatch() {
    static const FieldF height = [] {
        auto scenario = loadScenario("moderate");
        if (!scenario) {
            std::abort();
        }
        auto patch =
            generateSkin(scenario->patch, scenario->patient, scenario->scars, scenario->seed);
        if (!patch) {
            std::abort();
        }
        return patch->heightUm;
    }();
    return height;
}

void grade(benchmark::State& state) {
    const FieldF& height = moderatePatch();
    setWorkerCount(static_cast<int>(state.range(0)));
    std::size_t found = 0;
    for (auto _ : state) {
        const ScanGrade g = gradeScan(height);
        found = g.scars.size();
        benchmark::DoNotOptimize(g.gbQuantitative);
    }
    setWorkerCount(0);
    state.counters["scars"] = static_cast<double>(found);
}
BENCHMARK(grade)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void surface(benchmark::State& state) {
    const FieldF& height = moderatePatch();
    for (auto _ : state) {
        benchmark::DoNotOptimize(analyseSkinSurface(height).depressionUm.data());
    }
}
BENCHMARK(surface)->Unit(benchmark::kMillisecond)->UseRealTime();

void skinBall(benchmark::State& state) {
    const FieldF& height = moderatePatch();
    for (auto _ : state) {
        benchmark::DoNotOptimize(closeByBall(height, 2e6).data());
    }
}
BENCHMARK(skinBall)->Unit(benchmark::kMillisecond)->UseRealTime();

void microreliefDisc(benchmark::State& state) {
    const FieldF& height = moderatePatch();
    for (auto _ : state) {
        benchmark::DoNotOptimize(closeByDisc(height, 100.0).data());
    }
}
BENCHMARK(microreliefDisc)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
} // namespace skinsim

// Generation speed of skin patches (issue 3): the default scenario's patch (30 x 30 mm at 25 µm,
// 1200², 20 scars) and the same patch at 4096², plus the stages that dominate and the export.
// Wall-clock time (the generator runs on all worker threads).

#include "core/Parallel.hpp"
#include "skin/Microrelief.hpp"
#include "skin/SkinExport.hpp"
#include "skin/SkinGenerator.hpp"
#include "skin/TetherSag.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>

namespace skinsim {
namespace {

/// The scar mix of DESIGN.md's example scenario plus one chickenpox scar: 20 scars.
ScarSpec defaultScars() {
    ScarSpec s;
    s.random = {{ScarType::Icepick, 10, std::nullopt, std::nullopt},
                {ScarType::Boxcar, 6, std::nullopt, Interval{0.1, 0.5}},
                {ScarType::Rolling, 3, std::nullopt, std::nullopt},
                {ScarType::Chickenpox, 1, std::nullopt, std::nullopt}};
    return s;
}

PatchSpec patchOfCells(int cells) {
    PatchSpec p;
    p.pixelUm = 30000.0 / cells; // the 30 x 30 mm default patch at this resolution
    return p;
}

void generate(benchmark::State& state) {
    const PatchSpec patch = patchOfCells(static_cast<int>(state.range(0)));
    setWorkerCount(static_cast<int>(state.range(1)));
    for (auto _ : state) {
        auto result = generateSkin(patch, PatientSpec{}, defaultScars(), 42);
        if (!result) {
            state.SkipWithError(result.error().message.c_str());
            break;
        }
        benchmark::DoNotOptimize(result->heightUm.data());
    }
    setWorkerCount(0);
    state.counters["cells"] = static_cast<double>(patch.widthCells()) * patch.heightCells();
}
BENCHMARK(generate)
    ->ArgNames({"cells", "threads"})
    ->Args({1200, 1})
    ->Args({1200, 2})
    ->Args({4096, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

void microrelief(benchmark::State& state) {
    FieldF relief(1200, 1200, 25.0);
    for (auto _ : state) {
        generateMicrorelief(relief, reliefParams(Region::Cheek, PatientSpec{}.ageYears), 1);
        benchmark::DoNotOptimize(relief.data());
    }
}
BENCHMARK(microrelief)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();

void tetherSag(benchmark::State& state) {
    auto patch = generateSkin(patchOfCells(1200), PatientSpec{}, defaultScars(), 42);
    for (auto _ : state) {
        FieldF sag = solveTetherSag(patch->tether, patch->sag);
        benchmark::DoNotOptimize(sag.data());
    }
}
BENCHMARK(tetherSag)->Unit(benchmark::kMillisecond)->UseRealTime();

void exportFiles(benchmark::State& state) {
    auto patch = generateSkin(patchOfCells(1200), PatientSpec{}, defaultScars(), 42);
    const auto dir = std::filesystem::temp_directory_path() / "skinsim-bench-skin";
    for (auto _ : state) {
        if (auto s = writeSkinPatch(*patch, dir); !s) {
            state.SkipWithError(s.error().message.c_str());
            break;
        }
    }
    std::filesystem::remove_all(dir);
}
BENCHMARK(exportFiles)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
} // namespace skinsim

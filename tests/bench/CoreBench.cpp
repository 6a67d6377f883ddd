// Core building blocks: the cost of a 5-point stencil pass (the shape of a model day step) and of
// filling a field with counter-based noise, on the default 1200² patch and at 4096².

#include "core/Field2D.hpp"
#include "core/Parallel.hpp"
#include "core/Rng.hpp"

#include <benchmark/benchmark.h>

using namespace skinsim;

static void BM_StencilPass(benchmark::State& state) {
    const int n = static_cast<int>(state.range(0));
    FieldF a(n, n, 25.0, 1.0f), b(n, n, 25.0, 2.0f), out(n, n, 25.0);
    for (auto _ : state) {
        parallelFor(n, [&](int y) {
            const int ym = y > 0 ? y - 1 : y, yp = y + 1 < n ? y + 1 : y;
            for (int x = 0; x < n; ++x) {
                const int xm = x > 0 ? x - 1 : x, xp = x + 1 < n ? x + 1 : x;
                out(x, y) = b(x, y) + 0.2f * (a(xm, y) + a(xp, y) + a(x, ym) + a(x, yp) - 4 * a(x, y));
            }
        });
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(state.iterations() * int64_t(n) * n * 3 * sizeof(float));
}
BENCHMARK(BM_StencilPass)->Arg(1200)->Arg(2048)->Arg(4096)->Unit(benchmark::kMillisecond)->UseRealTime();

static void BM_NoiseFill(benchmark::State& state) {
    const int n = static_cast<int>(state.range(0));
    FieldF f(n, n, 25.0);
    const CounterRng rng(1, "bench");
    for (auto _ : state) {
        parallelFor(n, [&](int y) {
            for (int x = 0; x < n; ++x) {
                f(x, y) = static_cast<float>(rng.normal(std::uint64_t(y) * n + x));
            }
        });
        benchmark::DoNotOptimize(f.data());
    }
}
BENCHMARK(BM_NoiseFill)->Arg(1200)->Arg(4096)->Unit(benchmark::kMillisecond)->UseRealTime();

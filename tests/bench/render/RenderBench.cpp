// The renderer's cost on whatever Vulkan device there is (lavapipe on a 2-core machine without a
// GPU; an H100 is the reference GPU): preparing and uploading a 1200² patch, the shadow pass, a
// studio-style render loop at 1280x800 and 1440p, and the whole `skinsim render` process at
// 640x400 (issue 5 goals: < 1.5 s and >= 10 fps on lavapipe). Figures: README.md here.

#include "core/Parallel.hpp"
#include "gpu/Context.hpp"
#include "mesh/FaceSource.hpp"
#include "render/Renderer.hpp"
#include "skin/SkinGenerator.hpp"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/resource.h>

using namespace skinsim;

namespace {

/// A generated 30 x 30 mm patch (what `skinsim render` shows), cells x cells.
render::SkinSurface generatedSurface(int cells) {
    PatchSpec patch;
    patch.pixelUm = 30000.0 / cells;
    ScarSpec scars;
    scars.random = {{ScarType::Icepick, 8, {}, {}},
                    {ScarType::Boxcar, 5, {}, {}},
                    {ScarType::Rolling, 3, {}, {}}};
    auto skin = generateSkin(patch, PatientSpec{}, scars, 42);
    if (!skin) {
        std::fprintf(stderr, "generateSkin: %s\n", skin.error().message.c_str());
        std::exit(1);
    }
    return render::surfaceOfPatch(std::move(*skin));
}

/// CPU seconds of the whole process (all threads, lavapipe's included): unlike wall time it
/// hardly moves when other programs share the machine.
double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           1e-6 * static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
}

/// One context, renderer and uploaded surface per patch size, shared by the benchmarks.
struct Rig {
    std::unique_ptr<gpu::Context> context;
    std::unique_ptr<render::Renderer> renderer;
    render::SkinSurface surface;
    std::unique_ptr<render::GpuSurface> gpuSurface;

    explicit Rig(int cells) {
        auto c = gpu::Context::create({.applicationName = "skinsim-bench", .validation = false});
        if (!c) {
            std::fprintf(stderr, "%s\n", c.error().message.c_str());
            std::exit(1);
        }
        context = std::move(c.value());
        renderer = std::move(render::Renderer::create(*context).value());
        surface = generatedSurface(cells);
        gpuSurface = std::move(renderer->uploadSurface(surface).value());
    }
    static Rig& get(int cells) {
        static std::map<int, std::unique_ptr<Rig>> rigs;
        auto& rig = rigs[cells];
        if (!rig) {
            rig = std::make_unique<Rig>(cells);
        }
        return *rig;
    }
};

} // namespace

static void BM_BuildSurfaceMaps(benchmark::State& state) {
    const auto surface = generatedSurface(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(render::buildSurfaceMaps(surface));
    }
}
BENCHMARK(BM_BuildSurfaceMaps)->Arg(1200)->Unit(benchmark::kMillisecond)->UseRealTime();

static void BM_UploadSurface(benchmark::State& state) {
    Rig& rig = Rig::get(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(rig.renderer->uploadSurface(rig.surface));
    }
}
BENCHMARK(BM_UploadSurface)->Arg(1200)->Unit(benchmark::kMillisecond)->UseRealTime();

/// A frame recorded, submitted and waited for, as a studio's render loop does; the camera turns
/// a little each frame. `light_changes`: the shadow pass reruns every frame (a light drag).
static void renderLoop(benchmark::State& state, bool lightChanges) {
    Rig& rig = Rig::get(static_cast<int>(state.range(0)));
    rig.renderer->resize(static_cast<std::uint32_t>(state.range(1)),
                         static_cast<std::uint32_t>(state.range(2)));
    render::ViewSettings settings;
    std::uint64_t frame = 0;
    // Warm-up: the first frame compiles the pipelines and computes the shadows.
    (void)rig.renderer->renderImage({.after = rig.gpuSurface.get()}, settings);
    const double cpuStart = processCpuSeconds();
    for (auto _ : state) {
        settings.cameraYawDeg = static_cast<float>(frame % 20) - 10.0f;
        settings.lightAzimuthDeg = lightChanges ? static_cast<float>(frame % 40) : 0.0f;
        rig.renderer->commands().run([&](vk::CommandBuffer cmd) {
            if (!rig.renderer->record(cmd, {.after = rig.gpuSurface.get()}, settings, frame)) {
                state.SkipWithError("record failed");
            }
        });
        ++frame;
    }
    state.counters["fps"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["cpu_ms_per_frame"] =
        1e3 * (processCpuSeconds() - cpuStart) / static_cast<double>(state.iterations());
}
static void BM_RenderLoop(benchmark::State& state) {
    renderLoop(state, false);
}
static void BM_RenderLoopWithLightDrag(benchmark::State& state) {
    renderLoop(state, true);
}
BENCHMARK(BM_RenderLoop)
    ->Args({1200, 160, 100})
    ->Args({1200, 640, 400})
    ->Args({1200, 1280, 800})
    ->Args({1200, 2560, 1440})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_RenderLoopWithLightDrag)
    ->Args({1200, 1280, 800})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// A frame read back into memory (what `skinsim render` and the tests do).
/// The studio's face view: the default head (meshed at arg 0 / 10 mm: 20 fine, 30 coarse) at
/// 50 cm with its surround tile, the camera turning a little each frame, in a view of arg 1 x
/// arg 2 pixels (the studio's 3D view at 1280x800 is 500x704).
static void BM_FaceRenderLoop(benchmark::State& state) {
    Rig& rig = Rig::get(1200);
    const float cellMm = static_cast<float>(state.range(0)) / 10.0f;
    rig.renderer->resize(static_cast<std::uint32_t>(state.range(1)),
                         static_cast<std::uint32_t>(state.range(2)));
    PatchSpec patch;
    auto placed = mesh::loadPlacedFace(std::nullopt, {}, Sex::Female, patch, cellMm);
    auto face = rig.renderer->uploadFace(*placed->mesh, placed->placement);
    auto surround = rig.renderer->uploadSurround(render::surroundSurface(patch, PatientSpec{}, 42));
    if (!face || !surround) {
        state.SkipWithError("face upload failed");
        return;
    }
    const render::Scene scene{
        .after = rig.gpuSurface.get(), .face = face->get(), .surround = surround->get()};
    render::ViewSettings settings{.view = render::View::Face};
    (void)rig.renderer->renderImage(scene, settings);
    std::uint64_t frame = 0;
    for (auto _ : state) {
        settings.cameraYawDeg = static_cast<float>(frame % 20) - 10.0f;
        rig.renderer->commands().run([&](vk::CommandBuffer cmd) {
            if (!rig.renderer->record(cmd, scene, settings, frame)) {
                state.SkipWithError("record failed");
            }
        });
        ++frame;
    }
    state.counters["fps"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["triangles"] = static_cast<double>(placed->mesh->triangleCount());
}
BENCHMARK(BM_FaceRenderLoop)
    ->Args({20, 500, 704})
    ->Args({30, 500, 704})
    ->Args({30, 250, 352})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

static void BM_RenderImage(benchmark::State& state) {
    Rig& rig = Rig::get(static_cast<int>(state.range(0)));
    rig.renderer->resize(static_cast<std::uint32_t>(state.range(1)),
                         static_cast<std::uint32_t>(state.range(2)));
    (void)rig.renderer->renderImage({.after = rig.gpuSurface.get()}, {}); // warm-up
    for (auto _ : state) {
        benchmark::DoNotOptimize(rig.renderer->renderImage({.after = rig.gpuSurface.get()}, {}));
    }
}
BENCHMARK(BM_RenderImage)->Args({1200, 640, 400})->Unit(benchmark::kMillisecond)->UseRealTime();

/// The whole process, as a user runs it: start, generate the moderate preset's 1200² patch, open
/// Vulkan, render 640x400, write the PNG, exit.
static void BM_CliRenderProcess(benchmark::State& state) {
    const std::string out = "/tmp/skinsim-bench-render-" + std::to_string(::getpid()) + ".png";
    const std::string command = std::string(SKINSIM_EXE) +
                                " render --scenario moderate --width 640 --height 400 --out " +
                                out + " >/dev/null";
    for (auto _ : state) {
        if (std::system(command.c_str()) != 0) {
            state.SkipWithError("skinsim render failed");
            break;
        }
    }
    std::remove(out.c_str());
}
BENCHMARK(BM_CliRenderProcess)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

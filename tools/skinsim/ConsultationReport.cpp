// The consultation report's pictures: the typical (median) patient on the shown days, and the
// poor and good responders (the Monte-Carlo draws nearest p10 and p90 of improvement on the last
// observed day) on the last day, each in raking and clinical light as a split view against day 0.
// engine/report turns them and the outcome into the HTML page.

#include "ConsultationReport.hpp"
#include "SimulationSteps.hpp"

#include "core/AtomicFile.hpp"
#include "core/ImageIo.hpp"
#include "core/Progress.hpp"
#include "render/Renderer.hpp"
#include "report/ConsultationHtml.hpp"
#include "sim/Measure.hpp"
#include "sim/SimulationFiles.hpp"
#include "sim/Simulator.hpp"
#include "tissue/Surface.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <future>

namespace skinsim::cli {

namespace {

/// Picture size: half the report's column on screen, sharp enough printed 9 cm wide on A4.
constexpr std::uint32_t kImageWidth = 640;
constexpr std::uint32_t kImageHeight = 400;
/// Days the typical patient is shown on besides the last observed day (spread over the course):
/// with two lights each, the report stays at a few MB.
constexpr std::size_t kEarlierDaysShown = 3;

/// The observed days after day 0 that get pictures: the last, and up to kEarlierDaysShown
/// spread evenly over the others.
std::vector<int> shownDays(const std::vector<int>& observed) {
    std::vector<int> later;
    for (const int d : observed) {
        if (d > 0) {
            later.push_back(d);
        }
    }
    if (later.size() <= kEarlierDaysShown + 1) {
        return later;
    }
    std::vector<int> days;
    const std::size_t earlier = later.size() - 1;
    for (std::size_t k = 0; k < kEarlierDaysShown; ++k) {
        // Evenly spaced positions among the earlier days, ending just before the last one.
        const std::size_t i = (k + 1) * earlier / kEarlierDaysShown - 1;
        days.push_back(later[i]);
    }
    days.erase(std::unique(days.begin(), days.end()), days.end());
    days.push_back(later.back());
    return days;
}

/// The draw whose value is nearest `target` (the lowest index on a tie).
int nearestDraw(const std::vector<double>& values, double target) {
    int best = 0;
    for (int i = 1; i < static_cast<int>(values.size()); ++i) {
        if (std::abs(values[i] - target) < std::abs(values[best] - target)) {
            best = i;
        }
    }
    return best;
}

/// The untreated skin (day 0 of every draw), as runMedianPatient builds a day's surface.
DaySurface untreatedSurface(const PreparedSimulation& prepared) {
    TissueState state = initialState(prepared.baseline);
    SagCache sag;
    sag.update(prepared.baseline, state);
    return daySurface(prepared.baseline, StepView{0, state, sag});
}

/// Draw `draw`: hands its surface on each of `days` to `onShown` as soon as it exists (memory:
/// one day at a time) and returns how much of the day-0 scar volume is gone on the last of them,
/// as measured on this very run. It stops at the course's drawDays as the Monte-Carlo did, so the
/// picture is of the very patient whose improvement the outcome counted.
double runDraw(const ReportSources& src, int draw, const std::vector<int>& days,
               const std::function<void(const DaySurface&)>& onShown) {
    const PreparedSimulation& p = src.prepared;
    const Simulator simulator(p.baseline, p.course, src.scenario.patient, src.scenario.seed);
    double volume0 = -1;
    double improvement = 0;
    simulator.run(draw, p.course.drawDays, [&](const StepView& v) {
        const bool shown = std::find(days.begin(), days.end(), v.day) != days.end();
        if (volume0 < 0 || (shown && v.day == days.back())) {
            const double volume = measurePatch(p.baseline, v.state, v.sag).volumeMm3;
            if (volume0 < 0) {
                volume0 = volume;
            } else {
                improvement = volume0 > 0 ? 1.0 - volume / volume0 : 0.0;
            }
        }
        if (shown) {
            onShown(daySurface(p.baseline, v));
        }
    });
    return improvement;
}

/// Renders `after` against the uploaded day 0 in both lights and appends the pictures.
Status renderPictures(render::Renderer& renderer, render::GpuSurface& before,
                      const ReportSources& src, report::Response response, const DaySurface& after,
                      std::vector<report::ReportImage>& images) {
    auto uploaded = renderer.uploadSurface(ui::skinOfDay(after, src.prepared.patch.blood),
                                           "day " + std::to_string(after.day));
    if (!uploaded) {
        return uploaded.error();
    }
    for (const auto& [light, words] :
         {std::pair{render::LightPreset::Raking, "raking light"},
          std::pair{render::LightPreset::Clinical, "clinical light"}}) {
        render::ViewSettings settings;
        settings.light = light;
        settings.compare = render::Compare::Split;
        settings.beforeLabel = "Day 0";
        settings.afterLabel = "Day " + std::to_string(after.day);
        auto image = renderer.renderImage({.before = &before, .after = uploaded->get()}, settings);
        if (!image) {
            return image.error();
        }
        auto png = encodePng(*image);
        if (!png) {
            return png.error();
        }
        images.push_back({.response = response,
                          .day = after.day,
                          .light = words,
                          .pngBytes = std::move(png.value()),
                          .widthPx = image->width,
                          .heightPx = image->height});
    }
    return {};
}

} // namespace

Status writeConsultationReport(const ReportSources& src, const std::filesystem::path& html) {
    if (html.extension() != ".html") {
        return Error::badInput(html.string() + ": the report must be a .html file");
    }
    if (src.outcome.days.empty() || src.outcome.draws < 1) {
        return Error::failure("the report needs a simulated outcome with observed days");
    }
    auto created =
        render::Renderer::create(src.context, {.width = kImageWidth, .height = kImageHeight});
    if (!created) {
        return created.error();
    }
    render::Renderer& renderer = **created;
    render::ViewSettings warmSettings;
    warmSettings.compare = render::Compare::Split;
    // A CPU driver compiles its shaders at the first frame: do it while the patients run.
    auto warmUp = std::async(std::launch::async, [&] { return renderer.warmUp(warmSettings); });

    const std::vector<int> days = shownDays(src.scenario.observeDays);
    const int lastDay = src.outcome.days.back().day;
    const DayOutcome& last = src.outcome.days.back();
    const int poorDraw = nearestDraw(last.improvementDraws, last.improvement.p10);
    const int goodDraw = nearestDraw(last.improvementDraws, last.improvement.p90);

    // Each shown day is rendered as soon as the simulation reaches it (memory: one day's fields
    // at a time). The first picture waits for the warm-up, then uploads day 0 once.
    std::vector<report::ReportImage> images;
    std::unique_ptr<render::GpuSurface> before;
    Status rendered;
    ProgressLine progress("report: simulating and rendering 3 patients");
    const long total = static_cast<long>(days.size() + 2);
    long done = 0;
    const auto picture = [&](report::Response response, const DaySurface& day) {
        if (!rendered) {
            return;
        }
        if (!before) {
            if (rendered = warmUp.get(); !rendered) {
                return;
            }
            auto uploaded = renderer.uploadSurface(
                ui::skinOfDay(untreatedSurface(src.prepared), src.prepared.patch.blood), "day 0");
            if (!uploaded) {
                rendered = uploaded.error();
                return;
            }
            before = std::move(uploaded.value());
        }
        rendered = renderPictures(renderer, *before, src, response, day, images);
        progress.update(++done, total);
    };

    // The typical patient as `skinsim simulate` and `render` show it (daily steps), which also
    // measures the roughness of each observed day.
    Outcome outcome = src.outcome;
    double typicalImprovement = 0;
    const MedianRun median =
        runMedianPatient(src.prepared, src.scenario, outcome, [&](DaySurface&& d) {
            if (std::find(days.begin(), days.end(), d.day) != days.end()) {
                picture(report::Response::Typical, d);
            }
        });
    for (const MedianStepRow& row : median.steps) {
        if (row.day == lastDay) {
            typicalImprovement = row.improvement;
        }
    }
    const double poorImprovement = runDraw(
        src, poorDraw, {lastDay}, [&](const DaySurface& d) { picture(report::Response::Poor, d); });
    const double goodImprovement = runDraw(
        src, goodDraw, {lastDay}, [&](const DaySurface& d) { picture(report::Response::Good, d); });
    if (!before && rendered) { // no shown day at all: still wait for the warm-up thread
        rendered = warmUp.get();
    }
    if (!rendered) {
        return rendered;
    }

    const report::ReportContent content{
        .scenario = src.scenario,
        .outcome = outcome,
        .scars = report::summariseScars(src.prepared.baseline),
        .patients = {{report::Response::Poor, poorDraw, poorImprovement},
                     {report::Response::Typical, -1, typicalImprovement},
                     {report::Response::Good, goodDraw, goodImprovement}},
        .images = std::move(images)};
    return writeFileAtomically(html, report::consultationHtml(content));
}

} // namespace skinsim::cli

// The consultation report's pictures: the typical (median) patient on the shown days, and the
// poor and good responders (the Monte-Carlo draws nearest p10 and p90 of improvement on the last
// observed day) on the last day, each in raking and clinical light as a split view against day 0.
// engine/report turns them and the outcome into the HTML page.

#include "ConsultationReport.hpp"

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

render::SkinSurface surfaceOf(const DaySurface& day, const FieldF& blood) {
    render::SkinSurface s;
    s.heightUm = day.heightUm;
    s.melanin = day.melanin;
    s.blood = blood;
    s.erythema = day.erythema;
    return s;
}

/// The untreated skin (day 0 of every draw), as runMedianPatient builds a day's surface.
DaySurface untreatedSurface(const PreparedSimulation& prepared) {
    TissueState state = initialState(prepared.baseline);
    SagCache sag;
    sag.update(prepared.baseline, state);
    return {.day = 0,
            .heightUm = surfaceHeight(prepared.baseline, state, sag),
            .erythema = erythemaMap(prepared.baseline, state),
            .melanin = melaninMap(prepared.baseline, state)};
}

/// One patient's surfaces on the shown days, and how much of the day-0 scar volume is gone on
/// the last of them (as measured on this very run, which labels its pictures).
struct PatientRun {
    std::vector<DaySurface> days;
    double improvement = 0;
};

/// Draw `draw`'s surfaces on `days`. It stops at the course's drawDays as the Monte-Carlo did, so
/// the picture is of the very patient whose improvement the outcome counted.
PatientRun runDraw(const ReportSources& src, int draw, const std::vector<int>& days) {
    const PreparedSimulation& p = src.prepared;
    const Simulator simulator(p.baseline, p.course, src.scenario.patient, src.scenario.seed);
    PatientRun run;
    double volume0 = -1;
    simulator.run(draw, p.course.drawDays, [&](const StepView& v) {
        const bool shown = std::find(days.begin(), days.end(), v.day) != days.end();
        if (volume0 < 0 || (shown && v.day == days.back())) {
            const double volume = measurePatch(p.baseline, v.state, v.sag).volumeMm3;
            if (volume0 < 0) {
                volume0 = volume;
            } else {
                run.improvement = volume0 > 0 ? 1.0 - volume / volume0 : 0.0;
            }
        }
        if (shown) {
            run.days.push_back({.day = v.day,
                                .heightUm = surfaceHeight(p.baseline, v.state, v.sag),
                                .erythema = erythemaMap(p.baseline, v.state),
                                .melanin = melaninMap(p.baseline, v.state)});
        }
    });
    return run;
}

/// Renders `after` against the uploaded day 0 in both lights and appends the pictures.
Status renderPictures(render::Renderer& renderer, render::GpuSurface& before,
                      const ReportSources& src, report::Response response, const DaySurface& after,
                      std::vector<report::ReportImage>& images) {
    auto uploaded = renderer.uploadSurface(surfaceOf(after, src.prepared.patch.blood),
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

    // The typical patient as `skinsim simulate` and `render` show it (daily steps), which also
    // measures the roughness of each observed day.
    Outcome outcome = src.outcome;
    PatientRun typical;
    {
        ProgressLine progress("report: simulating the typical patient");
        const MedianRun median =
            runMedianPatient(src.prepared, src.scenario, outcome, [&](DaySurface&& d) {
                if (std::find(days.begin(), days.end(), d.day) != days.end()) {
                    typical.days.push_back(std::move(d));
                }
            });
        for (const MedianStepRow& row : median.steps) {
            if (row.day == lastDay) {
                typical.improvement = row.improvement;
            }
        }
    }
    PatientRun poor, good;
    {
        ProgressLine progress("report: simulating the poor and good responders");
        poor = runDraw(src, poorDraw, {lastDay});
        progress.update(1, 2);
        good = runDraw(src, goodDraw, {lastDay});
        progress.update(2, 2);
    }
    if (auto warm = warmUp.get(); !warm) {
        return warm;
    }

    std::vector<report::ReportImage> images;
    {
        ProgressLine progress("report: rendering");
        auto before = renderer.uploadSurface(
            surfaceOf(untreatedSurface(src.prepared), src.prepared.patch.blood), "day 0");
        if (!before) {
            return before.error();
        }
        const long total =
            static_cast<long>(typical.days.size() + poor.days.size() + good.days.size());
        long done = 0;
        for (const auto& [response, surfaces] :
             {std::pair{report::Response::Typical, &typical},
              std::pair{report::Response::Poor, &poor}, std::pair{report::Response::Good, &good}}) {
            for (const DaySurface& d : surfaces->days) {
                if (auto s = renderPictures(renderer, **before, src, response, d, images); !s) {
                    return s;
                }
                progress.update(++done, total);
            }
        }
    }

    const report::ReportContent content{
        .scenario = src.scenario,
        .outcome = outcome,
        .scars = report::summariseScars(src.prepared.baseline),
        .patients = {{report::Response::Poor, poorDraw, poor.improvement},
                     {report::Response::Typical, -1, typical.improvement},
                     {report::Response::Good, goodDraw, good.improvement}},
        .images = std::move(images)};
    return writeFileAtomically(html, report::consultationHtml(content));
}

} // namespace skinsim::cli

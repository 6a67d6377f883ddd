// The consultation report's pictures: the typical (median) patient on the shown days, and the
// poor and good responders (the Monte-Carlo draws nearest p10 and p90 of improvement on the last
// observed day) on the last day, each in raking and clinical light as a split view against day 0.
// engine/report turns them and the outcome into the HTML page.

#include "app/ConsultationReport.hpp"

#include "app/ChromiumPdf.hpp"
#include "app/DaySkin.hpp"

#include "core/AtomicFile.hpp"
#include "core/ImageIo.hpp"
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

namespace skinsim::app {

namespace {

/// Picture size in pixels, 16:10.
struct PictureSize {
    std::uint32_t width;
    std::uint32_t height;
};
/// On screen: half the report's column, and the HTML stays at a few MB.
constexpr PictureSize kScreenPictures{640, 400};
/// In the PDF a picture is printed 9.1 cm wide (half the A4 column of 186 mm less the gap):
/// 1080 px is 300 dpi there.
constexpr PictureSize kPrintPictures{1080, 675};
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
    auto uploaded = renderer.uploadSurface(skinOfDay(after, src.prepared.patch.blood),
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

/// The report's pictures, each rendered as soon as the simulation reaches its day (memory: one
/// day's fields at a time). The renderer's warm-up runs meanwhile; the first picture waits for
/// it, then uploads day 0 once.
class ReportPictures {
  public:
    ReportPictures(render::Renderer& renderer, const ReportSources& src, long total,
                   const StepProgress& progress)
        : renderer_(renderer), src_(src), total_(total), progress_(progress) {
        warmSettings_.compare = render::Compare::Split;
        // A CPU driver compiles its shaders at the first frame: do it while the patients run.
        warmUp_ =
            std::async(std::launch::async, [this] { return renderer_.warmUp(warmSettings_); });
    }
    ReportPictures(const ReportPictures&) = delete;
    ReportPictures& operator=(const ReportPictures&) = delete;

    /// Renders `day` of the patient of `response` (nothing after a failure).
    void take(report::Response response, const DaySurface& day) {
        if (!rendered_ || !beforeUploaded()) {
            return;
        }
        rendered_ = renderPictures(renderer_, *before_, src_, response, day, images_);
        if (progress_) {
            progress_(++done_, total_);
        }
    }

    /// The first failure, if any; waits for the warm-up where no picture was taken.
    Status finish() {
        if (!before_ && rendered_) { // no shown day at all: still wait for the warm-up thread
            rendered_ = warmUp_.get();
        }
        return rendered_;
    }

    std::vector<report::ReportImage> takeImages() { return std::move(images_); }

  private:
    /// Day 0 on the GPU (after the warm-up); false with rendered_ set on a failure.
    bool beforeUploaded() {
        if (before_) {
            return true;
        }
        if (rendered_ = warmUp_.get(); !rendered_) {
            return false;
        }
        auto uploaded = renderer_.uploadSurface(
            skinOfDay(untreatedSurface(src_.prepared), src_.prepared.patch.blood), "day 0");
        if (!uploaded) {
            rendered_ = uploaded.error();
            return false;
        }
        before_ = std::move(uploaded.value());
        return true;
    }

    render::Renderer& renderer_;
    const ReportSources& src_;
    const long total_;
    const StepProgress& progress_;
    long done_ = 0;
    render::ViewSettings warmSettings_;
    std::future<Status> warmUp_;
    std::unique_ptr<render::GpuSurface> before_;
    Status rendered_;
    std::vector<report::ReportImage> images_;
};

/// The three patients the report shows and how much of their scar volume is gone on the last
/// observed day.
struct ReportPatients {
    Outcome outcome; ///< the caller's, with the typical patient's roughness measured
    int poorDraw = 0;
    int goodDraw = 0;
    double typical = 0, poor = 0, good = 0;
};

/// Runs the typical patient (as `skinsim simulate` and `render` show it: daily steps, which also
/// measures the roughness of each observed day) and the poor and good responders, handing each
/// shown day to `pictures`.
ReportPatients runPatients(const ReportSources& src, const std::vector<int>& days,
                           ReportPictures& pictures) {
    const int lastDay = src.outcome.days.back().day;
    const DayOutcome& last = src.outcome.days.back();
    ReportPatients patients{.outcome = src.outcome,
                            .poorDraw = nearestDraw(last.improvementDraws, last.improvement.p10),
                            .goodDraw = nearestDraw(last.improvementDraws, last.improvement.p90)};
    const MedianRun median =
        runMedianPatient(src.prepared, src.scenario, patients.outcome, [&](DaySurface&& d) {
            if (std::find(days.begin(), days.end(), d.day) != days.end()) {
                pictures.take(report::Response::Typical, d);
            }
        });
    for (const MedianStepRow& row : median.steps) {
        if (row.day == lastDay) {
            patients.typical = row.improvement;
        }
    }
    patients.poor = runDraw(src, patients.poorDraw, {lastDay},
                            [&](const DaySurface& d) { pictures.take(report::Response::Poor, d); });
    patients.good = runDraw(src, patients.goodDraw, {lastDay},
                            [&](const DaySurface& d) { pictures.take(report::Response::Good, d); });
    return patients;
}

/// Renders the pictures at `size` and builds the page.
Result<std::string> reportHtml(const ReportSources& src, PictureSize size,
                               const StepProgress& progress) {
    if (src.outcome.days.empty() || src.outcome.draws < 1) {
        return Error::failure("the report needs a simulated outcome with observed days");
    }
    auto created =
        render::Renderer::create(src.context, {.width = size.width, .height = size.height});
    if (!created) {
        return created.error();
    }
    const std::vector<int> days = shownDays(src.scenario.observeDays);
    ReportPictures pictures(**created, src, static_cast<long>(days.size() + 2), progress);
    ReportPatients patients = runPatients(src, days, pictures);
    if (auto rendered = pictures.finish(); !rendered) {
        return rendered.error();
    }
    const report::ReportContent content{
        .scenario = src.scenario,
        .outcome = patients.outcome,
        .scars = report::summariseScars(src.prepared.baseline),
        .patients = {{report::Response::Poor, patients.poorDraw, patients.poor},
                     {report::Response::Typical, -1, patients.typical},
                     {report::Response::Good, patients.goodDraw, patients.good}},
        .images = pictures.takeImages()};
    return report::consultationHtml(content);
}

} // namespace

Status writeConsultationReport(const ReportSources& src, const std::filesystem::path& out,
                               const StepProgress& progress) {
    if (out.extension() == ".html") {
        auto html = reportHtml(src, kScreenPictures, progress);
        return html ? writeFileAtomically(out, *html) : Status(html.error());
    }
    if (out.extension() != ".pdf") {
        return Error::badInput(out.string() + ": the report must be a .html or .pdf file");
    }
    auto chromium = findChromium(); // before the slow part
    if (!chromium) {
        return chromium.error();
    }
    auto html = reportHtml(src, kPrintPictures, progress);
    if (!html) {
        return html.error();
    }
    // The page Chromium prints, in a folder of its own that is removed afterwards.
    auto scratch = ScratchFolder::create("skinsim-report");
    if (!scratch) {
        return scratch.error();
    }
    const auto page = scratch->path() / "report.html";
    if (auto written = writeFileAtomically(page, *html); !written) {
        return written;
    }
    return printToPdf(*chromium, page, out, scratch->path());
}

} // namespace skinsim::app

#include "ui/Studio.hpp"

#include "app/DaySkin.hpp"
#include "app/FaceScene.hpp"
#include "core/HeightMapIo.hpp"
#include "core/ImageIo.hpp"
#include "core/Json.hpp"
#include "core/Parallel.hpp"
#include "core/Paths.hpp"
#include "mesh/FaceSource.hpp"
#include "render/Camera.hpp"
#include "ui/ScenarioEdits.hpp"
#include "ui/StudioApp.hpp"

#include <GLFW/glfw3.h>
#include <glm/gtc/matrix_transform.hpp>
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace skinsim::ui {

namespace {

/// GLFW is process-wide: started once, on first use, and ended when the process exits (starting
/// it again after glfwTerminate is not reliable on every X server). Its last error is kept for
/// messages.
std::string& glfwLastError() {
    static std::string message;
    return message;
}

bool glfwStarted() {
    static const bool ok = [] {
        glfwSetErrorCallback([](int code, const char* description) {
            glfwLastError() = "GLFW error " + std::to_string(code) + ": " +
                              (description != nullptr ? description : "?");
        });
        const bool started = glfwInit() == GLFW_TRUE;
        if (started) {
            std::atexit(glfwTerminate);
        }
        return started;
    }();
    return ok;
}

double secondsBetween(std::chrono::steady_clock::time_point a,
                      std::chrono::steady_clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

/// Panel widths grow with the window, within limits (pixels at scale 1): the 3D view keeps
/// 410 px at 1000 px wide, 525 at 1280 (where the face view's frame rate is measured), 1620 at
/// 2560.
float leftPanelWidth(float windowWidth) {
    return std::clamp(0.29f * windowWidth, 270.0f, 460.0f);
}
float rightPanelWidth(float windowWidth) {
    return std::clamp(0.30f * windowWidth, 290.0f, 480.0f);
}
constexpr float kTimelineHeight = 96.0f;
/// Presentation mode: the strip under the pictures with the day, the range and the stamp.
constexpr float kPresentationStripHeight = 120.0f;

} // namespace

bool displayAvailable() {
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((x11 == nullptr || *x11 == '\0') && (wayland == nullptr || *wayland == '\0')) {
        return false;
    }
    return glfwStarted() && glfwVulkanSupported() == GLFW_TRUE;
}

StudioApp::StudioApp(const StudioOptions& options, Scenario scenario, std::string openedFrom)
    : options_(options), document_(std::move(scenario)), openedFrom_(std::move(openedFrom)),
      autosave_(options.autosaveFile.value_or(Autosave::defaultFile())) {
    if (auto left = autosave_.leftBehind()) {
        if (*left) {
            recovery_ = std::move(left->value());
        } else {
            recoveryError_ = left->error().message;
        }
    }
    settings_ = options.view;
    if (!options.probeDir.empty()) {
        probe_ = std::make_unique<StudioProbe>(options.probeDir);
        StudioProbe::setCurrent(probe_.get());
    }
    day_ = static_cast<float>(std::clamp(options.day, 0, timelineEndDay(document_.scenario())));
    // Exports go to a folder named in full (messages give full paths): ~/skinsim-export, or
    // beside the working folder when there is no home.
    const char* home = std::getenv("HOME");
    exportDir_ = ((home != nullptr && *home != '\0') ? std::filesystem::path(home)
                                                     : std::filesystem::current_path()) /
                 "skinsim-export";
    brushScar_.type = ScarType::Boxcar;
    brushScar_.diameterMm = 2.5;
    brushScar_.depthMm = 0.3;
}

StudioApp::~StudioApp() {
    closeWindow();
    if (probe_) {
        StudioProbe::setCurrent(nullptr);
    }
}

Json StudioApp::probeState() const {
    const Scenario& scenario = document_.scenario();
    Json state;
    state["frame"] = frames_;
    state["window"] = {presenter_->extent().width, presenter_->extent().height};
    state["view_rect"] = {viewRect_.offset.x, viewRect_.offset.y,
                          viewRect_.offset.x + static_cast<int>(viewRect_.extent.width),
                          viewRect_.offset.y + static_cast<int>(viewRect_.extent.height)};
    state["view"] = std::string(render::toString(settings_.view));
    state["compare"] = std::string(render::toString(settings_.compare));
    state["presenting"] = presenting_;
    state["face_ready"] = face_ != nullptr && !pendingFace_;
    state["surround_ready"] = surround_ != nullptr && !pendingSurround_;
    state["surround_key"] = surroundKey_;
    state["day"] = static_cast<int>(std::lround(day_));
    state["shown_day"] = shownDay_;
    state["day_exact"] = dayExact_;
    state["timeline_end"] = timelineEndDay(scenario);
    state["revision"] = document_.revision();
    state["simulation_revision"] = document_.simulationRevision();
    state["snapshot_revision"] = snapshot_ ? snapshot_->revision : 0;
    state["stage"] = snapshot_ ? std::string(toString(snapshot_->stage)) : "idle";
    state["undo"] = document_.undoLabel();
    state["redo"] = document_.redoLabel();
    state["fitzpatrick"] = scenario.patient.fitzpatrick;
    state["sessions"] = scenario.plan.size();
    state["placed_scars"] = scenario.scars.placed.size();
    state["tool"] = static_cast<int>(tool_);
    // The patch view's scars and a grid of patch points, in millimetres and where they are drawn
    // (the brush tests click them).
    const PatchSpec& patch = scenario.patch;
    state["patch_mm"] = {patch.widthMm, patch.heightMm};
    Json scars = Json::array();
    for (const ExplicitScar& scar : scenario.scars.placed) {
        const auto px = projectPatchMm(scar.centerMm[0], scar.centerMm[1]);
        scars.push_back({scar.centerMm[0], scar.centerMm[1], scar.diameterMm,
                         px ? Json((*px)[0]) : Json(), px ? Json((*px)[1]) : Json()});
    }
    state["scars"] = std::move(scars);
    Json grid = Json::array();
    for (int j = 1; j < 8; ++j) {
        for (int i = 1; i < 8; ++i) {
            const double x = patch.widthMm * i / 8.0, y = patch.heightMm * j / 8.0;
            if (const auto px = projectPatchMm(x, y)) {
                grid.push_back({x, y, (*px)[0], (*px)[1]});
            }
        }
    }
    state["grid"] = std::move(grid);
    state["status"] = status_;
    state["status_is_error"] = statusIsError_;
    state["last_screenshot"] = lastScreenshot_;
    // The Outcome plot: the current plan's band, or the previous plan's greyed while an edit is
    // simulated; the picture: the current revision's, or the previous one's.
    const bool hasBand = snapshot_ && snapshot_->outcome;
    state["band"] = hasBand ? "current"
                    : lastDone_ && snapshot_ && lastDone_->revision != snapshot_->revision
                        ? "previous"
                        : "none";
    state["band_last_day"] =
        hasBand && !snapshot_->outcome->stepDays.empty() ? snapshot_->outcome->stepDays.back() : 0;
    state["picture_revision"] = after_.gpu ? after_.revision : 0;
    state["skin_generations"] = snapshot_ ? snapshot_->skinGenerations : 0;
    state["skin_reused"] = snapshot_ && snapshot_->skinReused;
    return state;
}

void StudioApp::runProbeCommands() {
    for (const std::string& line : probe_->takeCommands()) {
        if (line == "quit") {
            quit_ = true;
        } else if (line.rfind("screenshot ", 0) == 0) {
            probeScreenshot_ = line.substr(11);
        } else {
            std::fprintf(stderr, "skinsim view: unknown probe command '%s'\n", line.c_str());
        }
    }
}

void StudioApp::closeWindow() {
    // GPU objects before the context, the context (and its surface) before the window.
    before_.gpu.reset();
    after_.gpu.reset();
    placeholder_.reset();
    face_.reset();
    surround_.reset();
    imgui_.reset();
    renderer_.reset();
    presenter_.reset();
    context_.reset();
    if (window_ != nullptr) {
        glfwDestroyWindow(window_);
        window_ = nullptr;
    }
}

void StudioApp::setStatus(const std::string& message, bool error) {
    status_ = message;
    statusIsError_ = error;
    statusTime_ = std::chrono::steady_clock::now();
    // Shown beside what caused it: the widget just used when the mouse is on a panel, else where
    // the mouse is (a click in the 3D view).
    if (ImGui::GetCurrentContext() != nullptr) {
        const bool onPanel = ImGui::GetIO().WantCaptureMouse;
        const ImVec2 at = onPanel ? ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y)
                                  : ImGui::GetIO().MousePos;
        statusAnchor_ = {at.x, at.y + 4.0f};
    }
    if (error) {
        std::fprintf(stderr, "skinsim view: %s\n", message.c_str());
    }
}

Status StudioApp::openWindow() {
    glfwWindowHint(GLFW_CLIENT_API, GLFW_NO_API);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    window_ = glfwCreateWindow(options_.width, options_.height, "skinsim studio - Simulated",
                               nullptr, nullptr);
    if (window_ == nullptr) {
        return Error::failure("could not open a window (" + glfwLastError() + ")");
    }
    float sx = 1.0f, sy = 1.0f;
    glfwGetWindowContentScale(window_, &sx, &sy);
    contentScale_ = std::clamp(std::max(sx, sy), 1.0f, 4.0f);

    std::uint32_t count = 0;
    const char** names = glfwGetRequiredInstanceExtensions(&count);
    if (names == nullptr) {
        return Error::failure("this display offers no Vulkan surface (GLFW found no extensions)");
    }
    gpu::ContextConfig config;
    config.applicationName = "skinsim studio";
    for (std::uint32_t i = 0; i < count; ++i) {
        config.instanceExtensions.emplace_back(names[i]);
    }
    config.createSurface = [this](VkInstance instance) {
        VkSurfaceKHR surface = VK_NULL_HANDLE;
        return glfwCreateWindowSurface(instance, window_, nullptr, &surface) == VK_SUCCESS
                   ? surface
                   : VK_NULL_HANDLE;
    };
    auto context = gpu::Context::create(config);
    if (!context) {
        return context.error();
    }
    context_ = std::move(context.value());
    int fbw = 0, fbh = 0;
    glfwGetFramebufferSize(window_, &fbw, &fbh);
    auto presenter = render::SwapchainPresenter::create(
        *context_, {.extent = {static_cast<std::uint32_t>(std::max(fbw, 1)),
                               static_cast<std::uint32_t>(std::max(fbh, 1))},
                    .vsync = true});
    if (!presenter) {
        return presenter.error();
    }
    presenter_ = std::move(presenter.value());
    layout();
    auto renderer = render::Renderer::create(
        *context_, {.width = viewRect_.extent.width,
                    .height = viewRect_.extent.height,
                    .framesInFlight = render::SwapchainPresenter::kFramesInFlight});
    if (!renderer) {
        return renderer.error();
    }
    renderer_ = std::move(renderer.value());
    auto imgui = ImGuiLayer::create(*context_, window_, presenter_->format(),
                                    presenter_->imageCount(), contentScale_);
    if (!imgui) {
        return imgui.error();
    }
    imgui_ = std::move(imgui.value());
    // Something to show from the first frame while the skin is generated: flat skin.
    const PatchSpec& patch = document_.scenario().patch;
    // Not a power of two, like a real patch: the CPU driver compiles shader variants by size.
    FieldF flat(63, 63, patch.widthMm * 1000.0 / 63.0);
    auto placeholder =
        renderer_->uploadSurface(render::uniformSkin(std::move(flat), 0.08f), "placeholder");
    if (!placeholder) {
        return placeholder.error();
    }
    placeholder_ = std::move(placeholder.value());
    return {};
}

void StudioApp::layout() {
    const vk::Extent2D window = presenter_->extent();
    const float s = contentScale_;
    if (presenting_) {
        const int strip = static_cast<int>(kPresentationStripHeight * s);
        viewRect_ =
            vk::Rect2D({0, 0}, {window.width, static_cast<std::uint32_t>(std::max(
                                                  64, static_cast<int>(window.height) - strip))});
        return;
    }
    const float unscaled = static_cast<float>(window.width) / s;
    const int left = static_cast<int>(leftPanelWidth(unscaled) * s);
    const int right = static_cast<int>(rightPanelWidth(unscaled) * s);
    const int bottom = static_cast<int>(kTimelineHeight * s);
    const int w = std::max(64, static_cast<int>(window.width) - left - right);
    const int h = std::max(64, static_cast<int>(window.height) - bottom);
    viewRect_ =
        vk::Rect2D({left, 0}, {static_cast<std::uint32_t>(w), static_cast<std::uint32_t>(h)});
    if (viewRect_.offset.x + w > static_cast<int>(window.width) ||
        h > static_cast<int>(window.height)) {
        // A window narrower than the panels: the view takes it all, panels float over it.
        viewRect_ = vk::Rect2D({0, 0}, window);
    }
}

void StudioApp::setPresenting(bool on) {
    presenting_ = on;
    layout();
    renderer_->resize(viewRect_.extent.width, viewRect_.extent.height);
    ++sceneVersion_;
}

void StudioApp::stepObservedDay(int step) {
    const std::vector<int>& days = document_.scenario().observeDays;
    if (days.empty()) {
        return;
    }
    const int now = static_cast<int>(std::lround(day_));
    int target = step > 0 ? days.back() : days.front();
    if (step > 0) {
        const auto it = std::upper_bound(days.begin(), days.end(), now);
        target = it != days.end() ? *it : days.back();
    } else {
        const auto it = std::lower_bound(days.begin(), days.end(), now);
        target = it != days.begin() ? *std::prev(it) : days.front();
    }
    day_ = static_cast<float>(target);
    playing_ = false;
}

void StudioApp::submitIfChanged() {
    if (submittedRevision_ == document_.simulationRevision()) {
        return;
    }
    submittedRevision_ = document_.simulationRevision();
    if (auto ok = validateEdited(document_.scenario()); !ok) {
        setStatus(ok.error().message, true);
        return;
    }
    worker_.submit(document_.scenario(), document_.simulationRevision());
}

void StudioApp::updateSurround() {
    const Scenario& scenario = document_.scenario();
    // The skin around the patch follows the patient and the patch's region and resolution.
    const std::string key = std::to_string(scenario.patient.fitzpatrick) + "/" +
                            std::to_string(scenario.patient.ageYears) + "/" +
                            std::string(toString(scenario.patch.region)) + "/" +
                            std::to_string(scenario.patch.pixelUm) + "/" +
                            std::to_string(scenario.seed);
    if ((!surround_ || surroundKey_ != key) && !pendingSurround_) {
        pendingSurround_ = PendingSurround{key, app::surroundTileLater(scenario)};
    }
    if (!pendingSurround_ ||
        pendingSurround_->tile.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        return;
    }
    PendingSurround done = std::move(*pendingSurround_);
    pendingSurround_.reset();
    // Made for the scenario as it was when it started; the next frame starts another if the
    // patient or the patch has changed since.
    if (auto uploaded = renderer_->uploadSurround(done.tile.get()); uploaded) {
        surround_ = std::move(uploaded.value());
        surroundKey_ = done.key;
        ++sceneVersion_;
    }
}

void StudioApp::updateFace() {
    const Scenario& scenario = document_.scenario();
    // The fine head only where its cells would be big on screen (the close-up, or zoomed in
    // closer than ~20 cm); the coarse one draws twice as fast (FaceSource.hpp).
    const float viewMm = render::faceCameraDistanceMm(render::effectiveCamera(settings_)) *
                         settings_.cameraDistanceScale;
    const float cellMm = viewMm < 200.0f ? mesh::kFineHeadCellMm : mesh::kCoarseHeadCellMm;
    const bool wrongHead = !face_ || faceSex_ != scenario.patient.sex || faceCellMm_ != cellMm;
    if (wrongHead && !pendingFace_) {
        // The head is built on another thread (0.3-1.5 s on 2 cores the first time for each sex
        // and level of detail); the old one, or the patch view, stays on screen meanwhile.
        pendingFace_ = PendingFace{scenario.patient.sex, cellMm, scenario.patch.region,
                                   scenario.patch.onFaceDeg,
                                   app::placedFaceLater(scenario, app::defaultHead(cellMm))};
    }
    if (pendingFace_ &&
        pendingFace_->placed.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        PendingFace done = std::move(*pendingFace_);
        pendingFace_.reset();
        auto placed = done.placed.get();
        if (!placed) {
            setStatus("the face could not be built: " + placed.error().message, true);
            settings_.view = render::View::Patch;
            return;
        }
        auto uploaded = app::uploadFace(*renderer_, *placed);
        if (!uploaded) {
            setStatus("the face could not be uploaded: " + uploaded.error().message, true);
            settings_.view = render::View::Patch;
            return;
        }
        face_ = std::move(uploaded.value());
        faceMesh_ = placed->mesh;
        faceSex_ = done.sex;
        faceCellMm_ = done.cellMm;
        // Placed for the patch as it was when the build started; the check below moves it if
        // the patch has moved since.
        faceRegion_ = done.region;
        faceAim_ = done.aim;
        ++sceneVersion_;
    }
    if (!face_ || !faceMesh_) {
        return;
    }
    if (faceRegion_ == scenario.patch.region && faceAim_ == scenario.patch.onFaceDeg) {
        return;
    }
    // The patch moved on the same head (an edit, an undo): only its placement changes.
    auto placement =
        mesh::placePatch(*faceMesh_, scenario.patch.region, mesh::aimOf(scenario.patch));
    if (!placement) {
        setStatus(placement.error().message, true);
        return;
    }
    face_->place(*faceMesh_, *placement);
    faceRegion_ = scenario.patch.region;
    faceAim_ = scenario.patch.onFaceDeg;
    ++sceneVersion_;
}

render::CameraPose StudioApp::viewPose() const {
    const float aspect = static_cast<float>(viewRect_.extent.width) /
                         static_cast<float>(std::max(1u, viewRect_.extent.height));
    const PatchSpec& patch = document_.scenario().patch;
    const auto w = static_cast<float>(patch.widthMm), h = static_cast<float>(patch.heightMm);
    if (settings_.view == render::View::Face && face_) {
        return render::cameraFor(render::View::Face, render::effectiveCamera(settings_),
                                 render::patchOnFace(face_->placement(), w, h), aspect, settings_,
                                 face_->headCentreMm());
    }
    return render::patchCamera(settings_, w, h, aspect);
}

void StudioApp::movePatchOnFace(float x, float y) {
    if (!face_ || !faceMesh_ || settings_.compare == render::Compare::Side) {
        setStatus("Double-click the face in a single picture (not side by side) to move the "
                  "patch there.");
        return;
    }
    const float w = static_cast<float>(viewRect_.extent.width);
    const float h = static_cast<float>(viewRect_.extent.height);
    const PatchSpec& patch = document_.scenario().patch;
    const render::CameraPose pose = viewPose();
    const render::Ray ray =
        render::rayThroughPixel(pose, w, h, x - static_cast<float>(viewRect_.offset.x),
                                y - static_cast<float>(viewRect_.offset.y));
    const auto hit = mesh::firstHit(*faceMesh_, ray.origin, ray.direction);
    if (!hit) {
        setStatus("Double-click on the skin to move the patch there.");
        return;
    }
    if (hit->features.x > 0.3f || hit->features.y > 0.3f) {
        setStatus("The patch goes on skin: not on the eye or the lips.", true);
        return;
    }
    const glm::vec2 aim = mesh::aimOfPoint(*faceMesh_, hit->pointMm);
    if (!mesh::placePatch(*faceMesh_, patch.region, aim)) {
        setStatus("There is no skin to put the patch on there.", true);
        return;
    }
    const Region region = mesh::nearestRegion(aim);
    const bool newRegion = region != patch.region;
    editScenario("move the patch on the face", [&](Scenario& s) {
        s.patch.onFaceDeg =
            std::array<double, 2>{std::round(aim.x * 10.0) / 10.0, std::round(aim.y * 10.0) / 10.0};
        s.patch.region = region;
        return Status{};
    });
    setStatus(newRegion
                  ? "Patch moved to the " + std::string(toString(region)) + ": its skin is the " +
                        std::string(toString(region)) + "'s, simulating again."
                  : "Patch moved on the " + std::string(toString(region)) +
                        " (the skin and the outcome stay the same).");
}

bool StudioApp::showingPreviousPlan() const {
    return after_.gpu && snapshot_ && after_.revision != snapshot_->revision &&
           after_.day == static_cast<int>(std::lround(day_));
}

std::shared_ptr<const DaySurface> StudioApp::surfaceOfDay(const SimulationSnapshot& s, int day) {
    if (const auto it = s.days.find(day); it != s.days.end()) {
        return it->second;
    }
    if (auto onDemand = worker_.onDemand(s.revision, day)) {
        return onDemand;
    }
    if (s.stage >= SimulationStage::Outcome) {
        worker_.requestDay(day);
    }
    // Meanwhile, the nearest cached day before it.
    auto it = s.days.upper_bound(day);
    if (it != s.days.begin()) {
        --it;
    }
    return it->second;
}

void StudioApp::updateSurfaces() {
    snapshot_ = worker_.latest();
    const SimulationSnapshot& s = *snapshot_;
    if (s.stage == SimulationStage::Done && s.outcome) {
        lastDone_ = snapshot_;
    }
    if (!s.blood || s.days.empty()) {
        return; // still generating (or failed): keep what is shown
    }
    const int wanted = static_cast<int>(std::lround(day_));
    std::shared_ptr<const DaySurface> surface;
    // While the median patient of an edit has not reached the day shown, the previous plan's
    // picture of that day stays (labelled and greyed), rather than an earlier, untreated day.
    const bool keepPrevious =
        showingPreviousPlan() && s.days.count(wanted) == 0 && s.stage <= SimulationStage::Median;
    if (!keepPrevious) {
        surface = surfaceOfDay(s, wanted);
    }
    // Surface maps are built on another thread (a 1200² patch takes a good part of a second on
    // the CPU); the frame only uploads finished maps, one surface at a time.
    if (pendingMaps_ &&
        pendingMaps_->maps.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        PendingMaps done = std::move(*pendingMaps_);
        pendingMaps_.reset();
        auto maps = done.maps.get();
        if (!maps) {
            setStatus(maps.error().message, true);
        } else if (done.revision == s.revision) {
            auto gpu = renderer_->uploadMaps(*maps);
            if (!gpu) {
                setStatus(gpu.error().message, true);
            } else {
                ShownSurface& into = done.before ? before_ : after_;
                into.gpu = std::move(gpu.value());
                into.revision = done.revision;
                into.day = done.day;
                ++sceneVersion_;
            }
        }
    }
    shownDay_ = after_.gpu ? after_.day : 0;
    dayExact_ = after_.gpu && after_.day == wanted && after_.revision == s.revision;
    if (pendingMaps_ || !surface) {
        return;
    }
    const auto current = [&](const ShownSurface& shown, int day) {
        return shown.gpu && shown.revision == s.revision && shown.day == day;
    };
    std::shared_ptr<const DaySurface> next;
    bool before = false;
    if (!current(after_, surface->day)) {
        next = surface;
    } else if (const auto it = s.days.find(0); it != s.days.end() && !current(before_, 0)) {
        next = it->second;
        before = true;
    }
    if (!next) {
        return;
    }
    std::shared_ptr<const FieldF> blood = s.blood;
    pendingMaps_ = PendingMaps{
        s.revision, next->day, before,
        std::async(std::launch::async, [next, blood]() -> Result<render::SurfaceMaps> {
            const render::SkinSurface skin = app::skinOfDay(*next, *blood);
            if (auto ok = render::validateSurface(skin, "day " + std::to_string(next->day)); !ok) {
                return ok.error();
            }
            return render::buildSurfaceMaps(skin);
        })};
}

std::optional<std::array<double, 2>> StudioApp::pickPatchMm(float x, float y) const {
    if (settings_.view != render::View::Patch || settings_.compare == render::Compare::Side ||
        !after_.gpu) {
        return std::nullopt;
    }
    const auto p = render::patchPointAt(
        settings_, static_cast<float>(after_.gpu->widthMm()),
        static_cast<float>(after_.gpu->heightMm()), static_cast<float>(viewRect_.extent.width),
        static_cast<float>(viewRect_.extent.height), x - static_cast<float>(viewRect_.offset.x),
        y - static_cast<float>(viewRect_.offset.y));
    if (!p) {
        return std::nullopt;
    }
    return std::array<double, 2>{p->x, p->y};
}

std::optional<std::array<float, 2>> StudioApp::projectPatchMm(double xMm, double yMm) const {
    if (settings_.view != render::View::Patch || settings_.compare == render::Compare::Side ||
        !after_.gpu) {
        return std::nullopt;
    }
    const auto pixel = render::pixelOfPatchPoint(
        settings_, static_cast<float>(after_.gpu->widthMm()),
        static_cast<float>(after_.gpu->heightMm()), static_cast<float>(viewRect_.extent.width),
        static_cast<float>(viewRect_.extent.height), glm::dvec2(xMm, yMm));
    if (!pixel) {
        return std::nullopt;
    }
    return std::array<float, 2>{static_cast<float>(viewRect_.offset.x) + pixel->x,
                                static_cast<float>(viewRect_.offset.y) + pixel->y};
}

void StudioApp::handleViewInput() {
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse = io.MousePos;
    const bool inView = mouse.x >= static_cast<float>(viewRect_.offset.x) &&
                        mouse.x < static_cast<float>(viewRect_.offset.x) +
                                      static_cast<float>(viewRect_.extent.width) &&
                        mouse.y >= static_cast<float>(viewRect_.offset.y) &&
                        mouse.y < static_cast<float>(viewRect_.offset.y) +
                                      static_cast<float>(viewRect_.extent.height);
    // Keyboard: undo / redo (Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z), play (space).
    if (!io.WantTextInput) {
        const bool ctrl = io.KeyCtrl;
        // Once per press: a held key does not undo a second step.
        if (ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false)) {
            if (io.KeyShift) {
                document_.redo();
            } else {
                document_.undo();
            }
        }
        if (ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false)) {
            document_.redo();
        }
        if (!ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false)) {
            playing_ = !playing_;
        }
        // P: presentation mode (Escape leaves it); in it, the arrows step through the observed
        // days.
        if (!ctrl &&
            (ImGui::IsKeyPressed(GLFW_KEY_P, false) ||
             (presenting_ && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)))) {
            setPresenting(!presenting_);
        }
        if (presenting_) {
            const bool next = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow), false);
            const bool back = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow), false);
            if (next || back) {
                stepObservedDay(next ? 1 : -1);
            }
        }
    }
    if (io.WantCaptureMouse && !dragging_) {
        return;
    }
    if (!inView && !ImGui::IsMouseDown(0) && !ImGui::IsMouseDown(1) && !ImGui::IsMouseDown(2)) {
        return;
    }
    const float scale = 1.0f / contentScale_;
    // Wheel: zoom toward the skin.
    if (inView && io.MouseWheel != 0.0f) {
        settings_.cameraDistanceScale =
            std::clamp(settings_.cameraDistanceScale * std::pow(0.88f, io.MouseWheel),
                       render::kMinZoomScale, render::kMaxZoomScale);
    }
    // Right drag, or Shift + left drag: the light turns around the skin.
    const bool lightDrag = ImGui::IsMouseDragging(1) || (io.KeyShift && ImGui::IsMouseDragging(0));
    // Middle drag, or Ctrl + left drag: pan.
    const bool panDrag = ImGui::IsMouseDragging(2) || (io.KeyCtrl && ImGui::IsMouseDragging(0));
    if (lightDrag) {
        settings_.lightAzimuthDeg += io.MouseDelta.x * 0.4f * scale;
        settings_.lightAzimuthDeg = std::fmod(settings_.lightAzimuthDeg + 540.0f, 360.0f) - 180.0f;
        return;
    }
    if (panDrag) {
        const float mmPerPixel =
            render::millimetresPerPixel(viewPose(), static_cast<float>(viewRect_.extent.height));
        settings_.cameraPanRightMm -= io.MouseDelta.x * mmPerPixel;
        settings_.cameraPanUpMm += io.MouseDelta.y * mmPerPixel;
        return;
    }
    // The split divider follows a left drag that starts near it.
    if (settings_.compare == render::Compare::Split && tool_ == BrushTool::Navigate) {
        const float dividerX = static_cast<float>(viewRect_.offset.x) +
                               settings_.splitFraction * static_cast<float>(viewRect_.extent.width);
        if (ImGui::IsMouseClicked(0) && inView &&
            std::abs(mouse.x - dividerX) < 12.0f * contentScale_) {
            draggingDivider_ = true;
        }
        if (!ImGui::IsMouseDown(0)) {
            draggingDivider_ = false;
        }
        if (draggingDivider_) {
            settings_.splitFraction =
                std::clamp((mouse.x - static_cast<float>(viewRect_.offset.x)) /
                               static_cast<float>(viewRect_.extent.width),
                           0.02f, 0.98f);
            return;
        }
    }
    switch (tool_) {
    case BrushTool::Navigate:
        if (settings_.view == render::View::Face && inView && imgui_->doubleClicked(0)) {
            movePatchOnFace(mouse.x, mouse.y);
        }
        if (ImGui::IsMouseDragging(0)) {
            settings_.cameraYawDeg += io.MouseDelta.x * 0.3f * scale;
            settings_.cameraPitchDeg =
                std::clamp(settings_.cameraPitchDeg + io.MouseDelta.y * 0.3f * scale,
                           render::kMinOrbitPitchDeg, render::kMaxOrbitPitchDeg);
        }
        break;
    case BrushTool::Place:
        if (ImGui::IsMouseClicked(0) && inView) {
            if (const auto at = pickPatchMm(mouse.x, mouse.y)) {
                ExplicitScar scar = brushScar_;
                scar.centerMm = *at;
                editScenario("place a scar", [&](Scenario& s) {
                    auto placed = placeScar(s, scar);
                    return placed ? Status{} : Status(placed.error());
                });
            }
        }
        break;
    case BrushTool::Move:
        if (ImGui::IsMouseClicked(0) && inView) {
            if (const auto at = pickPatchMm(mouse.x, mouse.y)) {
                dragging_ = scarAt(document_.scenario(), *at);
                if (dragging_) {
                    document_.beginStroke("move a scar");
                }
            }
        }
        if (dragging_ && ImGui::IsMouseDown(0)) {
            if (const auto at = pickPatchMm(mouse.x, mouse.y)) {
                // Moves that would overlap are refused silently during the drag (the scar stays
                // at its last good place); the status line says why.
                const int index = *dragging_;
                editScenario("move a scar", [&](Scenario& s) { return moveScar(s, index, *at); });
            }
        }
        if (dragging_ && !ImGui::IsMouseDown(0)) {
            document_.endStroke();
            dragging_.reset();
        }
        break;
    case BrushTool::Delete:
        if (ImGui::IsMouseClicked(0) && inView) {
            if (const auto at = pickPatchMm(mouse.x, mouse.y)) {
                if (const auto index = scarAt(document_.scenario(), *at)) {
                    const int i = *index;
                    editScenario("delete a scar", [&](Scenario& s) { return deleteScar(s, i); });
                }
            }
        }
        break;
    }
}

void StudioApp::drawViewOverlay() {
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const float x0 = static_cast<float>(viewRect_.offset.x);
    const float y0 = static_cast<float>(viewRect_.offset.y);
    const float s = contentScale_;
    // What the view shows, in words, top left; the simulation's state when it is working.
    std::string caption = "Day " + std::to_string(shownDay_);
    if (showingPreviousPlan()) {
        // The edit's own picture follows when its median patient reaches this day.
        draw->AddRectFilled(ImVec2(x0, y0),
                            ImVec2(x0 + static_cast<float>(viewRect_.extent.width),
                                   y0 + static_cast<float>(viewRect_.extent.height)),
                            IM_COL32(70, 70, 70, 110));
        caption += "  (before your edit: simulating the new plan...)";
    } else if (!dayExact_) {
        caption +=
            "  (computing day " + std::to_string(static_cast<int>(std::lround(day_))) + "...)";
    }
    // Comparisons carry the renderer's own day labels; a single picture gets this caption.
    const bool comparing = settings_.compare != render::Compare::None || presenting_;
    if (!comparing || !dayExact_) {
        draw->AddRectFilled(
            ImVec2(x0 + 8 * s, y0 + 8 * s),
            ImVec2(x0 + 20 * s + ImGui::CalcTextSize(caption.c_str()).x, y0 + 30 * s),
            IM_COL32(0, 0, 0, 140), 4.0f);
        draw->AddText(ImVec2(x0 + 14 * s, y0 + 11 * s), IM_COL32(255, 255, 255, 235),
                      caption.c_str());
    }
    if (snapshot_ && snapshot_->stage != SimulationStage::Done &&
        snapshot_->stage != SimulationStage::Idle) {
        std::string busy;
        if (snapshot_->stage == SimulationStage::Failed) {
            busy = "Simulation failed: " + snapshot_->error;
        } else {
            char pct[16];
            std::snprintf(pct, sizeof pct, " %d %%", static_cast<int>(snapshot_->progress * 100));
            busy = std::string(toString(snapshot_->stage)) + pct;
        }
        draw->AddRectFilled(
            ImVec2(x0 + 8 * s, y0 + 34 * s),
            ImVec2(x0 + 8 * s + ImGui::CalcTextSize(busy.c_str()).x + 12 * s, y0 + 56 * s),
            snapshot_->stage == SimulationStage::Failed ? IM_COL32(140, 20, 20, 200)
                                                        : IM_COL32(0, 0, 0, 140),
            4.0f);
        draw->AddText(ImVec2(x0 + 14 * s, y0 + 37 * s), IM_COL32(255, 230, 160, 255), busy.c_str());
    }
    // Scar markers while a brush tool is chosen.
    if (tool_ != BrushTool::Navigate) {
        const auto& placed = document_.scenario().scars.placed;
        for (std::size_t i = 0; i < placed.size(); ++i) {
            const auto centre = projectPatchMm(placed[i].centerMm[0], placed[i].centerMm[1]);
            const auto rim = projectPatchMm(placed[i].centerMm[0] + 0.5 * placed[i].diameterMm,
                                            placed[i].centerMm[1]);
            if (!centre || !rim) {
                continue;
            }
            const float r = std::hypot((*rim)[0] - (*centre)[0], (*rim)[1] - (*centre)[1]);
            const bool active = dragging_ && *dragging_ == static_cast<int>(i);
            draw->AddCircle(ImVec2((*centre)[0], (*centre)[1]), r,
                            active ? IM_COL32(255, 220, 60, 255) : IM_COL32(90, 200, 255, 200), 32,
                            1.5f * s);
        }
    }
}

Status StudioApp::frame() {
    const auto now = std::chrono::steady_clock::now();
    const double dt = frames_ == 0 ? 0.0 : secondsBetween(lastFrame_, now);
    lastFrame_ = now;
    if (probe_) {
        runProbeCommands();
    }
    if (options_.frameDelayMs > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(options_.frameDelayMs));
    }
    if (idle_ && options_.screenshot.empty() && !imgui_->inputPending()) {
        glfwWaitEventsTimeout(0.5); // nothing moves: sleep until the user does something
    } else {
        glfwPollEvents();
    }
    int fbw = 0, fbh = 0;
    glfwGetFramebufferSize(window_, &fbw, &fbh);
    if (fbw == 0 || fbh == 0) {
        glfwWaitEventsTimeout(0.1); // minimised: nothing to draw
        return {};
    }
    const vk::Extent2D size(static_cast<std::uint32_t>(fbw), static_cast<std::uint32_t>(fbh));
    if (size != presenter_->extent()) {
        if (auto ok = presenter_->resize(size); !ok) {
            return ok;
        }
        imgui_->swapchainChanged(presenter_->imageCount());
        layout();
        renderer_->resize(viewRect_.extent.width, viewRect_.extent.height);
        ++sceneVersion_;
    }
    if (playing_) {
        const int end = timelineEndDay(document_.scenario());
        day_ += static_cast<float>(dt) * 30.0f; // a month a second
        if (day_ >= static_cast<float>(end)) {
            day_ = static_cast<float>(end);
            playing_ = false;
        }
    }

    imgui_->newFrame();
    drawPanels();
    handleViewInput();
    drawViewOverlay();
    submitIfChanged();
    if (auto saved =
            autosave_.saveIfDue(document_.scenario(), document_.revision(), openedFrom_, now);
        !saved) {
        setStatus("autosave failed: " + saved.error().message, true);
    }
    updateSurfaces();

    render::Scene scene;
    if (after_.gpu) {
        scene.after = after_.gpu.get();
        scene.before = before_.gpu ? before_.gpu.get() : after_.gpu.get();
    } else {
        scene.after = placeholder_.get();
        scene.before = placeholder_.get();
    }
    render::ViewSettings settings = settings_;
    if (settings.compare != render::Compare::None && (!before_.gpu || !after_.gpu)) {
        settings.compare = render::Compare::None;
    }
    if (settings.view == render::View::Face) {
        updateFace();
        updateSurround();
        scene.face = face_.get();
        scene.surround = surround_.get();
    }
    if (scene.face == nullptr) {
        settings.view = render::View::Patch;
    }
    settings.beforeLabel = "Day 0";
    settings.afterLabel = "Day " + std::to_string(shownDay_);
    settings.scaleBar = true;
    if (presenting_ && settings.compare == render::Compare::None && before_.gpu) {
        settings.compare = render::Compare::Side; // before and after, large
    }

    // Screenshot mode: once the simulation has settled and the result is on screen, count
    // frames, then capture the window as it is presented.
    Image8 captured;
    bool capture = false;
    if (!options_.screenshot.empty() && snapshot_ &&
        snapshot_->revision == document_.simulationRevision() &&
        (snapshot_->stage == SimulationStage::Done ||
         snapshot_->stage == SimulationStage::Failed) &&
        (snapshot_->stage == SimulationStage::Failed ||
         (after_.gpu && after_.revision == snapshot_->revision && dayExact_ &&
          (settings_.view != render::View::Face || (face_ && !pendingFace_ && !pendingSurround_)) &&
          (settings_.compare == render::Compare::None ||
           (before_.gpu && before_.revision == snapshot_->revision))))) {
        ++settledFrames_;
        capture = settledFrames_ >= options_.frames;
    }
    const bool probeCapture = !probeScreenshot_.empty();
    capture = capture || probeCapture;
    if (options_.turnLight) {
        settings_.lightAzimuthDeg = std::fmod(settings_.lightAzimuthDeg + 2.0f, 360.0f);
    }
    if (options_.orbit) {
        settings_.cameraYawDeg = std::fmod(settings_.cameraYawDeg + 1.0f, 360.0f);
    }
    const bool reuse = drawnSceneVersion_ == sceneVersion_ && drawnSettings_ == settings;
    auto shown = presenter_->present(
        *renderer_, scene, settings,
        [this](vk::CommandBuffer cmd, const render::PresentTarget& target) {
            imgui_->render(cmd, target);
        },
        {.viewport = viewRect_, .capture = capture ? &captured : nullptr, .reusePicture = reuse});
    if (!reuse) {
        drawnSceneVersion_ = sceneVersion_;
        drawnSettings_ = settings;
        ++pictures_;
    }
    const bool settled =
        snapshot_ && snapshot_->revision == submittedRevision_ &&
        (snapshot_->stage == SimulationStage::Done || snapshot_->stage == SimulationStage::Failed);
    idle_ = reuse && !playing_ && settled && dayExact_ && !pendingMaps_ && !pendingFace_ &&
            !pendingSurround_ && !document_.inStroke() && !ImGui::IsAnyMouseDown() &&
            autosave_.upToDate(document_.revision());
    if (!shown) {
        return shown.error();
    }
    if (*shown == render::PresentResult::OutOfDate || *shown == render::PresentResult::Suboptimal) {
        // Remade at the next frame from the framebuffer size.
        if (auto ok = presenter_->resize(presenter_->extent()); !ok) {
            return ok;
        }
        imgui_->swapchainChanged(presenter_->imageCount());
    }
    const auto end = std::chrono::steady_clock::now();
    if (frames_ == 0) {
        firstFrameSeconds_ = secondsBetween(started_, end);
    } else if (!reuse) {
        // Frames that drew a new 3D picture (the others only redrew the panels); the time from
        // the start of one frame to the next, so waiting for the display counts too.
        const double seconds = secondsBetween(now, end);
        FrameStats& stats = settled ? settledStats_ : busyStats_;
        ++stats.pictures;
        stats.seconds += seconds;
        stats.worst = std::max(stats.worst, seconds);
        stats.slow += seconds > 0.1 ? 1 : 0;
    }
    if (probe_) {
        probe_->frameDone(probeState());
    }
    ++frames_;
    if (probeCapture) {
        if (auto ok = writePng(probeScreenshot_, captured); !ok) {
            return ok;
        }
        lastScreenshot_ = probeScreenshot_.string();
        probeScreenshot_.clear();
    } else if (capture) {
        if (auto ok = writePng(options_.screenshot, captured); !ok) {
            return ok;
        }
        std::printf("Wrote %s: the studio window, %dx%d\n", options_.screenshot.string().c_str(),
                    captured.width, captured.height);
        quit_ = true;
    }
    return {};
}

Status StudioApp::run() {
    started_ = std::chrono::steady_clock::now();
    if (!glfwStarted()) {
        return Error::failure("could not start GLFW on this display (" + glfwLastError() + ")");
    }
    if (auto ok = openWindow(); !ok) {
        return ok;
    }
    while (!quit_ && glfwWindowShouldClose(window_) == GLFW_FALSE) {
        if (auto ok = frame(); !ok) {
            return ok;
        }
    }
    if (options_.printStats) {
        std::printf("Studio: %llu frames, %llu with a new 3D picture; first frame after %.2f s; "
                    "view %ux%u of a %ux%u window\n",
                    static_cast<unsigned long long>(frames_),
                    static_cast<unsigned long long>(pictures_), firstFrameSeconds_,
                    viewRect_.extent.width, viewRect_.extent.height, presenter_->extent().width,
                    presenter_->extent().height);
        for (const auto& [label, stats] :
             {std::pair<const char*, const FrameStats&>{"while the simulation ran", busyStats_},
              {"after it finished", settledStats_}}) {
            if (stats.pictures > 0) {
                std::printf("  %s: %d new pictures, %.1f ms each on average (%.1f fps), worst "
                            "%.1f ms, %d over 100 ms\n",
                            label, stats.pictures, 1000.0 * stats.seconds / stats.pictures,
                            stats.pictures / stats.seconds, 1000.0 * stats.worst, stats.slow);
            }
        }
    }
    // A normal close: the autosave has done its job, unless the offer to recover an older one
    // was never answered (a screenshot run): that one stays for the next session.
    if (!recovery_ && recoveryError_.empty()) {
        autosave_.discard();
    }
    closeWindow();
    return {};
}

Status runStudio(const StudioOptions& options) {
    // The simulation runs behind the window: its threads yield to the UI thread and to the
    // Vulkan driver's (a CPU driver renders on the same cores).
    setBackgroundPriority(10);
    const std::string name = options.scenario.empty() ? "moderate" : options.scenario;
    auto scenario = loadScenario(name);
    if (!scenario) {
        return scenario.error();
    }
    StudioApp app(options, std::move(scenario.value()), name);
    return app.run();
}

} // namespace skinsim::ui

#pragma once
// The studio's parts and its state between frames; Studio.cpp runs the window and the 3D view,
// Panels.cpp draws the ImGui panels. Private to engine/ui.

#include "gpu/Context.hpp"
#include "mesh/FaceSource.hpp"
#include "mesh/PatchPlacement.hpp"
#include "mesh/TriangleMesh.hpp"
#include "render/Camera.hpp"
#include "render/Renderer.hpp"
#include "render/SwapchainPresenter.hpp"
#include "ui/Autosave.hpp"
#include "ui/ImGuiLayer.hpp"
#include "ui/SimulationWorker.hpp"
#include "ui/Studio.hpp"
#include "ui/StudioDocument.hpp"
#include "ui/StudioProbe.hpp"

#include <chrono>
#include <deque>
#include <future>

struct GLFWwindow;

namespace skinsim::ui {

enum class BrushTool { Navigate, Place, Move, Delete };

/// A surface on the GPU and what it shows.
struct ShownSurface {
    std::uint64_t revision = 0;
    int day = -1;
    std::unique_ptr<render::GpuSurface> gpu;
};

class StudioApp {
  public:
    StudioApp(const StudioOptions& options, Scenario scenario, std::string openedFrom);
    ~StudioApp();
    Status run();

  private:
    // Studio.cpp
    Status openWindow();
    void closeWindow();
    Status frame();
    void layout();
    void handleViewInput();
    void submitIfChanged();
    void setPresenting(bool on);
    void stepObservedDay(int step);
    void updateSurfaces();
    /// The surface to show for `day`: cached, computed on demand, or (asked for meanwhile) the
    /// nearest cached day before it.
    std::shared_ptr<const DaySurface> surfaceOfDay(const SimulationSnapshot& s, int day);
    /// The view shows the previous revision's picture of the day on the timeline (an edit is
    /// being simulated).
    bool showingPreviousPlan() const;
    void retire(std::unique_ptr<render::GpuSurface> surface);
    void updateFace();
    /// The skin around the patch on the face, made again on another thread when its patient or
    /// patch changes (the old one, or none, is drawn meanwhile).
    void updateSurround();
    void movePatchOnFace(float x, float y);
    /// The camera of the 3D view as drawn now (render's maths; the pan and the face pick use it).
    render::CameraPose viewPose() const;
    std::optional<std::array<double, 2>> pickPatchMm(float x, float y) const;
    std::optional<std::array<float, 2>> projectPatchMm(double xMm, double yMm) const;
    void drawViewOverlay();
    Status takeScreenshot(const std::filesystem::path& path);
    Status exportPicture(const std::filesystem::path& path);
    Status exportHeightMaps(const std::filesystem::path& dir);
    Status exportScenario(const std::filesystem::path& path);
    void openScenario(const std::string& fileOrPreset);
    void setStatus(const std::string& message, bool error = false);
    Json probeState() const;
    void runProbeCommands();

    // Panels.cpp
    void drawPanels();
    void patientPanel();
    void scarsPanel();
    void planPanel();
    void sessionSettings(std::size_t i, const PlanEntry& entry, const Modality* modality);
    void addSessionControls(const Scenario& s);
    void timelineBar();
    void viewPanel();
    void outcomePanel();
    void exportPanel();
    void recoveryDialog();
    void statusLine();
    void statusBeside();
    void presentationStrip();
    void editScenario(const std::string& label, const std::function<Status(Scenario&)>& change);

    StudioOptions options_;
    StudioDocument document_;
    std::string openedFrom_;
    Autosave autosave_;
    std::optional<Recovery> recovery_;
    std::string recoveryError_;

    GLFWwindow* window_ = nullptr;
    std::unique_ptr<gpu::Context> context_;
    std::unique_ptr<render::SwapchainPresenter> presenter_;
    std::unique_ptr<render::Renderer> renderer_;
    std::unique_ptr<ImGuiLayer> imgui_;
    SimulationWorker worker_;
    std::shared_ptr<const SimulationSnapshot> snapshot_;
    /// The last finished simulation (its band is drawn greyed while an edit is simulated).
    std::shared_ptr<const SimulationSnapshot> lastDone_;
    std::uint64_t submittedRevision_ = 0;

    // The 3D view: where it is in the window (pixels) and what it shows.
    vk::Rect2D viewRect_{};
    float contentScale_ = 1.0f;
    render::ViewSettings settings_;
    ShownSurface before_, after_;
    /// Maps of the next surface to show, being built on another thread.
    struct PendingMaps {
        std::uint64_t revision = 0;
        int day = 0;
        bool before = false; ///< for the comparison's day 0, else the day shown
        std::future<Result<render::SurfaceMaps>> maps;
    };
    std::optional<PendingMaps> pendingMaps_;
    std::unique_ptr<render::GpuSurface> placeholder_;
    std::deque<std::pair<std::uint64_t, std::unique_ptr<render::GpuSurface>>> retired_;
    std::shared_ptr<const mesh::TriangleMesh> faceMesh_;
    /// The default head being built on another thread, and for what.
    struct PendingFace {
        Sex sex = Sex::Female;
        float cellMm = 0;
        Region region = Region::Cheek;
        std::optional<std::array<double, 2>> aim;
        std::future<Result<mesh::PlacedFace>> placed;
    };
    std::optional<PendingFace> pendingFace_;
    std::unique_ptr<render::GpuFace> face_;
    Sex faceSex_ = Sex::Female;
    float faceCellMm_ = 0.0f; ///< the default head's level of detail on the GPU
    /// Where the patch on face_ was placed for (region, aim).
    Region faceRegion_ = Region::Cheek;
    std::optional<std::array<double, 2>> faceAim_;
    /// The skin around the patch on the face, and what it was made for (its patient and patch).
    std::unique_ptr<render::GpuSurface> surround_;
    std::string surroundKey_;
    /// The surround tile being made on another thread, and for what (surroundKey_'s form).
    struct PendingSurround {
        std::string key;
        std::future<render::SkinSurface> tile;
    };
    std::optional<PendingSurround> pendingSurround_;

    /// Presentation mode (P): no editing panels, before and after large, the day, the range in
    /// words, a scale bar and the stamp.
    bool presenting_ = false;

    // Timeline.
    float day_ = 0;
    bool playing_ = false;
    int shownDay_ = 0;     ///< the day whose surface is on screen (may lag day_)
    bool dayExact_ = true; ///< false while an on-demand day is being computed

    /// What the panels remember between frames (choices not yet applied to the scenario).
    struct PanelState {
        ScarType newGroupType = ScarType::Boxcar; ///< Scars: the type "Add group" adds
        int modalityIndex = 0;                    ///< Plan: the catalogue entry to add
        int courseSessions = 3;                   ///< Plan: sessions in "Add course"
    };
    PanelState panels_;

    // Brush.
    BrushTool tool_ = BrushTool::Navigate;
    ExplicitScar brushScar_{};
    std::optional<int> dragging_;
    bool draggingDivider_ = false;
    int settledFrames_ = 0; ///< screenshot mode: frames drawn since the simulation settled

    // Export and open.
    std::string openPath_;
    std::string exportDir_; ///< set at start: an absolute folder (StudioApp's constructor)
    std::string status_;
    bool statusIsError_ = false;
    std::chrono::steady_clock::time_point statusTime_{};
    std::array<float, 2> statusAnchor_{0, 0}; ///< where the message is shown (window pixels)

    // Automated tests (StudioProbe.hpp).
    std::unique_ptr<StudioProbe> probe_;
    std::filesystem::path probeScreenshot_; ///< to capture at the next frame
    std::string lastScreenshot_;

    // Statistics.
    std::uint64_t frames_ = 0;
    std::chrono::steady_clock::time_point started_{};
    double firstFrameSeconds_ = 0;
    struct FrameStats {
        int pictures = 0;
        double seconds = 0;
        double worst = 0;
        int slow = 0; ///< frames over 100 ms
    };
    FrameStats busyStats_, settledStats_;
    std::chrono::steady_clock::time_point lastFrame_{};
    bool quit_ = false;

    // Redrawing: the 3D picture is recorded again only when what it shows changed.
    std::uint64_t sceneVersion_ = 0; ///< bumps when a surface or the face is uploaded
    std::uint64_t drawnSceneVersion_ = ~0ULL;
    render::ViewSettings drawnSettings_{};
    bool idle_ = false;          ///< nothing moving: the next frame waits for input (or 0.5 s)
    std::uint64_t pictures_ = 0; ///< frames whose 3D picture was recorded anew
};

} // namespace skinsim::ui

#pragma once
// The studio's simulation, off the UI thread (DESIGN.md section 8). The UI submits the scenario
// whenever it changes and reads the latest results without ever waiting: results are immutable
// snapshots handed over under a short lock, so a frame only copies a pointer.
//
// A submitted scenario goes through three stages, each published as soon as it is done:
//   1. the skin is generated and the course prepared (the "before" picture appears);
//   2. the median patient runs the course, and its surface is kept at the cached days: every
//      observed day, every session day, 3 and 10 days after each session (redness, crusts) and
//      every 4 weeks, at most kMaxCachedDays of them (scrubbing between them is instant);
//   3. the Monte-Carlo outcome (the p10-p90 bands) over the scenario's draws.
// A newer submission abandons the running one within one Monte-Carlo draw. An edit that leaves
// the skin's inputs alone (the plan, the observed days, the draws) reuses the generated skin of
// the submission before it: stage 1 then only prepares the new course. The studio's course runs
// to the timeline's end (timelineEndDay), even past the last observed day.
// Days between the cached ones are computed on demand (requestDay) on a second thread, which
// re-runs the median patient to that day; the last kOnDemandDays of them are kept.

#include "sim/Outcome.hpp"
#include "sim/OutcomeJson.hpp"
#include "sim/Pipeline.hpp"
#include "sim/Scenario.hpp"
#include "sim/SimulationFiles.hpp"

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace skinsim::ui {

inline constexpr std::size_t kMaxCachedDays = 24;
inline constexpr std::size_t kOnDemandDays = 6;

/// Which days stage 2 keeps for `scenario` (sorted, at most kMaxCachedDays: observed days and
/// session days first, then the days after sessions, then the monthly ones).
std::vector<int> cachedDays(const Scenario& scenario);
/// The last day the studio's timeline shows: the last observed day, or a year after the last
/// session when that is later (remodelling goes on for months after the last session).
int timelineEndDay(const Scenario& scenario);

enum class SimulationStage { Idle, Generating, Median, Outcome, Done, Failed };
std::string_view toString(SimulationStage stage);

/// What the skin generator reads of a scenario (patch, patient, scars, seed; not the place on the
/// face, the plan, the observed days or the draws): equal keys, equal skin.
std::string skinKey(const Scenario& scenario);
/// The scenario the studio simulates for `scenario`: its observed days, plus the timeline's end
/// when that is later, so the bands cover every day the timeline can show.
Scenario studioScenario(const Scenario& scenario);

/// What the simulation has produced for one revision of the scenario so far.
struct SimulationSnapshot {
    std::uint64_t revision = 0;
    SimulationStage stage = SimulationStage::Idle;
    double progress = 0; ///< of the current stage, 0..1
    std::string error;   ///< when Failed: what went wrong (a bad scar, for instance)
    /// From stage 1: the patch, its scars and resting blood (the renderer's blood field).
    PatchSpec patch;
    std::vector<Scar> scars;
    std::shared_ptr<const FieldF> blood;
    /// From stage 2: the median patient's surfaces by day, and its measures at every step day.
    std::map<int, std::shared_ptr<const DaySurface>> days;
    std::vector<MedianStepRow> medianSteps;
    /// From stage 3.
    std::shared_ptr<const Outcome> outcome;
    /// Seconds each stage took (0 until done).
    double generateSeconds = 0, medianSeconds = 0, outcomeSeconds = 0;
    /// Whether stage 1 reused the skin of the previous submission, and how many skins the
    /// worker has generated so far (the studio's tests check a plan edit generates none).
    bool skinReused = false;
    int skinGenerations = 0;
};

class SimulationWorker {
  public:
    SimulationWorker();
    /// Abandons the running work and joins both threads.
    ~SimulationWorker();
    SimulationWorker(const SimulationWorker&) = delete;
    SimulationWorker& operator=(const SimulationWorker&) = delete;

    /// Starts simulating `scenario` (a validated one) for `revision`, abandoning older work.
    void submit(const Scenario& scenario, std::uint64_t revision);
    /// Asks for the median patient's surface on `day` of the latest revision, unless it is cached.
    void requestDay(int day);

    /// The latest snapshot (never null; Idle before the first submission).
    std::shared_ptr<const SimulationSnapshot> latest() const;
    /// A day computed on demand for `revision`, if it is ready.
    std::shared_ptr<const DaySurface> onDemand(std::uint64_t revision, int day) const;

    /// Blocks until the latest submission is Done or Failed (tests and the screenshot mode).
    void waitUntilSettled(std::optional<SimulationStage> stage = std::nullopt) const;

  private:
    void mainLoop();
    void dayLoop();
    void runJob(const Scenario& scenario, std::uint64_t revision);
    void publish(std::shared_ptr<SimulationSnapshot> snapshot);
    bool superseded(std::uint64_t revision) const { return wanted_.load() != revision; }

    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::atomic<std::uint64_t> wanted_{0};
    std::optional<std::pair<Scenario, std::uint64_t>> job_;
    std::shared_ptr<const SimulationSnapshot> latest_;
    // The prepared simulation of the latest revision, for on-demand days.
    std::shared_ptr<const PreparedSimulation> prepared_;
    std::shared_ptr<const Scenario> preparedScenario_;
    std::uint64_t preparedRevision_ = 0;
    std::optional<int> dayRequest_;
    // The last generated skin and its key (only the main loop touches these).
    std::shared_ptr<const PreparedSimulation> lastSkin_;
    std::string lastSkinKey_;
    int skinGenerations_ = 0;
    std::map<std::pair<std::uint64_t, int>, std::shared_ptr<const DaySurface>> onDemand_;
    std::vector<std::pair<std::uint64_t, int>> onDemandOrder_;
    bool stopping_ = false;
    std::thread main_;
    std::thread days_;
};

} // namespace skinsim::ui

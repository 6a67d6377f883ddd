#include "ui/SimulationWorker.hpp"

#include "analysis/Roughness.hpp"
#include "core/Parallel.hpp"
#include "sim/Course.hpp"
#include "sim/Measure.hpp"
#include "sim/Simulator.hpp"
#include "tissue/Surface.hpp"

#include <algorithm>
#include <chrono>
#include <set>

namespace skinsim::ui {

namespace {

/// Thrown from the simulator's observer when a newer scenario arrived (caught in this file).
struct Abandoned {};

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::shared_ptr<DaySurface> surfaceOn(const PreparedSimulation& prepared, const StepView& v) {
    return std::make_shared<DaySurface>(daySurface(prepared.baseline, v));
}

} // namespace

std::vector<int> cachedDays(const Scenario& scenario) {
    const int end = timelineEndDay(scenario);
    std::set<int> first(scenario.observeDays.begin(), scenario.observeDays.end());
    first.insert(0);
    std::set<int> after, monthly;
    for (const PlanEntry& e : scenario.plan) {
        first.insert(e.day);
        after.insert(e.day + 3);
        after.insert(e.day + 10);
    }
    for (int d = 28; d <= end; d += 28) {
        monthly.insert(d);
    }
    std::vector<int> days;
    for (const std::set<int>* group : {&first, &after, &monthly}) {
        for (const int d : *group) {
            if (days.size() >= kMaxCachedDays) {
                break;
            }
            if (d <= kMaxScenarioDay && std::find(days.begin(), days.end(), d) == days.end()) {
                days.push_back(d);
            }
        }
    }
    std::sort(days.begin(), days.end());
    return days;
}

std::string skinKey(const Scenario& scenario) {
    Json key = scenarioToJson(scenario);
    key.erase("name");
    key.erase("description");
    key.erase("plan");
    key.erase("observe_days");
    key.erase("draws");
    key["patch"].erase("on_face_deg");
    return key.dump();
}

Scenario studioScenario(const Scenario& scenario) {
    Scenario simulated = scenario;
    const int end = timelineEndDay(scenario);
    if (simulated.observeDays.empty() || simulated.observeDays.back() < end) {
        simulated.observeDays.push_back(end);
    }
    return simulated;
}

int timelineEndDay(const Scenario& scenario) {
    int end = scenario.observeDays.empty() ? 365 : scenario.observeDays.back();
    if (!scenario.plan.empty()) {
        end = std::max(end, scenario.plan.back().day + 365);
    }
    return std::clamp(end, 30, kMaxScenarioDay);
}

std::string_view toString(SimulationStage stage) {
    switch (stage) {
    case SimulationStage::Idle:
        return "idle";
    case SimulationStage::Generating:
        return "generating the skin";
    case SimulationStage::Median:
        return "running the median patient";
    case SimulationStage::Outcome:
        return "simulating the range of responses";
    case SimulationStage::Done:
        return "done";
    case SimulationStage::Failed:
        return "failed";
    }
    return "?";
}

SimulationWorker::SimulationWorker()
    : latest_(std::make_shared<SimulationSnapshot>()), main_([this] { mainLoop(); }),
      days_([this] { dayLoop(); }) {}

SimulationWorker::~SimulationWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        wanted_ = 0;
    }
    changed_.notify_all();
    main_.join();
    days_.join();
}

void SimulationWorker::submit(const Scenario& scenario, std::uint64_t revision) {
    {
        std::lock_guard lock(mutex_);
        job_ = std::make_pair(scenario, revision);
        wanted_ = revision;
        dayRequest_.reset();
    }
    changed_.notify_all();
}

void SimulationWorker::requestDay(int day) {
    {
        std::lock_guard lock(mutex_);
        const std::uint64_t revision = wanted_.load();
        if (latest_->revision == revision && latest_->days.count(day) != 0) {
            return;
        }
        if (onDemand_.count({revision, day}) != 0 || dayRequest_ == day) {
            return;
        }
        dayRequest_ = day;
    }
    changed_.notify_all();
}

std::shared_ptr<const SimulationSnapshot> SimulationWorker::latest() const {
    std::lock_guard lock(mutex_);
    return latest_;
}

std::shared_ptr<const DaySurface> SimulationWorker::onDemand(std::uint64_t revision,
                                                             int day) const {
    std::lock_guard lock(mutex_);
    const auto it = onDemand_.find({revision, day});
    return it == onDemand_.end() ? nullptr : it->second;
}

void SimulationWorker::waitUntilSettled(std::optional<SimulationStage> stage) const {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] {
        if (stopping_) {
            return true;
        }
        const bool current = latest_->revision == wanted_.load() && !job_;
        const SimulationStage s = latest_->stage;
        if (s == SimulationStage::Failed) {
            return current;
        }
        if (stage) {
            return current && s >= *stage && s != SimulationStage::Idle;
        }
        return current && s == SimulationStage::Done;
    });
}

void SimulationWorker::publish(std::shared_ptr<SimulationSnapshot> snapshot) {
    {
        std::lock_guard lock(mutex_);
        if (snapshot->revision != wanted_.load()) {
            return; // superseded: the UI never sees an older scenario's results again
        }
        latest_ = std::move(snapshot);
    }
    changed_.notify_all();
}

void SimulationWorker::mainLoop() {
    applyBackgroundPriority();
    for (;;) {
        std::pair<Scenario, std::uint64_t> job;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stopping_ || job_.has_value(); });
            if (stopping_) {
                return;
            }
            job = std::move(*job_);
            job_.reset();
        }
        try {
            runJob(job.first, job.second);
        } catch (const Abandoned&) {
            // a newer scenario is waiting
        } catch (const std::exception& e) {
            auto failed = std::make_shared<SimulationSnapshot>();
            failed->revision = job.second;
            failed->stage = SimulationStage::Failed;
            failed->error = e.what();
            publish(failed);
        }
    }
}

void SimulationWorker::runJob(const Scenario& edited, std::uint64_t revision) {
    const Scenario scenario = studioScenario(edited);
    auto snapshot = std::make_shared<SimulationSnapshot>();
    snapshot->revision = revision;
    snapshot->stage = SimulationStage::Generating;
    snapshot->skinGenerations = skinGenerations_;
    publish(std::make_shared<SimulationSnapshot>(*snapshot));

    auto start = std::chrono::steady_clock::now();
    const std::string key = skinKey(scenario);
    Result<PreparedSimulation> prepared = Error::failure("not prepared");
    if (lastSkin_ && key == lastSkinKey_) {
        // The same skin: only the course is prepared again (a plan edit takes milliseconds
        // here instead of the seconds generating a 600² patch takes).
        PreparedSimulation reused;
        reused.patch = lastSkin_->patch;
        reused.baseline = lastSkin_->baseline;
        auto course = prepareCourse(scenario, reused.baseline);
        if (course) {
            reused.course = std::move(*course);
            prepared = std::move(reused);
        } else {
            prepared = course.error();
        }
        snapshot->skinReused = true;
    } else {
        GenerateOptions options;
        double lastShown = 0;
        options.progress = [&](std::string_view, double fraction) {
            if (superseded(revision)) {
                throw Abandoned{};
            }
            if (fraction - lastShown >= 0.05) {
                lastShown = fraction;
                snapshot->progress = fraction;
                publish(std::make_shared<SimulationSnapshot>(*snapshot));
            }
        };
        prepared = prepareSimulation(scenario, options);
        if (prepared) {
            snapshot->skinGenerations = ++skinGenerations_;
        }
    }
    if (!prepared) {
        snapshot->stage = SimulationStage::Failed;
        snapshot->error = prepared.error().message;
        publish(snapshot);
        return;
    }
    auto shared = std::make_shared<const PreparedSimulation>(std::move(prepared.value()));
    lastSkin_ = shared;
    lastSkinKey_ = key;
    auto sharedScenario = std::make_shared<const Scenario>(scenario);
    {
        std::lock_guard lock(mutex_);
        prepared_ = shared;
        preparedScenario_ = sharedScenario;
        preparedRevision_ = revision;
    }
    snapshot->generateSeconds = secondsSince(start);
    snapshot->patch = shared->patch.patch;
    snapshot->scars = shared->patch.scars;
    snapshot->blood = std::make_shared<const FieldF>(shared->patch.blood);
    snapshot->stage = SimulationStage::Median;
    snapshot->progress = 0;
    publish(std::make_shared<SimulationSnapshot>(*snapshot));

    // Stage 2: the median patient, its surfaces at the cached days and its measures at every
    // step day (the curve the Outcome panel shows until the bands arrive).
    start = std::chrono::steady_clock::now();
    const std::vector<int> keep = cachedDays(scenario);
    std::vector<int> observe = keep;
    observe.insert(observe.end(), shared->course.stepDays.begin(), shared->course.stepDays.end());
    std::sort(observe.begin(), observe.end());
    observe.erase(std::unique(observe.begin(), observe.end()), observe.end());
    const Simulator simulator(shared->baseline, shared->course, sharedScenario->patient,
                              sharedScenario->seed);
    std::optional<PatchMeasure> day0;
    simulator.run(-1, observe, [&](const StepView& v) {
        if (superseded(revision)) {
            throw Abandoned{};
        }
        const PatchMeasure m = measurePatch(shared->baseline, v.state, v.sag);
        if (!day0) {
            day0 = m;
        }
        const MedianStepRow row = medianStepRow(v.day, m, *day0, v.state.pih);
        snapshot->medianSteps.push_back(row);
        if (std::binary_search(keep.begin(), keep.end(), v.day)) {
            snapshot->days[v.day] = surfaceOn(*shared, v);
            snapshot->progress = static_cast<double>(snapshot->days.size()) / keep.size();
            publish(std::make_shared<SimulationSnapshot>(*snapshot));
        }
    });
    snapshot->medianSeconds = secondsSince(start);

    // Stage 3: the range over the patient draws.
    start = std::chrono::steady_clock::now();
    snapshot->stage = SimulationStage::Outcome;
    snapshot->progress = 0;
    publish(std::make_shared<SimulationSnapshot>(*snapshot));
    std::mutex progressMutex;
    auto outcome = std::make_shared<Outcome>(simulateOutcome(
        *shared, scenario,
        [&](int done, int total) {
            std::lock_guard lock(progressMutex);
            snapshot->progress = static_cast<double>(done) / total;
            publish(std::make_shared<SimulationSnapshot>(*snapshot));
        },
        [&] { return superseded(revision); }));
    if (outcome->draws == 0) {
        return; // abandoned
    }
    for (DayOutcome& d : outcome->days) {
        if (const auto it = snapshot->days.find(d.day); it != snapshot->days.end()) {
            d.roughness = roughness(it->second->heightUm);
        }
    }
    snapshot->outcome = std::move(outcome);
    snapshot->outcomeSeconds = secondsSince(start);
    snapshot->stage = SimulationStage::Done;
    snapshot->progress = 1;
    publish(snapshot);
}

void SimulationWorker::dayLoop() {
    applyBackgroundPriority();
    for (;;) {
        int day = 0;
        std::shared_ptr<const PreparedSimulation> prepared;
        std::shared_ptr<const Scenario> scenario;
        std::uint64_t revision = 0;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] {
                return stopping_ ||
                       (dayRequest_ && prepared_ && preparedRevision_ == wanted_.load());
            });
            if (stopping_) {
                return;
            }
            day = *dayRequest_;
            dayRequest_.reset();
            prepared = prepared_;
            scenario = preparedScenario_;
            revision = preparedRevision_;
        }
        std::shared_ptr<DaySurface> surface;
        try {
            const Simulator simulator(prepared->baseline, prepared->course, scenario->patient,
                                      scenario->seed);
            simulator.run(-1, {day}, [&](const StepView& v) {
                if (superseded(revision)) {
                    throw Abandoned{};
                }
                surface = surfaceOn(*prepared, v);
            });
        } catch (const Abandoned&) {
            continue;
        }
        {
            std::lock_guard lock(mutex_);
            const auto key = std::make_pair(revision, day);
            onDemand_[key] = std::move(surface);
            onDemandOrder_.push_back(key);
            while (onDemandOrder_.size() > kOnDemandDays ||
                   (!onDemandOrder_.empty() && onDemandOrder_.front().first != wanted_.load())) {
                onDemand_.erase(onDemandOrder_.front());
                onDemandOrder_.erase(onDemandOrder_.begin());
            }
        }
        changed_.notify_all();
    }
}

} // namespace skinsim::ui

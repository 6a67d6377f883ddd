#include "ui/StudioDocument.hpp"

namespace skinsim::ui {

namespace {
/// Whether the simulation of `a` and `b` is the same: their files differ at most in where the
/// patch sits on the face.
bool sameSimulation(const Scenario& a, const Scenario& b) {
    if (a.patch.onFaceDeg == b.patch.onFaceDeg) {
        return scenarioToJson(a) == scenarioToJson(b);
    }
    Scenario aligned = b;
    aligned.patch.onFaceDeg = a.patch.onFaceDeg;
    return scenarioToJson(a) == scenarioToJson(aligned);
}
} // namespace

StudioDocument::StudioDocument(Scenario scenario) : scenario_(std::move(scenario)) {}

void StudioDocument::become(Scenario next) {
    if (!sameSimulation(scenario_, next)) {
        ++simulationRevision_;
    }
    scenario_ = std::move(next);
    ++revision_;
}

void StudioDocument::pushUndo(Step step) {
    undo_.push_back(std::move(step));
    while (undo_.size() > kUndoDepth) {
        undo_.pop_front();
    }
    redo_.clear();
}

Status StudioDocument::edit(const std::string& label,
                            const std::function<Status(Scenario&)>& change) {
    Scenario next = scenario_;
    if (auto ok = change(next); !ok) {
        return ok;
    }
    if (stroke_) {
        strokeChanged_ = true;
    } else {
        pushUndo({label, scenario_});
    }
    become(std::move(next));
    return {};
}

void StudioDocument::replace(const std::string& label, Scenario scenario) {
    endStroke();
    pushUndo({label, scenario_});
    become(std::move(scenario));
}

void StudioDocument::beginStroke(const std::string& label) {
    endStroke();
    stroke_ = Step{label, scenario_};
    strokeChanged_ = false;
}

void StudioDocument::endStroke() {
    if (!stroke_) {
        return;
    }
    if (strokeChanged_) {
        pushUndo(std::move(*stroke_));
    }
    stroke_.reset();
    strokeChanged_ = false;
}

bool StudioDocument::undo() {
    endStroke();
    if (undo_.empty()) {
        return false;
    }
    Step step = std::move(undo_.back());
    undo_.pop_back();
    redo_.push_back({step.label, scenario_});
    become(std::move(step.scenario));
    return true;
}

bool StudioDocument::redo() {
    endStroke();
    if (redo_.empty()) {
        return false;
    }
    Step step = std::move(redo_.back());
    redo_.pop_back();
    undo_.push_back({step.label, scenario_});
    become(std::move(step.scenario));
    return true;
}

} // namespace skinsim::ui

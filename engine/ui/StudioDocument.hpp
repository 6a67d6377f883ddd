#pragma once
// The scenario the studio is editing, with its undo history (DESIGN.md section 8). Every change
// goes through edit(): it works on a copy, so an edit that fails leaves the scenario untouched,
// and a successful one is one step to undo. A stroke (a slider being dragged, the brush moving a
// scar) gathers all its edits into one step, as a painting program's stroke does.

#include "core/Result.hpp"
#include "sim/Scenario.hpp"

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>

namespace skinsim::ui {

class StudioDocument {
  public:
    /// Steps kept for undo; the oldest are forgotten beyond this.
    static constexpr std::size_t kUndoDepth = 200;

    explicit StudioDocument(Scenario scenario);

    const Scenario& scenario() const { return scenario_; }
    /// Bumps with every change, undo and redo included: what the autosave keys on.
    std::uint64_t revision() const { return revision_; }
    /// Bumps with every change the simulation sees: not with where the patch sits on the face
    /// (PatchSpec::onFaceDeg), which only the pictures use. What the simulation keys its results
    /// on.
    std::uint64_t simulationRevision() const { return simulationRevision_; }

    /// Applies `change` to a copy of the scenario; on success the copy becomes the scenario (one
    /// undo step named `label`, or part of the open stroke), on failure nothing changes and the
    /// error is returned.
    Status edit(const std::string& label, const std::function<Status(Scenario&)>& change);
    /// Replaces the whole scenario (opening a file, a preset, a recovered autosave): undoable.
    void replace(const std::string& label, Scenario scenario);

    /// Opens a stroke: the edits until endStroke() undo as one step.
    void beginStroke(const std::string& label);
    void endStroke();
    bool inStroke() const { return stroke_.has_value(); }

    bool canUndo() const { return !undo_.empty(); }
    bool canRedo() const { return !redo_.empty(); }
    /// The name of the step undo() / redo() would take back or make again ("" if none).
    std::string undoLabel() const { return undo_.empty() ? "" : undo_.back().label; }
    std::string redoLabel() const { return redo_.empty() ? "" : redo_.back().label; }
    bool undo();
    bool redo();

    /// Whether there are changes since markSaved() (or since the start).
    bool modified() const { return revision_ != savedRevision_; }
    void markSaved() { savedRevision_ = revision_; }

  private:
    struct Step {
        std::string label;
        Scenario scenario; ///< the scenario before the step (undo) or after it (redo)
    };
    void pushUndo(Step step);
    /// Makes `next` the scenario and bumps the revisions it changes.
    void become(Scenario next);

    Scenario scenario_;
    std::uint64_t revision_ = 1;
    std::uint64_t simulationRevision_ = 1;
    std::uint64_t savedRevision_ = 1;
    std::deque<Step> undo_;
    std::deque<Step> redo_;
    std::optional<Step> stroke_; ///< the scenario when the open stroke began
    bool strokeChanged_ = false;
};

} // namespace skinsim::ui

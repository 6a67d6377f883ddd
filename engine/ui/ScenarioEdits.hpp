#pragma once
// The edits the studio makes to a scenario (DESIGN.md section 8): sessions of the plan and single
// scars placed, moved or deleted with the brush. Plain functions on a Scenario, without a window,
// so every rule is tested on its own (tests/unit/ui). An edit that would break a rule the scenario
// loader enforces returns badInput with the reason and leaves the scenario as it was.

#include "sim/Scenario.hpp"
#include "skin/SkinPatch.hpp"
#include "treatment/ModalityCatalog.hpp"

#include <optional>
#include <span>

namespace skinsim::ui {

/// A session of `modality` on `day` with the catalogue's default parameters and target.
PlanEntry defaultSession(const Modality& modality, int day);

/// `sessions` sessions of `modality`, the first on `firstDay`, then every `intervalDays` of the
/// catalogue (the published protocol's spacing, e.g. fractional CO2 every 6 weeks).
std::vector<PlanEntry> defaultCourse(const Modality& modality, int sessions, int firstDay);

/// Inserts `entry` after every session on or before its day (the plan stays in day order);
/// returns its index.
int addSession(Scenario& scenario, PlanEntry entry);
/// Removes the session at `index` (ignored when out of range).
void removeSession(Scenario& scenario, int index);
/// Moves the session at `index` one place earlier (delta -1) or later (+1): the two sessions
/// trade places and each takes the other's day, so the plan stays in day order. False at the ends.
bool moveSession(Scenario& scenario, int index, int delta);
/// Sets a session's day (0..kMaxScenarioDay) and re-sorts the plan; returns the new index.
int setSessionDay(Scenario& scenario, int index, int day);

/// Turns every scar of a generated patch into an explicit scar (same type, place, size, depth,
/// in id order), so single scars can be moved or deleted. Random groups and the Goodman-Baron
/// preset are cleared; plan targets naming ids keep naming the same scars.
void freezeScars(Scenario& scenario, std::span<const Scar> generated);

/// Whether `scar` fits on the patch: centre inside, not overlapping another explicit scar
/// (unless allow_overlap). `ignore` skips one explicit scar (the one being moved).
Status checkScarFits(const Scenario& scenario, const ExplicitScar& scar,
                     std::optional<int> ignore = std::nullopt);

/// Adds a scar placed with the brush (after the other explicit scars); returns its index.
/// Only for scenarios whose scars are all explicit (freezeScars first).
Result<int> placeScar(Scenario& scenario, const ExplicitScar& scar);
/// Moves explicit scar `index` so its centre is at `centerMm`.
Status moveScar(Scenario& scenario, int index, std::array<double, 2> centerMm);
/// Deletes explicit scar `index`; plan targets naming it lose it (a session left with no scars
/// then targets all), later ids shift down by one.
Status deleteScar(Scenario& scenario, int index);
/// The explicit scar under `pointMm` (within its radius, plus `slackMm`), nearest centre first.
std::optional<int> scarAt(const Scenario& scenario, std::array<double, 2> pointMm,
                          double slackMm = 0.5);

/// Whether the scenario as edited passes the loader's checks: writes it to JSON and reads it
/// back, so the studio and the file format can never disagree. The error names the JSON path.
Status validateEdited(const Scenario& scenario);

} // namespace skinsim::ui

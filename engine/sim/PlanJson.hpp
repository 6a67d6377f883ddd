#pragma once
// The "plan" of a scenario file: sessions, each a modality from the catalogue
// (treatment/ModalityCatalog.hpp) with its device parameters and the scars it targets.

#include "core/Json.hpp"
#include "sim/JsonReader.hpp"
#include "sim/Scenario.hpp"

#include <vector>

namespace skinsim {

/// Reads and validates the plan array: known treatments, parameters within the device ranges
/// (absent ones take the catalogue's defaults), targets naming existing scars (ids below
/// `listedScars`), sessions in day order. Throws JsonInputError.
std::vector<PlanEntry> readPlan(const JsonReader& plan, int listedScars);

/// One plan entry as JSON, with every parameter written out.
Json planEntryToJson(const PlanEntry& entry);

} // namespace skinsim

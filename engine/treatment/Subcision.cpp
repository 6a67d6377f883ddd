// Subcision: a needle cuts the fibrous bands that tether a scar to the deep plane (rolling scars
// by default). The release lifts the scar at once; the wound in the subcised plane lays down new
// connective tissue (Orentreich 1995); without follow-up, tethers partly re-form (Aalami Harandi
// 2011: "high recurrence rate"). A fibrotic, epithelialised tract (icepick) is not lifted.

#include "tissue/ModelParameters.hpp"
#include "treatment/Modalities.hpp"
#include "treatment/SessionEffects.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

namespace {
/// Collagen drive of the subcision wound relative to the reference CO2 session. Calibrated:
/// subcision + CO2 ~55 % vs CO2 alone ~43 % (Adv Biomed Res; target combination).
constexpr double kPlaneStimulus = 0.5;
/// Share of that drive under untethered scar bases (boxcar): subcision helps rolling most, boxcar
/// some, icepick not at all (Lasers Med Sci 2023; Bhargava 2019; target subcision-by-type).
constexpr double kBaseShare = 0.35;
constexpr double kFibrosisRelease = 0.6;
} // namespace

std::string_view Subcision::key() const {
    return "subcision";
}

SessionSettings Subcision::readSettings(const SettingsReader& reader) const {
    return SubcisionSettings{.suction = reader.yesNo("suction")};
}

void Subcision::apply(TissueState& state, const SessionContext& c) const {
    // Suction after subcision holds the release: 60-90 % vs 30-60 % improvement when suction was
    // late or infrequent (Aalami Harandi 2011).
    const double permanent =
        std::get<SubcisionSettings>(c.settings).suction ? 0.75 : model::kSubcisionPermanentFraction;
    effects::forTargetCells(c, [&](std::size_t k) {
        const float cut = static_cast<float>(model::kSubcisionCut);
        if (state.tether[k] > 0) {
            state.tether[k] *= 1.0f - cut;
            state.tetherMemory[k] *= static_cast<float>(1.0 - model::kSubcisionCut * permanent);
            state.tetherChanged = true;
        }
        // New connective tissue forms in the subcised plane under tethered dermis (fully) and
        // under fibrotic bases (partly); an epithelialised tract through the dermis (the deep
        // part of an icepick) has nothing beneath it to rebuild.
        const double tethered = std::min(1.0, c.baseline.tether0[k] / 0.05);
        const double tract =
            std::clamp((state.deficit[k] / c.baseline.dermisUm - 0.5) / 0.4, 0.0, 1.0);
        const double plane = std::max(tethered, kBaseShare * (1.0 - tract));
        state.stimulus[k] += static_cast<float>(kPlaneStimulus * plane);
        // Cutting the fibrous strands under the scar frees its base for the collagen the
        // following sessions induce: subcision with resurfacing beats resurfacing alone for boxcar
        // and rolling, not icepick (Lasers Med Sci 2023, evidence.md 3b; Adv Biomed Res 54.7 %
        // vs 43 %). Share of the fibrosis released where the plane is cut fully: assumption.
        state.fibrosis[k] *= static_cast<float>(1.0 - kFibrosisRelease * plane);
    });
    state.bruise = 1.0;
    state.bruiseDay = state.day;
    state.localOedema = 1.0;
}

SessionDowntime Subcision::downtime(const SessionContext& c) const {
    SessionDowntime d;
    d.erythemaDays = 1.5;                            // slight erythema 1-2 days (Bhargava 2019)
    d.bruisingDays = effects::daysVisible(1.0, 3.0); // 1 week (57 %) or 2 (43 %), Adv Biomed Res
    d.swellingDays = 2;
    d.pihProbability = effects::pihProbability(c.patient.fitzpatrick, false, 1.0, 100.0);
    return d;
}

} // namespace skinsim

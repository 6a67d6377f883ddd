// Hyaluronic-acid filler: an immediate lift of the targeted depressions, which then decays over
// months (retention in tissue/Healing.hpp, target ha-kinetics).

#include "tissue/Healing.hpp"
#include "tissue/Surface.hpp"
#include "treatment/Modalities.hpp"
#include "treatment/SessionEffects.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

namespace {
/// Volume for about two thirds of full correction, per treated scar, mL: total correction of a
/// face's scars took 1.144 mL for ~49 visible scars (Goodman & Van Den Broek 2016, evidence.md 2,
/// 3a): ~0.023 mL per scar.
constexpr double kMlPerScar = 0.023;
/// The largest share of a depression a filler session corrects: "immediate visual improvement in
/// all lesions" (Halachmi 2013) without overfilling (assumption).
constexpr double kMaxCorrection = 0.85;
} // namespace

std::string_view HaFiller::key() const {
    return "ha_filler";
}

SessionSettings HaFiller::readSettings(const SettingsReader& reader) const {
    return HaFillerSettings{.volumeMl = reader.real("volume_ml")};
}

void HaFiller::apply(TissueState& state, const SessionContext& c) const {
    // The depression of each reached cell now (with its current sag and retained filler).
    SagCache sag;
    sag.update(c.baseline, state);
    const std::vector<float> depression = scarDepressionUm(c.baseline, state, sag);
    std::vector<char> chosen(c.baseline.scars.size(), 0);
    int scarsTreated = 0;
    effects::forTargetCells(c, [&](std::size_t k) {
        const int id = c.baseline.scarId.data()[c.baseline.scarCells[k]];
        if (id >= 0 && depression[k] > 20.0f && !chosen[std::size_t(id)]) {
            chosen[std::size_t(id)] = 1;
            ++scarsTreated;
        }
    });
    if (scarsTreated == 0) {
        return;
    }
    // Swelling over the injected scars, resolved within days ("redness, swelling, bumps, pain and
    // bruising, all resolved within 2 weeks", Ann Dermatol filler table, evidence.md 4): half the
    // peak of a subcision (assumption).
    state.localOedema = std::max(state.localOedema, 0.5);
    const double volumeMl = std::get<HaFillerSettings>(c.settings).volumeMl;
    const double correction =
        kMaxCorrection * (1.0 - std::exp(-volumeMl / (kMlPerScar * scarsTreated)));
    // Fold the filler already there into one volume with one (volume-weighted) age.
    double oldVolume = 0;
    double newVolume = 0;
    const double retained = fillerRetention(state.fillerAgeDays);
    std::vector<float> added(depression.size(), 0.0f);
    effects::forTargetCells(c, [&](std::size_t k) {
        // Top up to the session's share of the depression the scar would have without any
        // filler: repeated sessions approach kMaxCorrection of the dip, never a level surface.
        if (depression[k] > 20.0f) {
            const double present = state.filler[k] * retained;
            added[k] =
                static_cast<float>(std::max(0.0, correction * (depression[k] + present) - present));
        }
    });
    for (std::size_t k = 0; k < added.size(); ++k) {
        oldVolume += state.filler[k] * retained;
        newVolume += added[k];
    }
    const double age =
        oldVolume + newVolume > 0 ? state.fillerAgeDays * oldVolume / (oldVolume + newVolume) : 0.0;
    const double keepNow = fillerRetention(age);
    for (std::size_t k = 0; k < added.size(); ++k) {
        state.filler[k] = static_cast<float>((state.filler[k] * retained + added[k]) / keepNow);
    }
    state.fillerAgeDays = age;
    // Needle trauma lays down a little collagen: the effect "developed gradually" (Dierickx 2018).
    effects::forTargetCells(c, [&](std::size_t k) {
        if (added[k] > 0) {
            state.stimulus[k] += 0.08f;
        }
    });
    effects::addErythema(state, 0.3, 1.5);
}

SessionDowntime HaFiller::downtime(const SessionContext& c) const {
    SessionDowntime d;
    // Redness, swelling, bumps, bruising all resolved within 2 weeks (Dierickx 2018).
    d.erythemaDays = effects::daysVisible(0.3, 1.5);
    d.swellingDays = 3;
    d.bruisingDays = 2; // bruising in 29 % (PMC8481177); median patient: brief
    d.pihProbability = effects::pihProbability(c.patient.fitzpatrick, false, 1.0, 100.0);
    return d;
}

} // namespace skinsim

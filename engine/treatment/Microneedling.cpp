// Microneedling (dermaroller or pen), optionally with platelet-rich plasma: punctures to the needle
// depth induce collagen without ablation.

#include "treatment/Modalities.hpp"
#include "treatment/SessionEffects.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

namespace {
/// Needles enter to about 60 % of their length (assumption: skin deforms ahead of the needle).
constexpr double kPenetration = 0.6;
/// Stimulus of a 1.5 mm session relative to the reference CO2 session. Calibrated: mn-time (GB
/// score -2.4 at 3 and -3.4 points at 6 months, Alam 2014) and microneedling ≈ TCA CROSS on mixed
/// scars (68 % vs 75 %, Leheta 2011).
constexpr double kNeedlingStimulus = 1.0;
/// PRP multiplies the collagen response: 62 % vs 46 % score improvement (Asif 2016), OR 2.97 for
/// > 50 % improvement (Kang & Lu 2022). Calibrated against target mn-prp.
constexpr double kPrpFactor = 1.55;
} // namespace

std::string_view Microneedling::key() const {
    return "microneedling";
}

SessionSettings Microneedling::readSettings(const SettingsReader& reader) const {
    return MicroneedlingSettings{.needleMm = reader.real("needle_mm"), .prp = reader.yesNo("prp")};
}

void Microneedling::apply(TissueState& state, const SessionContext& c) const {
    const auto& settings = std::get<MicroneedlingSettings>(c.settings);
    const double needleUm = settings.needleMm * 1000.0 * kPenetration;
    const bool prp = settings.prp;
    const double stimulus =
        kNeedlingStimulus * std::sqrt(needleUm / 900.0) * (prp ? kPrpFactor : 1.0);
    effects::addSurfaceInjuryStimulus(state, c, stimulus, needleUm);
    // Erythema and oedema 1-3 days (acne.org [S]; Bhargava 2019); PRP does not change it
    // (Kang & Lu 2022: no difference in severe erythema).
    effects::addErythema(state, 0.45, 1.1);
    effects::addOedema(state, 0.6); // "erythema and edema usually resolve in 2-3 days" (acne.org)
}

SessionDowntime Microneedling::downtime(const SessionContext& c) const {
    SessionDowntime d;
    d.erythemaDays = effects::daysVisible(0.45, 1.1);
    d.swellingDays = 1.5;
    // PIH up to 13.8 % in one Asian study (acne.org [S]); 5/30 patients over 5 sessions in
    // Fitzpatrick IV-V (Dogra 2014) and no worsened pigmentation in 39 patients of III-V (Al
    // Qarqaz), evidence.md 10: a puncture over ~10 % of the surface without heat, so the depth of
    // the needles does not add to the risk the way a thermal injury's depth does.
    d.pihProbability = effects::pihProbability(c.patient.fitzpatrick, false, 10.0, 0.0);
    return d;
}

} // namespace skinsim

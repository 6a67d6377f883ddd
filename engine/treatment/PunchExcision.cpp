// Punch excision: the scar (icepick by default) is cut out with a round punch and the wound
// sutured; a short, flat closure line heals in its place.

#include "treatment/Modalities.hpp"
#include "treatment/SessionEffects.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

namespace {
/// Depth of the healed closure, µm: a fine, nearly flat line (assumption: "a few tens of µm",
/// MODEL.md), deeper in slow healers.
constexpr double kClosureDepthUm = 30.0;
/// The sutured punch site contracts as it heals and sits slightly below the skin around it across
/// the punch, deepest at its centre, µm (assumption of the same order as the line; MODEL.md: "a
/// short, flat closure line"). With the line it keeps a punched icepick visible up close: the
/// closure replaces the scar, it does not erase it (evidence.md 10: no complete clearance).
constexpr double kSiteDepthUm = 60.0;
} // namespace

std::string_view PunchExcision::key() const {
    return "punch_excision";
}

SessionSettings PunchExcision::readSettings(const SettingsReader& reader) const {
    return PunchExcisionSettings{.punchMm = reader.real("punch_mm")};
}

void PunchExcision::apply(TissueState& state, const SessionContext& c) const {
    const double punchRadiusMm = std::get<PunchExcisionSettings>(c.settings).punchMm / 2.0;
    const TissueBaseline& b = c.baseline;
    // Slow healers (longer erythema and crusting) close with a deeper line (assumption).
    const double closure = kClosureDepthUm * std::sqrt(c.response.healing);
    const double site = kSiteDepthUm * std::sqrt(c.response.healing);
    effects::forTargetCells(c, [&](std::size_t k) {
        const std::uint32_t cell = b.scarCells[k];
        const int id = b.scarId.data()[cell];
        if (id < 0) {
            return;
        }
        const ScarRecord& scar = b.scars[std::size_t(id)];
        const int x = static_cast<int>(cell % std::uint32_t(b.width()));
        const int y = static_cast<int>(cell / std::uint32_t(b.width()));
        const double r =
            std::hypot(b.relief.xMm(x) - scar.centerMm[0], b.relief.yMm(y) - scar.centerMm[1]);
        if (r > punchRadiusMm) {
            return;
        }
        // The closure is a line along the scar's x axis, over a shallow dip across the site.
        const double dy = std::abs(b.relief.yMm(y) - scar.centerMm[1]);
        const double rr = r / punchRadiusMm;
        const double line = dy < 0.1 ? closure * (1.0 - rr) : 0.0;
        const double healed = std::max(line, site * (1.0 - rr * rr));
        state.deficit[k] = std::min(state.deficit[k], static_cast<float>(healed));
        // The closure replaces the scar: remodelling does not erase the line itself.
        state.residualUm[k] = state.deficit[k];
        state.fibrosis[k] = 0.3f; // fresh, thin scar collagen
        state.tether[k] = 0;
        state.tetherMemory[k] = 0;
        state.tetherChanged = true;
        // The sutured wound is open only along its closure line (the edges are brought together),
        // closing over ~10 days: sutures out at 1 week (heberdavis, evidence.md 4).
        if (dy < 0.15) {
            state.focalWoundUm[k] = 150.0f;
        }
        state.focalErythema[k] = 0.9f;
    });
}

SessionDowntime PunchExcision::downtime(const SessionContext& c) const {
    SessionDowntime d;
    d.erythemaDays = 7; // pink closure line for about a week (assumption)
    d.crustingDays = 9; // sutures left in 8-10 days (JCAD 2015 Table 1)
    d.swellingDays = 2;
    d.pihProbability = effects::pihProbability(c.patient.fitzpatrick, false, 1.0, 500.0);
    return d;
}

} // namespace skinsim

#include "sim/Measure.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace skinsim {

PatchMeasure measurePatch(const TissueBaseline& b, const TissueState& state, const SagCache& sag) {
    PatchMeasure m;
    const std::vector<float> depression = scarDepressionUm(b, state, sag);
    const auto& sagCells = sag.atScarCells();
    const std::size_t nScars = b.scars.size();
    std::vector<double> deepest(nScars, 0.0), tethered(nScars, 0.0), volume(nScars, 0.0);
    const double cellMm2 = b.cellAreaMm2();
    for (std::size_t k = 0; k < depression.size(); ++k) {
        const int id = b.scarId.data()[b.scarCells[k]];
        if (id < 0) {
            continue;
        }
        const auto s = static_cast<std::size_t>(id);
        const double d = depression[k];
        if (b.inOutline0[k]) {
            volume[s] += d * 1e-3 * cellMm2; // µm x mm² -> mm³, inside the day-0 outline
        }
        if (d > deepest[s]) {
            deepest[s] = d;
            tethered[s] = d > 0 ? std::clamp(sagCells[k] / d, 0.0, 1.0) : 0.0;
        }
    }
    // Diameter at 10 % of the depth: area-equivalent circle of the cells at least that deep.
    std::vector<double> area(nScars, 0.0), visible(nScars, 0.0);
    for (std::size_t k = 0; k < depression.size(); ++k) {
        const int id = b.scarId.data()[b.scarCells[k]];
        if (id >= 0 && depression[k] >= 0.1 * deepest[std::size_t(id)] && depression[k] > 0) {
            area[std::size_t(id)] += cellMm2;
        }
        if (id >= 0 && depression[k] >= kVisibleDepthUm) {
            visible[std::size_t(id)] += cellMm2;
        }
    }
    const bool reddened = state.erythema > 0.1 || state.pih > 0.05;
    m.scars.resize(nScars);
    for (std::size_t s = 0; s < nScars; ++s) {
        ScarMeasure& sm = m.scars[s];
        sm.type = b.scars[s].type;
        sm.depthUm = deepest[s];
        sm.diameterMm = 2.0 * std::sqrt(area[s] / std::numbers::pi);
        sm.volumeMm3 = volume[s];
        sm.tetheredFraction = tethered[s];
        sm.visibleAreaMm2 = visible[s];
        sm.coloured = reddened;
        m.volumeByTypeMm3[static_cast<std::size_t>(sm.type)] += volume[s];
        m.volumeMm3 += volume[s];
    }
    m.gbQualitative = qualitativeGrade(m.scars, b.relief.widthMm() * b.relief.heightMm());
    m.gbQuantitative = quantitativeScore(m.scars);
    m.meanErythema = std::min(1.0, state.erythema + 0.6 * state.bruise);
    return m;
}

} // namespace skinsim

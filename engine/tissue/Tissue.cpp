#include "tissue/Tissue.hpp"

#include "tissue/ModelParameters.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

TissueBaseline makeBaseline(FieldF relief, const FieldF& deficit, const FieldF& tether,
                            const FieldF& fibrosis, FieldF melanin, FieldF erythema,
                            std::vector<ScarRecord> scars, double dermisUm,
                            const FieldF& depression0) {
    TissueBaseline b;
    const int w = relief.width();
    const int h = relief.height();
    b.scarId = Field2D<std::int16_t>(w, h, relief.pixelUm(), -1);
    // Each cell goes to the scar it lies deepest inside (distance / radius smallest), within the
    // scar's reach: 1.5 radii plus 0.5 mm covers walls, shoulders and the spread of tether sag.
    for (std::size_t s = 0; s < scars.size(); ++s) {
        const ScarRecord& scar = scars[s];
        const double radiusMm = std::max(0.05, scar.diameterMm / 2);
        const double reachMm = 1.5 * radiusMm + 0.5;
        const int x0 = std::max(0, int((scar.centerMm[0] - reachMm) / relief.pixelMm()));
        const int x1 = std::min(w - 1, int((scar.centerMm[0] + reachMm) / relief.pixelMm()) + 1);
        const int y0 = std::max(0, int((scar.centerMm[1] - reachMm) / relief.pixelMm()));
        const int y1 = std::min(h - 1, int((scar.centerMm[1] + reachMm) / relief.pixelMm()) + 1);
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                const double d =
                    std::hypot(relief.xMm(x) - scar.centerMm[0], relief.yMm(y) - scar.centerMm[1]);
                if (d > reachMm) {
                    continue;
                }
                const std::int16_t current = b.scarId(x, y);
                if (current >= 0) {
                    const ScarRecord& other = scars[std::size_t(current)];
                    const double dOther = std::hypot(relief.xMm(x) - other.centerMm[0],
                                                     relief.yMm(y) - other.centerMm[1]) /
                                          std::max(0.05, other.diameterMm / 2);
                    if (dOther <= d / radiusMm) {
                        continue;
                    }
                }
                b.scarId(x, y) = static_cast<std::int16_t>(s);
            }
        }
    }
    // Scar cells in row-major order (deterministic, cache-friendly): where the tissue differs
    // from normal skin (deficit, tether) and the scars' own area. Elsewhere nothing a treatment
    // does changes the surface cell by cell, so the state need not hold those cells.
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const std::int16_t id = b.scarId(x, y);
            bool inside = false;
            if (id >= 0) {
                const ScarRecord& scar = scars[std::size_t(id)];
                inside = std::hypot(relief.xMm(x) - scar.centerMm[0],
                                    relief.yMm(y) - scar.centerMm[1]) <= scar.diameterMm / 2 + 0.1;
            }
            if (inside || deficit(x, y) > 0.5f || tether(x, y) > 1e-4f) {
                const auto index = static_cast<std::uint32_t>(y * w + x);
                b.scarCells.push_back(index);
                b.deficit0.push_back(std::max(0.0f, deficit(x, y)));
                b.tether0.push_back(std::clamp(tether(x, y), 0.0f, 1.0f));
                b.fibrosis0.push_back(std::clamp(fibrosis(x, y), 0.0f, 1.0f));
            }
        }
    }
    // Day-0 outlines: each scar's deepest point, then its cells at least 10 % of that deep.
    std::vector<float> deepest(scars.size(), 0.0f);
    for (std::uint32_t cell : b.scarCells) {
        const int id = b.scarId.data()[cell];
        if (id >= 0) {
            deepest[std::size_t(id)] = std::max(deepest[std::size_t(id)], depression0.data()[cell]);
        }
    }
    b.inOutline0.resize(b.scarCells.size(), 0);
    for (std::size_t k = 0; k < b.scarCells.size(); ++k) {
        const int id = b.scarId.data()[b.scarCells[k]];
        const float d = depression0.data()[b.scarCells[k]];
        b.inOutline0[k] = id >= 0 && d > 0 && d >= 0.1f * deepest[std::size_t(id)];
    }
    b.tether0Field = tether;
    b.relief = std::move(relief);
    b.melanin = std::move(melanin);
    b.erythema = std::move(erythema);
    b.scars = std::move(scars);
    b.dermisUm = dermisUm;
    return b;
}

double residualShare(double fibrosis0, double patientFactor) {
    const double share =
        (model::kResidualShareBase + model::kResidualSharePerFibrosis * fibrosis0) * patientFactor;
    return std::clamp(share, 0.0, 0.6);
}

TissueState initialState(const TissueBaseline& baseline) {
    TissueState s;
    const std::size_t n = baseline.scarCells.size();
    s.deficit = baseline.deficit0;
    s.tether = baseline.tether0;
    s.tetherMemory = baseline.tether0;
    s.fibrosis = baseline.fibrosis0;
    s.filler.assign(n, 0.0f);
    s.stimulus.assign(n, 0.0f);
    s.focalErythema.assign(n, 0.0f);
    s.focalWoundUm.assign(n, 0.0f);
    s.residualUm.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        s.residualUm[k] =
            static_cast<float>(residualShare(baseline.fibrosis0[k], 1.0) * baseline.deficit0[k]);
    }
    s.scarResponse.assign(n, 1.0f);
    return s;
}

} // namespace skinsim

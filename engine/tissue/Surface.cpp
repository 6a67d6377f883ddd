#include "tissue/Surface.hpp"

#include "core/Parallel.hpp"
#include "core/Rng.hpp"
#include "tissue/FractionalColumns.hpp"
#include "tissue/Healing.hpp"
#include "tissue/HealingMarks.hpp"
#include "tissue/ModelParameters.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

void SagCache::prepare(const TissueBaseline& b) {
    const int f = sagCoarseFactor(b.pixelUm(), b.sag);
    const int nx = (b.width() + f - 1) / f;
    const int ny = (b.height() + f - 1) / f;
    coarse_.factor = f;
    coarse_.fineWidth = b.width();
    coarse_.fineHeight = b.height();
    // Box average exactly as solveTetherSagCoarse does (partial blocks at the right and bottom).
    coarseTether0_ = FieldF(nx, ny, b.pixelUm() * f);
    for (int cy = 0; cy < ny; ++cy) {
        const int y0 = cy * f, y1 = std::min(b.height(), y0 + f);
        for (int cx = 0; cx < nx; ++cx) {
            const int x0 = cx * f, x1 = std::min(b.width(), x0 + f);
            double sum = 0;
            for (int y = y0; y < y1; ++y) {
                for (int x = x0; x < x1; ++x) {
                    sum += b.tether0Field(x, y);
                }
            }
            coarseTether0_(cx, cy) = static_cast<float>(sum / ((x1 - x0) * (y1 - y0)));
        }
    }
    const std::size_t n = b.scarCells.size();
    coarseCell_.resize(n);
    cellWeight_.resize(n);
    sampleCell_.resize(n);
    sampleTx_.resize(n);
    sampleTy_.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        const int x = static_cast<int>(b.scarCells[k] % std::uint32_t(b.width()));
        const int y = static_cast<int>(b.scarCells[k] / std::uint32_t(b.width()));
        const int cx = x / f, cy = y / f;
        coarseCell_[k] = static_cast<std::uint32_t>(cy * nx + cx);
        const int bw = std::min(b.width(), cx * f + f) - cx * f;
        const int bh = std::min(b.height(), cy * f + f) - cy * f;
        cellWeight_[k] = 1.0f / static_cast<float>(bw * bh);
        // Fine cell centre in coarse cell coordinates (centre to centre).
        const double px = std::clamp((x + 0.5) / f - 0.5, 0.0, nx - 1.0);
        const double py = std::clamp((y + 0.5) / f - 0.5, 0.0, ny - 1.0);
        const int sx = std::min(static_cast<int>(px), std::max(0, nx - 2));
        const int sy = std::min(static_cast<int>(py), std::max(0, ny - 2));
        sampleCell_[k] = static_cast<std::uint32_t>(sy * nx + sx);
        sampleTx_[k] = static_cast<float>(nx > 1 ? px - sx : 0.0);
        sampleTy_[k] = static_cast<float>(ny > 1 ? py - sy : 0.0);
    }
    solver_ = std::make_unique<ScreenedPoissonSolver>(nx, ny, coarseTether0_.pixelUm(),
                                                      b.sag.lengthMm * 1e3);
    prepared_ = true;
}

void SagCache::update(const TissueBaseline& b, TissueState& state) {
    if (!state.tetherChanged && prepared_) {
        return;
    }
    if (!prepared_) {
        prepare(b);
    }
    FieldF coarseTether = coarseTether0_;
    float* ct = coarseTether.data();
    for (std::size_t k = 0; k < b.scarCells.size(); ++k) {
        const float change = state.tether[k] - b.tether0[k];
        if (change != 0.0f) {
            ct[coarseCell_[k]] += change * cellWeight_[k];
        }
    }
    coarse_.sagUm = solver_->solve(coarseTether);
    coarse_.sagUm *= static_cast<float>(b.sag.fullTetherSagUm);
    const int nx = coarse_.sagUm.width();
    const float* c = coarse_.sagUm.data();
    const bool wide = nx > 1;
    const bool tall = coarse_.sagUm.height() > 1;
    atScarCells_.resize(b.scarCells.size());
    for (std::size_t k = 0; k < b.scarCells.size(); ++k) {
        const std::uint32_t i = sampleCell_[k];
        const float tx = sampleTx_[k], ty = sampleTy_[k];
        const float v00 = c[i];
        const float v10 = wide ? c[i + 1] : v00;
        const float v01 = tall ? c[i + std::uint32_t(nx)] : v00;
        const float v11 = wide && tall ? c[i + std::uint32_t(nx) + 1] : v00;
        atScarCells_[k] = (1 - ty) * ((1 - tx) * v00 + tx * v10) + ty * ((1 - tx) * v01 + tx * v11);
    }
    state.tetherChanged = false;
}

std::vector<float> scarDepressionUm(const TissueBaseline& baseline, const TissueState& state,
                                    const SagCache& sag) {
    const double retained = fillerRetention(state.fillerAgeDays);
    std::vector<float> depression(baseline.scarCells.size());
    const auto& sagCells = sag.atScarCells();
    for (std::size_t k = 0; k < depression.size(); ++k) {
        const double d = state.deficit[k] + sagCells[k] - state.filler[k] * retained;
        depression[k] = static_cast<float>(std::max(0.0, d));
    }
    return depression;
}

FieldF surfaceHeight(const TissueBaseline& baseline, const TissueState& state,
                     const SagCache& sag) {
    FieldF out = FieldF::sameShapeAs(baseline.relief);
    const float reliefScale = static_cast<float>(state.reliefScale);
    const float uniformWound = static_cast<float>(state.woundUm);
    parallelFor(out.height(), [&](int y) {
        auto row = out.row(y);
        sag.row(y, row); // sag, positive down
        const auto relief = baseline.relief.row(y);
        for (int x = 0; x < out.width(); ++x) {
            const double xUm = (x + 0.5) * out.pixelUm();
            const double yUm = (y + 0.5) * out.pixelUm();
            row[std::size_t(x)] =
                relief[std::size_t(x)] * reliefScale - row[std::size_t(x)] - uniformWound -
                static_cast<float>(state.columnWoundUm * columnProfile(state, xUm, yUm));
        }
    });
    const double retained = fillerRetention(state.fillerAgeDays);
    for (std::size_t k = 0; k < baseline.scarCells.size(); ++k) {
        out.data()[baseline.scarCells[k]] += static_cast<float>(
            -state.deficit[k] + state.filler[k] * retained - state.focalWoundUm[k]);
    }
    return out;
}

FieldF erythemaMap(const TissueBaseline& baseline, const TissueState& state) {
    FieldF out = baseline.erythema;
    // The scars' residual redness fades over months; treatment redness and bruising come on top
    // (a bruise's purple is drawn from HealingMarks; here it adds the redness around it).
    const auto fade = static_cast<float>(std::exp(-state.day / model::kScarPieFadeDays));
    const float add = static_cast<float>(state.erythema + 0.6 * state.bruise);
    out.apply([add, fade](float e) { return std::min(1.0f, e * fade + add); });
    for (std::size_t k = 0; k < baseline.scarCells.size(); ++k) {
        float& e = out.data()[baseline.scarCells[k]];
        e = std::min(1.0f, e + state.focalErythema[k]);
    }
    return out;
}

FieldF melaninMap(const TissueBaseline& baseline, const TissueState& state) {
    FieldF out = baseline.melanin;
    if (state.day > 0) {
        const double fade = std::exp(-state.day / model::kScarPihFadeDays);
        for (const auto& [cell, excess] : baseline.scarPihExcess) {
            float& m = out.data()[cell];
            m = static_cast<float>(m / (1.0 + excess) * (1.0 + excess * fade));
        }
    }
    if (state.pih <= 0) {
        return out;
    }
    // PIH in patches (HealingMarks.hpp: pihPatchWeight), twice the episode's mean excess at
    // their centres, darkening over the first weeks.
    const double onset = 1.0 - std::exp(-(state.day - state.pihDay) / model::kPihOnsetDays);
    const double excess = 2.0 * state.pih * std::max(0.0, onset);
    parallelFor(out.height(), [&](int y) {
        auto row = out.row(y);
        for (int x = 0; x < out.width(); ++x) {
            const double w = pihPatchWeight(state.pihSeed, out.xMm(x), out.yMm(y));
            row[std::size_t(x)] *= static_cast<float>(1.0 + excess * w);
        }
    });
    return out;
}

} // namespace skinsim

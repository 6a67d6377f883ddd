#include "tissue/Healing.hpp"

#include "core/Parallel.hpp"
#include "tissue/ModelParameters.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace skinsim {

double fillerRetention(double ageDays) {
    return std::exp(-std::pow(std::max(0.0, ageDays) / model::kFillerWeibullScaleDays,
                              model::kFillerWeibullShape));
}

namespace {

/// Solves ln d + d / scale = ln d0 + d0 / scale - a for d (0 < d <= d0): the exact solution of
/// dd/dt = -k d / (1 + d / scale) after an integrated rate a.
float depositInto(float d0, double a) {
    if (d0 <= 1e-3f || a <= 0) {
        return d0;
    }
    const double scale = model::kDepositionScaleUm;
    if (a < 0.03) {
        // Small steps (most of the quiet remodelling months): the Taylor series of the exact
        // solution to second order, dd/da = -d/(1+u), d²d/da² = d/(1+u)³ with u = d/scale; the
        // neglected term is below 5e-6 of d.
        const double g = 1.0 / (1.0 + d0 / scale);
        return static_cast<float>(d0 * (1.0 - a * g + 0.5 * a * a * g * g * g));
    }
    const double target = std::log(double(d0)) + d0 / scale - a;
    // Both limits, exponential decay (shallow) and linear filling (deep), are lower bounds of the
    // root; f is increasing and concave, so Newton from the larger bound climbs to it monotonically
    // in two or three steps.
    double d = std::max(d0 * std::exp(-a), d0 - a * scale);
    for (int i = 0; i < 8; ++i) {
        const double f = std::log(d) + d / scale - target;
        const double step = f / (1.0 / d + 1.0 / scale);
        d -= step;
        if (std::abs(step) < 1e-4 * d) {
            break;
        }
    }
    return static_cast<float>(std::min<double>(d, d0));
}

} // namespace

void heal(TissueState& s, const TissueBaseline& baseline, const PatientResponse& patient,
          int days) {
    if (days <= 0) {
        return;
    }
    const double dt = days;
    const double tauS = model::kStimulusTauDays;
    const double decayS = std::exp(-dt / tauS);
    const double integralS = tauS * (1.0 - decayS); // ∫ e^{-t/τ} dt over the step
    const double rate = model::kRemodellingRate * patient.collagen * patient.age * integralS;
    const double relapse = std::exp(-dt / model::kTetherRelapseTauDays);

    // Whether any tether moved (a plain OR, the same on any thread count): no per-cell buffer.
    std::atomic<bool> tetherMoved{false};
    const int n = static_cast<int>(s.deficit.size());
    parallelForRanges(n, [&](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            const std::size_t k = static_cast<std::size_t>(i);
            const double drive = rate * s.stimulus[k];
            if (drive > 0) {
                // Fibrotic tissue resists remodelling, its own softening included. New collagen
                // fills the deficit only above what remodelling cannot restore (residualUm).
                const double brake = 1.0 - model::kFibrosisBrake * s.fibrosis[k];
                const double scarDrive = drive * brake * s.scarResponse[k];
                const float residual = std::min(s.residualUm[k], s.deficit[k]);
                s.deficit[k] = residual + depositInto(s.deficit[k] - residual, scarDrive);
                s.fibrosis[k] *=
                    static_cast<float>(std::exp(-model::kFibrosisRemodelling * scarDrive));
            }
            const float t = s.tether[k];
            const float m = s.tetherMemory[k];
            if (t > 0 || m > 0) {
                const double loosen =
                    std::exp(-model::kTetherRemodelling * drive * s.scarResponse[k]);
                // Remodelling loosens a tether only down to its residual share; a cut (subcision)
                // may already have taken it lower.
                // New collagen in a cut plane makes part of the cut permanent (kReleaseFixing).
                const float fixedMemory =
                    t < m ? static_cast<float>(
                                m + (t - m) * (1.0 - std::exp(-model::kReleaseFixing * drive)))
                          : m;
                const float floor = std::min(
                    fixedMemory, static_cast<float>(model::kResidualTether) * baseline.tether0[k]);
                const float newMemory = static_cast<float>(floor + (fixedMemory - floor) * loosen);
                const float newTether =
                    static_cast<float>(newMemory + (t - fixedMemory) * loosen * relapse);
                if (newTether != t) {
                    tetherMoved.store(true, std::memory_order_relaxed);
                }
                s.tether[k] = std::clamp(newTether, 0.0f, 1.0f);
                s.tetherMemory[k] = newMemory;
            }
            s.stimulus[k] = static_cast<float>(s.stimulus[k] * decayS);
        }
    });
    s.tetherChanged = s.tetherChanged || tetherMoved.load();

    // Patch-wide and focal short-lived processes, scaled by the patient's healing speed.
    const double heal = patient.healing;
    const double erythemaDecay = std::exp(-dt / (s.erythemaTauDays * heal));
    s.erythema *= erythemaDecay;
    s.bruise *= std::exp(-dt / (3.0 * heal)); // visible ~7 days at median (target subcision-bruise)
    const double focalErythemaDecay = std::exp(-dt / (2.5 * heal));
    const double focalWoundDecay = std::exp(-dt / (3.5 * heal));
    for (std::size_t k = 0; k < s.focalErythema.size(); ++k) {
        s.focalErythema[k] = static_cast<float>(s.focalErythema[k] * focalErythemaDecay);
        s.focalWoundUm[k] = static_cast<float>(s.focalWoundUm[k] * focalWoundDecay);
    }
    const double woundDecay = std::exp(-dt / (model::kWoundTauDays * heal));
    s.woundUm *= woundDecay;
    s.columnWoundUm *= woundDecay;
    s.reliefScale = 1.0 - (1.0 - s.reliefScale) * std::exp(-dt / model::kReliefRegrowthTauDays);
    s.pih *= std::exp(-dt / model::kPihTauDays);
    s.oedema *= std::exp(-dt / (model::kOedemaTauDays * heal));
    s.localOedema *= std::exp(-dt / (model::kLocalOedemaTauDays * heal));
    s.fillerAgeDays += dt;
    s.day += days;
}

} // namespace skinsim

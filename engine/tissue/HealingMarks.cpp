#include "tissue/HealingMarks.hpp"

#include "core/Parallel.hpp"
#include "core/Rng.hpp"
#include "skin/Noise.hpp"
#include "tissue/FractionalColumns.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

namespace {

// Crusts show while the wound under them is open. Coverage is full above kCrustFullUm of open
// depth and gone below kCrustGoneUm: with the re-epithelialisation time constant of
// ModelParameters.hpp (kWoundTauDays) this makes the pinpoint crusts of fractional CO2 at scar
// settings (ablation 140-500 µm) last 4-6 days (Majid & Imran 2014, evidence.md 4) and the scab
// of a TCA CROSS tract fall off between days 3 and 7 (clinic pages, evidence.md 4). Calibrated.
constexpr double kCrustFullUm = 15.0;
constexpr double kCrustGoneUm = 1.5;
// A TCA CROSS tract or a punch closure is a shallower, focal wound (TcaCross.cpp: 30 µm at 100 %):
// its scab is full above 15 µm of it.
constexpr double kFocalCrustFullUm = 15.0;
// The most a crust covers of a column's mouth, of a treated tract and of a peeled patch, and the
// faint bronze haze between the columns of an ablative pass (assumptions: MENDs are pinpoint and
// brown, the haze gives the treated skin its "bronzed" look for a few days).
constexpr double kColumnCrustCover = 0.9;
constexpr double kFocalCrustCover = 0.85;
constexpr double kPeelFlakeCover = 0.6;
constexpr double kPeelDarkening = 0.25;
constexpr double kBronzeHaze = 0.12;
// A bruise spreads beyond the subcised scar by about this much, mm (assumption: the cutting needle
// sweeps under and around the scar).
constexpr double kBruiseSpreadMm = 1.5;
// Swelling over a subcised scar at its peak, µm, and the share of the furrows' depth oedema fills
// on a resurfaced patch at its peak (assumptions; swelling lasts 1-3 days: Bhargava 2019, and the
// textbook chapter of evidence.md 4).
constexpr double kSubcisionSwellingUm = 150.0;
constexpr double kOedemaFurrowFill = 0.5;
// Below this a mark is not drawn at all.
constexpr double kInvisible = 0.01;

double crustStrength(double openUm, double fullUm = kCrustFullUm) {
    return std::clamp((openUm - kCrustGoneUm) / (fullUm - kCrustGoneUm), 0.0, 1.0);
}

/// Scars whose tethers subcision cut (their tether lies below the day-0 tether) and, with
/// `filled`, scars that hold filler too.
std::vector<char> injectedScars(const TissueBaseline& b, const TissueState& s, bool filled) {
    std::vector<char> hit(b.scars.size(), 0);
    for (std::size_t k = 0; k < b.scarCells.size(); ++k) {
        const bool cut = b.tether0[k] > 0.02f && s.tether[k] < 0.9f * b.tether0[k];
        if (cut || (filled && s.filler[k] > 1.0f)) {
            const int id = b.scarId.data()[b.scarCells[k]];
            if (id >= 0 && static_cast<std::size_t>(id) < hit.size()) {
                hit[static_cast<std::size_t>(id)] = 1;
            }
        }
    }
    return hit;
}

/// Soft, irregular discs around the `hit` scars, 0..1 (a bruise's or a swelling's footprint).
FieldF injectionFootprint(const TissueBaseline& b, const std::vector<char>& hit) {
    FieldF out = FieldF::sameShapeAs(b.relief);
    const CounterRng shape(0x5ab5c15e, "bruise-shape");
    for (std::size_t i = 0; i < b.scars.size(); ++i) {
        if (!hit[i]) {
            continue;
        }
        const ScarRecord& scar = b.scars[i];
        const double radiusMm = 0.5 * scar.diameterMm + kBruiseSpreadMm;
        const CounterRng blotch = shape.child(static_cast<std::uint64_t>(scar.id));
        const int x0 = std::max(0, static_cast<int>((scar.centerMm[0] - radiusMm) / out.pixelMm()));
        const int x1 = std::min(
            out.width() - 1, static_cast<int>((scar.centerMm[0] + radiusMm) / out.pixelMm()) + 1);
        const int y0 = std::max(0, static_cast<int>((scar.centerMm[1] - radiusMm) / out.pixelMm()));
        const int y1 = std::min(
            out.height() - 1, static_cast<int>((scar.centerMm[1] + radiusMm) / out.pixelMm()) + 1);
        parallelFor(y1 - y0 + 1, [&](int row) {
            const int y = y0 + row;
            const double ym = out.yMm(y);
            for (int x = x0; x <= x1; ++x) {
                const double xm = out.xMm(x);
                const double r =
                    std::hypot(xm - scar.centerMm[0], ym - scar.centerMm[1]) / radiusMm;
                if (r >= 1.0) {
                    continue;
                }
                const double u = 1.0 - r * r;
                const double irregular = 0.65 + 0.35 * valueNoiseMm(blotch, xm, ym, 1.2);
                float& v = out(x, y);
                v = std::max(v, static_cast<float>(std::sqrt(u) * irregular));
            }
        });
    }
    return out;
}

std::optional<FieldF> unlessInvisible(FieldF field) {
    if (field.maxValue() < kInvisible && -field.minValue() < kInvisible) {
        return std::nullopt;
    }
    return field;
}

} // namespace

double pihPatchWeight(std::uint64_t pihSeed, double xMm, double yMm) {
    // Patches of a few millimetres with ragged edges (two octaves of value noise at 3 and 1 mm),
    // covering about a third of the skin (assumption: the evidence describes PIH as "mild" and
    // "transient", not its shape).
    const CounterRng rng(pihSeed, "pih-patches");
    const double n =
        valueNoiseMm(rng, xMm, yMm, 3.0) + 0.45 * valueNoiseMm(rng.child(1), xMm, yMm, 1.0);
    const double t = std::clamp((n + 0.25) / 0.9, 0.0, 1.0); // soft edges
    return t * t * (3.0 - 2.0 * t);
}

HealingMarks healingMarks(const TissueBaseline& b, const TissueState& s) {
    HealingMarks marks;
    const double columnCrust = s.columnDensity > 0 ? crustStrength(s.columnWoundUm) : 0.0;
    const double peelCrust = crustStrength(s.woundUm);
    bool focal = false;
    for (const float w : s.focalWoundUm) {
        focal = focal || w > kCrustGoneUm;
    }
    if (columnCrust > 0 || peelCrust > 0 || focal) {
        FieldF crust = FieldF::sameShapeAs(b.relief);
        const CounterRng flakes(s.columnSeed ^ 0x9e11, "peel-flakes");
        parallelFor(crust.height(), [&](int y) {
            auto row = crust.row(y);
            for (int x = 0; x < crust.width(); ++x) {
                double c = 0;
                if (columnCrust > 0) {
                    const double p =
                        columnProfile(s, (x + 0.5) * crust.pixelUm(), (y + 0.5) * crust.pixelUm());
                    c = columnCrust *
                        std::max(kBronzeHaze, kColumnCrustCover * std::min(1.0, 3.0 * p));
                }
                if (peelCrust > 0) {
                    // The peeled skin darkens evenly at first, then lifts in fine flakes as the
                    // wound under it closes (the flaking peaks half-way through).
                    const double n =
                        valueNoiseMm(flakes, crust.xMm(x), crust.yMm(y), 0.35) +
                        0.5 * valueNoiseMm(flakes.child(1), crust.xMm(x), crust.yMm(y), 0.12);
                    const double flake = std::clamp(2.0 * n - 0.4, 0.0, 1.0);
                    const double lifting = 4.0 * peelCrust * (1.0 - peelCrust);
                    c = std::max(c, kPeelDarkening * peelCrust + kPeelFlakeCover * lifting * flake);
                }
                row[std::size_t(x)] = static_cast<float>(c);
            }
        });
        // A focal scab covers the treated scar itself (its day-0 outline), not the fringe around
        // it that the scar's cells also include.
        for (std::size_t k = 0; k < b.scarCells.size(); ++k) {
            if (!b.inOutline0[k]) {
                continue;
            }
            float& c = crust.data()[b.scarCells[k]];
            c = std::max(c,
                         static_cast<float>(kFocalCrustCover *
                                            crustStrength(s.focalWoundUm[k], kFocalCrustFullUm)));
        }
        marks.crust = unlessInvisible(std::move(crust));
    }

    const bool bruised = s.bruise > kInvisible;
    const bool swollenLocally = s.localOedema > kInvisible;
    if (bruised) {
        FieldF bruise = injectionFootprint(b, injectedScars(b, s, false));
        bruise *= static_cast<float>(std::min(1.0, s.bruise));
        marks.bruise = unlessInvisible(std::move(bruise));
        marks.bruiseAgeDays = s.day - s.bruiseDay;
    }
    if (swollenLocally) {
        FieldF swelling = injectionFootprint(b, injectedScars(b, s, true));
        swelling *= static_cast<float>(kSubcisionSwellingUm * s.localOedema);
        marks.swellingUm = std::move(swelling);
    }
    if (s.oedema > kInvisible) {
        // Swollen skin is taut: its furrows are shallower (relief is <= 0 in the furrows).
        FieldF fill = b.relief;
        const auto scale = static_cast<float>(-kOedemaFurrowFill * s.oedema * s.reliefScale);
        fill.apply([scale](float r) { return std::max(0.0f, scale * r); });
        if (marks.swellingUm) {
            *marks.swellingUm += fill;
        } else {
            marks.swellingUm = std::move(fill);
        }
    }
    if (marks.swellingUm) {
        marks.swellingUm = unlessInvisible(std::move(*marks.swellingUm));
    }
    return marks;
}

} // namespace skinsim

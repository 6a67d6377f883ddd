#include "skin/Pigment.hpp"

#include "skin/Noise.hpp"
#include "skin/SkinAnatomy.hpp"

#include <algorithm>

namespace skinsim {

namespace {
// Mottling of normal skin: melanin ±10 % over 4 mm and ±5 % over 1 mm, blood ±20 % over 3 mm
// (assumptions; the evidence has no pigment maps).
constexpr double kMelaninMottle = 0.10;
constexpr double kMelaninFleck = 0.05;
constexpr double kBloodMottle = 0.20;

// Share of atrophic acne scars with residual post-inflammatory erythema (assumption; the evidence
// has PIE only after treatments, evidence.md 4).
constexpr double kPieProbability = 0.35;
// Varicella scars: hypopigmented 160 of 184 scarred children, hyperpigmented 32 (Leung 2001,
// evidence.md 1c). A scar that is not hypopigmented is drawn hyperpigmented.
constexpr double kChickenpoxHypoProbability = 160.0 / 184.0;
} // namespace

double pihProbability(int fitzpatrick) {
    constexpr double kByType[6] = {0.03, 0.06, 0.12, 0.25, 0.35, 0.40};
    return kByType[std::clamp(fitzpatrick, 1, 6) - 1];
}

void generateBaselinePigment(FieldF& melanin, FieldF& blood, int fitzpatrick, std::uint64_t seed) {
    const double base = melaninFraction(fitzpatrick);
    const CounterRng mottle(seed, "melanin-mottle");
    const CounterRng fleck(seed, "melanin-fleck");
    const CounterRng vessels(seed, "blood-mottle");
    const double dx = melanin.pixelMm();
    const double x0 = melanin.xMm(0);
    parallelFor(melanin.height(), [&](int y) {
        auto m = melanin.row(y);
        auto b = blood.row(y);
        const double ym = melanin.yMm(y);
        std::fill(m.begin(), m.end(), 1.0f);
        addValueNoiseRow(mottle, ym, x0, dx, 4.0, kMelaninMottle, m);
        addValueNoiseRow(fleck, ym, x0, dx, 1.0, kMelaninFleck, m);
        std::fill(b.begin(), b.end(), 1.0f);
        addValueNoiseRow(vessels, ym, x0, dx, 3.0, kBloodMottle, b);
        for (float& v : m) {
            v = static_cast<float>(base * v);
        }
        for (float& v : b) {
            v = static_cast<float>(kBaselineBloodFraction * v);
        }
    });
}

void assignScarPigment(ScarShape& scar, int fitzpatrick, const CounterRng& rng) {
    // Indices [0, 16) of the scar's pigment stream.
    scar.haloWidthMm = rng.uniform(0, 0.5, 1.2); // halo width, mm (assumption)
    if (scar.type == ScarType::Chickenpox) {
        // Old childhood scars: no residual erythema.
        if (rng.uniform(1) < kChickenpoxHypoProbability) {
            scar.hypopigmentation = rng.uniform(2, 0.3, 0.7);
        } else {
            scar.hyperpigmentation = rng.uniform(3, 0.3, 0.8);
        }
        return;
    }
    if (rng.uniform(4) < kPieProbability) {
        // Faint: residual redness, not inflamed acne (assumption).
        scar.erythema = rng.uniform(5, 0.1, 0.35);
    }
    if (rng.uniform(6) < pihProbability(fitzpatrick)) {
        scar.hyperpigmentation = rng.uniform(7, 0.3, 0.8);
    }
}

} // namespace skinsim

#pragma once
// Pigment of the patch: melanin by Fitzpatrick type with gentle mottling, baseline dermal blood,
// and what scars do to both: post-inflammatory erythema (PIE), post-inflammatory
// hyperpigmentation halos (PIH, more likely in darker skin) and hypopigmented chickenpox scars
// (most varicella scars are hypopigmented, evidence.md 1c).

#include "core/Field2D.hpp"
#include "core/Rng.hpp"
#include "skin/ScarShape.hpp"

#include <cstdint>

namespace skinsim {

/// Melanin (epidermal melanosome volume fraction) and blood (dermal volume fraction) of normal
/// skin of Fitzpatrick type `fitzpatrick`.
void generateBaselinePigment(FieldF& melanin, FieldF& bloodFraction, int fitzpatrick,
                             std::uint64_t seed);

/// Decides whether a scar carries PIE, a PIH halo or hypopigmentation, and how strong.
void assignScarPigment(ScarShape& scar, int fitzpatrick, const CounterRng& rng);

/// Probability that an acne scar has a PIH halo, by skin type (assumption ordered as target
/// pih-skin-type: "PIH is more likely in darker skin", Metelitsa & Alster 2010).
double pihProbability(int fitzpatrick);

} // namespace skinsim

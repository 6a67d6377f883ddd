#pragma once
// The nine modalities of DESIGN.md section 6, one class (and one .cpp) each.

#include "treatment/Treatment.hpp"

namespace skinsim {

#define SKINSIM_DECLARE_TREATMENT(Name)                                                            \
    class Name final : public Treatment {                                                          \
      public:                                                                                      \
        std::string_view key() const override;                                                     \
        SessionSettings readSettings(const SettingsReader& reader) const override;                 \
        void apply(TissueState& state, const SessionContext& context) const override;              \
        SessionDowntime downtime(const SessionContext& context) const override;                    \
    };

SKINSIM_DECLARE_TREATMENT(FractionalCo2)
SKINSIM_DECLARE_TREATMENT(FractionalErbium)
SKINSIM_DECLARE_TREATMENT(NonablativeFractional)
SKINSIM_DECLARE_TREATMENT(Microneedling)
SKINSIM_DECLARE_TREATMENT(ChemicalPeel)
SKINSIM_DECLARE_TREATMENT(TcaCross)
SKINSIM_DECLARE_TREATMENT(HaFiller)
SKINSIM_DECLARE_TREATMENT(Subcision)
SKINSIM_DECLARE_TREATMENT(PunchExcision)

#undef SKINSIM_DECLARE_TREATMENT

/// Ablation depth of a fractional CO2 microbeam, µm, for a pulse energy in mJ (target co2-depth).
double co2AblationDepthUm(double pulseEnergyMj);

/// Tissue removed by a fractional Er:YAG pulse, µm, for a fluence in J/cm² (target erbium-depth).
double erbiumAblationDepthUm(double fluenceJcm2);

/// Collagen-induction stimulus of a fractional session relative to the reference session
/// (fractional CO2, 15 mJ, 10 %, one pass), from its area fraction and injury depth.
double fractionalStimulus(double densityPct, double passes, double injuryUm);

} // namespace skinsim

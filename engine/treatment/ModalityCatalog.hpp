#pragma once
// The catalogue of treatment modalities (DESIGN.md sections 3 and 6): for each one, the settings a
// clinician dials in on the device, with their unit, default, allowed range and the published
// source of those numbers (shared/clinical/evidence.md). It is data only: the scenario loader
// validates plans against it, the studio builds its Plan panel from it, and the physics of each
// modality reads its parameter values by name.

#include <span>
#include <string_view>

namespace skinsim {

/// How a parameter's value is written in a scenario file.
enum class ParameterKind {
    Real,    ///< a number within [min, max]
    Integer, ///< a whole number within [min, max]
    YesNo,   ///< true/false (or "yes"/"no"); stored as 1 or 0
    Choice,  ///< one word out of `choices`
};

/// One setting of a modality, e.g. the pulse energy of a fractional CO2 laser.
struct ModalityParameter {
    std::string_view name;  ///< scenario key: snake_case with a unit suffix ("pulse_energy_mj")
    std::string_view label; ///< for people, without the unit ("Pulse energy")
    std::string_view unit;  ///< for display ("mJ", "%", "mm"); empty when unitless
    ParameterKind kind = ParameterKind::Real;
    double defaultValue = 0; ///< Real, Integer; YesNo: 0 = no, 1 = yes
    double min = 0;          ///< allowed range (Real, Integer), inclusive
    double max = 0;
    std::span<const std::string_view> choices = {}; ///< Choice only
    std::string_view defaultChoice = {};            ///< Choice only
    std::string_view description;                   ///< one line for the studio's tooltip
    std::string_view source; ///< where the default and range come from (evidence.md)
};

/// One treatment modality.
struct Modality {
    std::string_view key;         ///< scenario name, e.g. "fractional_co2"
    std::string_view displayName; ///< e.g. "Fractional CO2 laser"
    /// Which scars a session acts on unless the plan entry says otherwise: "all" (the whole
    /// patch, or for fillers every depression), "icepick" or "rolling". Same words as a plan
    /// entry's "target".
    std::string_view defaultTarget;
    int intervalDays = 28; ///< typical days between two sessions of a course
    std::span<const ModalityParameter> parameters;
    std::string_view sources; ///< the studies behind this modality, for the Outcome panel

    /// The parameter called `name`, or nullptr if this modality has none by that name.
    const ModalityParameter* findParameter(std::string_view name) const;
};

/// Every modality, in the order of DESIGN.md section 6.
std::span<const Modality> modalityCatalog();

/// The modality called `key`, or nullptr.
const Modality* findModality(std::string_view key);

} // namespace skinsim

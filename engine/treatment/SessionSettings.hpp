#pragma once
// The device settings of one session, typed per modality (issue 15): the physics reads fields, so a
// misspelt setting name cannot silently read as 0. A plan entry holds its values by name (as the
// scenario file writes them); SettingsReader turns them into these structs once, when the course
// is prepared, checking every name, kind and range against the catalogue
// (treatment/ModalityCatalog.hpp, where each setting's unit, range and source are).

#include "treatment/ModalityCatalog.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace skinsim {

struct FractionalCo2Settings {
    double pulseEnergyMj = 0; ///< "pulse_energy_mj": energy per microbeam, mJ
    double densityPct = 0;    ///< "density_pct": surface covered by columns per pass, %
    int passes = 0;           ///< "passes": over the same area in one session
};

struct FractionalErbiumSettings {
    double fluenceJcm2 = 0; ///< "fluence_j_cm2": fluence per microbeam, J/cm²
    double densityPct = 0;  ///< "density_pct": surface covered by columns per pass, %
    int passes = 0;         ///< "passes"
};

struct NonablativeFractionalSettings {
    double pulseEnergyMj = 0; ///< "pulse_energy_mj": energy per microthermal zone, mJ
    double densityPct = 0;    ///< "density_pct": surface covered per session, %
};

struct MicroneedlingSettings {
    double needleMm = 0; ///< "needle_mm": needle length, mm
    bool prp = false;    ///< "prp": platelet-rich plasma applied after needling
};

/// The catalogue's peel depths ("depth": superficial, medium, deep), in its order.
enum class PeelDepth { Superficial, Medium, Deep };

struct ChemicalPeelSettings {
    PeelDepth depth = PeelDepth::Medium; ///< "depth"
};

struct TcaCrossSettings {
    double concentrationPct = 0; ///< "concentration_pct": TCA strength, %
};

struct HaFillerSettings {
    double volumeMl = 0; ///< "volume_ml": injected into the targeted scars, mL
};

struct SubcisionSettings {
    bool suction = false; ///< "suction": repeated suction in the following weeks
};

struct PunchExcisionSettings {
    double punchMm = 0; ///< "punch_mm": punch diameter, mm
};

/// One session's settings: the struct of its modality (Treatment::readSettings makes it).
using SessionSettings =
    std::variant<FractionalCo2Settings, FractionalErbiumSettings, NonablativeFractionalSettings,
                 MicroneedlingSettings, ChemicalPeelSettings, TcaCrossSettings, HaFillerSettings,
                 SubcisionSettings, PunchExcisionSettings>;

/// What is wrong with one of a session's values.
struct SettingProblem {
    std::string name;    ///< the setting's name as given
    std::string message; ///< e.g. "not a parameter of tca_cross (allowed: concentration_pct)"
};

/// Reads a session's settings by name from a plan entry's values, checked against the modality's
/// catalogue entry. A value the entry lacks is the catalogue default (as a scenario file's absent
/// parameter is). Asking for a name the catalogue does not list for this modality, or with another
/// kind, is a programmer error: std::logic_error, never a silent 0.
class SettingsReader {
  public:
    SettingsReader(const Modality& modality, const std::map<std::string, double>& numbers,
                   const std::map<std::string, std::string>& choices);

    /// The first value that is not a setting of this modality (naming the allowed ones), lies
    /// outside its range, is not whole where it must be, or is not one of its choices.
    std::optional<SettingProblem> problem() const;

    double real(std::string_view name) const;
    int integer(std::string_view name) const;
    bool yesNo(std::string_view name) const;
    /// The position of the chosen word among the parameter's choices.
    std::size_t choice(std::string_view name) const;

    /// The catalogue's settings of this modality that nothing has read yet (tests: every setting
    /// the catalogue offers reaches the physics).
    std::vector<std::string_view> unread() const;

  private:
    const ModalityParameter& parameter(std::string_view name, ParameterKind kind) const;
    double number(const ModalityParameter& parameter) const;

    const Modality& modality_;
    const std::map<std::string, double>& numbers_;
    const std::map<std::string, std::string>& choices_;
    mutable std::vector<bool> read_; ///< per catalogue parameter
};

} // namespace skinsim

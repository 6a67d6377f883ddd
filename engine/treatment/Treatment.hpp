#pragma once
// What one session of a modality does to the tissue (DESIGN.md section 3; MODEL.md
// "Modalities"), behind one interface. Each modality lives in its own file and states the source
// of every number it uses. A session writes injury into the state (wounds, stimulus, redness,
// cut tethers, filler); healing (tissue/Healing.hpp) does the rest over the following days.

#include "tissue/Patient.hpp"
#include "tissue/Tissue.hpp"
#include "treatment/SessionSettings.hpp"

#include <memory>
#include <string_view>
#include <vector>

namespace skinsim {

/// Which scars a session acts on.
struct SessionTarget {
    bool wholePatch = false;      ///< resurfacing of the whole patch (target "all")
    std::vector<char> scarChosen; ///< per scar id: 1 if this session treats it
};

/// Everything a session needs to know besides the state it changes.
struct SessionContext {
    const TissueBaseline& baseline;
    const PatientSpec& patient;
    const PatientResponse& response;
    const SessionSettings& settings; ///< this modality's struct (readSettings made it)
    const SessionTarget& target;
    std::uint64_t seed = 0; ///< for the session's own random pattern (column positions)
};

/// The downtime of one session for the median patient, in days, and its PIH risk.
struct SessionDowntime {
    double erythemaDays = 0;           ///< visible redness
    double crustingDays = 0;           ///< crusts, scabs, peeling, or sutures in place
    double bruisingDays = 0;           ///< bruising (subcision, fillers)
    double swellingDays = 0;           ///< oedema
    double pihProbability = 0;         ///< chance of post-inflammatory hyperpigmentation after it
    double newScarringProbability = 0; ///< chance the session itself scars (patient factors)
    double infectionProbability = 0;   ///< chance of a wound infection after it
};

class Treatment {
  public:
    virtual ~Treatment() = default;
    /// The catalogue key, e.g. "fractional_co2".
    virtual std::string_view key() const = 0;
    /// This modality's settings from a plan entry's values (the reader checks every name).
    virtual SessionSettings readSettings(const SettingsReader& reader) const = 0;
    /// Applies the session's injury to `state` (day of the session, before healing).
    virtual void apply(TissueState& state, const SessionContext& context) const = 0;
    /// Downtime and PIH risk of this session for this patient's skin type (median healing).
    virtual SessionDowntime downtime(const SessionContext& context) const = 0;
};

/// The treatment for a catalogue key; nullptr for an unknown key.
std::unique_ptr<Treatment> makeTreatment(std::string_view key);

} // namespace skinsim

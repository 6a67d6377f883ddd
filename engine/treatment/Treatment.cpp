#include "treatment/Treatment.hpp"

#include "treatment/Modalities.hpp"

namespace skinsim {

std::unique_ptr<Treatment> makeTreatment(std::string_view key) {
    if (key == "fractional_co2")
        return std::make_unique<FractionalCo2>();
    if (key == "fractional_erbium")
        return std::make_unique<FractionalErbium>();
    if (key == "nonablative_fractional")
        return std::make_unique<NonablativeFractional>();
    if (key == "microneedling")
        return std::make_unique<Microneedling>();
    if (key == "chemical_peel")
        return std::make_unique<ChemicalPeel>();
    if (key == "tca_cross")
        return std::make_unique<TcaCross>();
    if (key == "ha_filler")
        return std::make_unique<HaFiller>();
    if (key == "subcision")
        return std::make_unique<Subcision>();
    if (key == "punch_excision")
        return std::make_unique<PunchExcision>();
    return nullptr;
}

} // namespace skinsim

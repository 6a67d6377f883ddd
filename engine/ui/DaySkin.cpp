#include "ui/DaySkin.hpp"

namespace skinsim::ui {

render::SkinSurface skinOfDay(const DaySurface& day, const FieldF& blood) {
    render::SkinSurface skin;
    skin.heightUm = day.heightUm;
    skin.melanin = day.melanin;
    skin.blood = blood;
    skin.erythema = day.erythema;
    skin.crust = day.marks.crust;
    skin.bruise = day.marks.bruise;
    skin.bruiseAgeDays = static_cast<float>(day.marks.bruiseAgeDays);
    skin.swellingUm = day.marks.swellingUm;
    return skin;
}

} // namespace skinsim::ui

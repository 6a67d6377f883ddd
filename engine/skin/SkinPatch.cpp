#include "skin/SkinPatch.hpp"

namespace skinsim {

std::string_view toString(ScarOrigin origin) {
    switch (origin) {
    case ScarOrigin::Explicit:
        return "explicit";
    case ScarOrigin::Random:
        return "random";
    case ScarOrigin::GradePreset:
        return "goodman_baron_grade";
    }
    return "?";
}

} // namespace skinsim

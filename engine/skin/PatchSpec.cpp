#include "skin/PatchSpec.hpp"

namespace skinsim {
namespace {
template <class E, std::size_t N>
std::optional<E> lookup(std::string_view name,
                        const std::array<std::pair<E, std::string_view>, N>& table) {
    for (const auto& [value, text] : table) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}
template <class E, std::size_t N>
std::string_view nameOf(E value, const std::array<std::pair<E, std::string_view>, N>& table) {
    for (const auto& [v, text] : table) {
        if (v == value) {
            return text;
        }
    }
    return "?";
}

constexpr std::array<std::pair<Region, std::string_view>, 4> kRegions{
    {{Region::Cheek, "cheek"},
     {Region::Forehead, "forehead"},
     {Region::Temple, "temple"},
     {Region::Chin, "chin"}}};
constexpr std::array<std::pair<ScarType, std::string_view>, 4> kScarTypes{
    {{ScarType::Icepick, "icepick"},
     {ScarType::Boxcar, "boxcar"},
     {ScarType::Rolling, "rolling"},
     {ScarType::Chickenpox, "chickenpox"}}};
constexpr std::array<std::pair<Sex, std::string_view>, 2> kSexes{
    {{Sex::Female, "female"}, {Sex::Male, "male"}}};
} // namespace

std::string_view toString(Region region) {
    return nameOf(region, kRegions);
}
std::string_view toString(ScarType type) {
    return nameOf(type, kScarTypes);
}
std::string_view toString(Sex sex) {
    return nameOf(sex, kSexes);
}
std::optional<Region> regionFromString(std::string_view name) {
    return lookup(name, kRegions);
}
std::optional<ScarType> scarTypeFromString(std::string_view name) {
    return lookup(name, kScarTypes);
}
std::optional<Sex> sexFromString(std::string_view name) {
    return lookup(name, kSexes);
}

} // namespace skinsim

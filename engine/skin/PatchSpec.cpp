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
constexpr std::array<std::pair<ScarringHistory, std::string_view>, 3> kHistories{
    {{ScarringHistory::None, "none"},
     {ScarringHistory::PoorHealing, "poor_healing"},
     {ScarringHistory::KeloidFamily, "keloid_family"}}};
constexpr std::array<std::pair<AcneActivity, std::string_view>, 4> kAcne{
    {{AcneActivity::None, "none"},
     {AcneActivity::Mild, "mild"},
     {AcneActivity::Moderate, "moderate"},
     {AcneActivity::Severe, "severe"}}};
constexpr std::array<std::pair<SunProtection, std::string_view>, 3> kSun{
    {{SunProtection::Daily, "daily"},
     {SunProtection::Sometimes, "sometimes"},
     {SunProtection::None, "none"}}};
constexpr std::array<std::pair<Aftercare, std::string_view>, 2> kAftercare{
    {{Aftercare::Good, "good"}, {Aftercare::Poor, "poor"}}};
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
std::string_view toString(ScarringHistory v) {
    return nameOf(v, kHistories);
}
std::string_view toString(AcneActivity v) {
    return nameOf(v, kAcne);
}
std::string_view toString(SunProtection v) {
    return nameOf(v, kSun);
}
std::string_view toString(Aftercare v) {
    return nameOf(v, kAftercare);
}
std::optional<ScarringHistory> scarringHistoryFromString(std::string_view name) {
    return lookup(name, kHistories);
}
std::optional<AcneActivity> acneActivityFromString(std::string_view name) {
    return lookup(name, kAcne);
}
std::optional<SunProtection> sunProtectionFromString(std::string_view name) {
    return lookup(name, kSun);
}
std::optional<Aftercare> aftercareFromString(std::string_view name) {
    return lookup(name, kAftercare);
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

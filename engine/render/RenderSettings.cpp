#include "render/RenderSettings.hpp"

#include <array>
#include <utility>

namespace skinsim::render {

namespace {
template <class E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, std::string_view>, N>& table,
                        std::string_view name) {
    for (const auto& [value, text] : table) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}
template <class E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [v, text] : table) {
        if (v == value) {
            return text;
        }
    }
    return "?";
}

constexpr std::array<std::pair<View, std::string_view>, 2> kViews = {
    {{View::Patch, "patch"}, {View::Face, "face"}}};
constexpr std::array<std::pair<LightPreset, std::string_view>, 3> kLights = {
    {{LightPreset::Raking, "raking"},
     {LightPreset::Clinical, "clinical"},
     {LightPreset::Flash, "flash"}}};
constexpr std::array<std::pair<Mode, std::string_view>, 4> kModes = {{{Mode::Skin, "skin"},
                                                                      {Mode::Clay, "clay"},
                                                                      {Mode::Heatmap, "heatmap"},
                                                                      {Mode::Change, "change"}}};
constexpr std::array<std::pair<Compare, std::string_view>, 3> kCompares = {
    {{Compare::None, "none"}, {Compare::Split, "split"}, {Compare::Side, "side"}}};
constexpr std::array<std::pair<CameraPreset, std::string_view>, 3> kCameras = {
    {{CameraPreset::CloseUp, "close-up"},
     {CameraPreset::ArmsLength, "arm"},
     {CameraPreset::SocialDistance, "social"}}};
} // namespace

CameraPreset effectiveCamera(const ViewSettings& settings) {
    if (settings.camera) {
        return *settings.camera;
    }
    return settings.view == View::Patch ? CameraPreset::CloseUp : CameraPreset::SocialDistance;
}

std::optional<View> viewFromString(std::string_view name) {
    return lookup(kViews, name);
}
std::optional<LightPreset> lightFromString(std::string_view name) {
    return lookup(kLights, name);
}
std::optional<Mode> modeFromString(std::string_view name) {
    return lookup(kModes, name);
}
std::optional<Compare> compareFromString(std::string_view name) {
    return lookup(kCompares, name);
}
std::optional<CameraPreset> cameraFromString(std::string_view name) {
    return lookup(kCameras, name);
}
std::string_view toString(View v) {
    return nameOf(kViews, v);
}
std::string_view toString(LightPreset l) {
    return nameOf(kLights, l);
}
std::string_view toString(Mode m) {
    return nameOf(kModes, m);
}
std::string_view toString(Compare c) {
    return nameOf(kCompares, c);
}
std::string_view toString(CameraPreset c) {
    return nameOf(kCameras, c);
}

} // namespace skinsim::render

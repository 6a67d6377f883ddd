#pragma once
// What a picture shows and how: the choices of `skinsim render` and of the studio's View panel,
// as one documented struct (STYLE.md 11).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace skinsim::render {

enum class View { Patch, Face };
enum class LightPreset { Raking, Clinical, Flash };
enum class Mode { Skin, Clay, Heatmap, Change };
enum class Compare { None, Split, Side };
enum class CameraPreset { CloseUp, ArmsLength, SocialDistance };

struct ViewSettings {
    /// The patch as a displaced surface, or a face with the patch on its region.
    View view = View::Patch;
    /// raking: grazing, 15 degrees above the skin, from the left of the picture (the examiner's
    /// light for atrophic scars); clinical: soft, frontal; flash: on the camera.
    LightPreset light = LightPreset::Raking;
    /// skin; clay (relief only, neutral material); heatmap (depth below the surrounding skin);
    /// change (depth filled or lost since the before surface, day 0, on a diverging scale).
    Mode mode = Mode::Skin;
    /// split: before left of a divider, after right; side: before and after side by side.
    Compare compare = Compare::None;
    /// close-up: the patch fills the picture (patch view) or 16 cm from it (face view); arm's
    /// length: 30 cm, as one sees oneself in a hand mirror or a selfie; social: 50 cm. Default:
    /// close-up for the patch view, 50 cm for the face view.
    std::optional<CameraPreset> camera{};
    /// Split: where the divider is, as a fraction of the width.
    float splitFraction = 0.5f;
    /// Labels drawn on comparisons.
    std::string beforeLabel = "Before";
    std::string afterLabel = "After";
    /// Turns the light around the skin's normal, degrees (the studio's light drag).
    float lightAzimuthDeg = 0.0f;
    /// Orbits the camera around its target from the preset, degrees (the studio's drag).
    float cameraYawDeg = 0.0f;
    float cameraPitchDeg = 0.0f;
    /// The studio's zoom: multiplies the preset's distance to the target (0.05..20; 1: the preset).
    float cameraDistanceScale = 1.0f;
    /// The studio's pan: moves the target (and the eye with it) along the picture's right and up
    /// directions, millimetres.
    float cameraPanRightMm = 0.0f;
    float cameraPanUpMm = 0.0f;
    /// Multiplies heights (1: true scale). Exaggeration is for teaching; consultations use 1.
    float reliefExaggeration = 1.0f;
    /// Top of the heatmap's colour bar, µm; 0: the deepest point shown, rounded up to 50, 100,
    /// 200, 250, 500... (change mode: a quarter of the deepest point on day 0, rounded up the same
    /// way).
    float heatmapRangeUm = 0.0f;
    /// Draw a millimetre scale bar (at the patch's distance) and these caption lines, bottom
    /// left (the studio's exports and presentation; off for the CLI's pictures).
    bool scaleBar = false;
    std::vector<std::string> caption{};

    bool operator==(const ViewSettings&) const = default;
};

CameraPreset effectiveCamera(const ViewSettings& settings);

std::optional<View> viewFromString(std::string_view name);
std::optional<LightPreset> lightFromString(std::string_view name);
std::optional<Mode> modeFromString(std::string_view name);
std::optional<Compare> compareFromString(std::string_view name);
std::optional<CameraPreset> cameraFromString(std::string_view name);
std::string_view toString(View v);
std::string_view toString(LightPreset l);
std::string_view toString(Mode m);
std::string_view toString(Compare c);
std::string_view toString(CameraPreset c);

} // namespace skinsim::render

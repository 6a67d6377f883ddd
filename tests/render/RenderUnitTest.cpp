// The renderer's CPU side, checked without a GPU: the surrounding-skin level behind the heatmap,
// the prepared maps, half floats, the diffusion table, the skin colour shared with the skin
// generator, the colour map, the camera presets and the lights.

#include "RenderTypes.h"
#include "SkinOptics.h"
#include "render/Camera.hpp"
#include "render/Colormap.hpp"
#include "render/DiffusionLut.hpp"
#include "render/Lighting.hpp"
#include "render/ReliefReference.hpp"
#include "render/SurfaceMaps.hpp"
#include "skin/SkinAnatomy.hpp"
#include "skin/SkinColour.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <random>

using namespace skinsim;
using namespace skinsim::render;

namespace {
/// 10 x 10 mm at 25 µm with one 300 µm deep, 2 mm wide flat-bottomed pit in the middle.
FieldF pitField() {
    FieldF f(400, 400, 25.0);
    for (int y = 0; y < 400; ++y) {
        for (int x = 0; x < 400; ++x) {
            f(x, y) = std::hypot(f.xMm(x) - 5.0, f.yMm(y) - 5.0) < 1.0 ? -300.0f : 0.0f;
        }
    }
    return f;
}
} // namespace

TEST(ReliefReference, DepthBelowSurroundingSkinIsThePitsDepthInsideAndZeroOutside) {
    const FieldF h = pitField();
    const FieldF depth = depthBelowReference(h, surroundingSkinLevel(h));
    EXPECT_NEAR(depth(200, 200), 300.0f, 5.0f);
    EXPECT_NEAR(depth(20, 20), 0.0f, 1.0f);
    EXPECT_NEAR(depth(200, 130), 0.0f, 1.0f) << "1.75 mm from the centre: outside the 1 mm pit";
}

TEST(ReliefReference, FollowsTheSkinsBroadSlope) {
    FieldF h = pitField();
    for (int y = 0; y < h.height(); ++y) {
        for (int x = 0; x < h.width(); ++x) {
            h(x, y) += static_cast<float>(40.0 * h.xMm(x)); // 40 µm per mm of tilt
        }
    }
    const FieldF depth = depthBelowReference(h, surroundingSkinLevel(h));
    EXPECT_NEAR(depth(200, 200), 300.0f, 25.0f);
    EXPECT_LT(depth(300, 300), 30.0f) << "a slope is not a scar";
}

TEST(ReliefReference, RunningExtremeMatchesBruteForce) {
    FieldF f(37, 23, 25.0);
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    for (float& v : f.values()) {
        v = u(rng);
    }
    for (const int radius : {1, 3, 8}) {
        const FieldF fast = runningExtreme(f, radius, true);
        for (int y = 0; y < f.height(); ++y) {
            for (int x = 0; x < f.width(); ++x) {
                float m = -1e9f;
                for (int dy = -radius; dy <= radius; ++dy) {
                    for (int dx = -radius; dx <= radius; ++dx) {
                        m = std::max(m, f.clamped(x + dx, y + dy));
                    }
                }
                ASSERT_EQ(fast(x, y), m) << x << "," << y << " radius " << radius;
            }
        }
    }
}

TEST(SurfaceMaps, SlopesAreHeightDifferencesOverDistanceAndEverythingStartsLit) {
    FieldF h(64, 32, 10.0);
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 64; ++x) {
            h(x, y) = static_cast<float>(0.5 * x * 10.0); // 0.5 µm per µm along x
        }
    }
    const SurfaceMaps maps = buildSurfaceMaps(uniformSkin(h, 0.08f));
    ASSERT_EQ(maps.detail.halfs.size(), 64u * 32u * 4u);
    EXPECT_NEAR(fromHalf(maps.detail.halfs[(5 * 64 + 10) * 4 + 0]), 0.5f, 1e-3f);
    EXPECT_NEAR(fromHalf(maps.detail.halfs[(5 * 64 + 10) * 4 + 1]), 0.0f, 1e-3f);
    EXPECT_EQ(fromHalf(maps.detail.halfs[(5 * 64 + 10) * 4 + 3]), 1.0f)
        << "visible until the shadow pass";
    EXPECT_NEAR(fromHalf(maps.detail.halfs[(5 * 64 + 0) * 4 + 0]), 0.5f, 1e-3f)
        << "one-sided at the border";
    EXPECT_NEAR(maps.reliefRangeUm, 0.5f * 630.0f, 1e-2f);
    float mean = 0;
    for (float v : maps.heightUm) {
        mean += v;
    }
    EXPECT_NEAR(mean / static_cast<float>(maps.heightUm.size()), 0.0f, 1e-2f)
        << "relative to the mean plane";
}

TEST(SurfaceMaps, PigmentMapCarriesErythemaAsExtraBlood) {
    const SurfaceMaps maps = buildSurfaceMaps(uniformSkin(FieldF(8, 8, 25.0), 0.08f, 1.0f, 0.02f));
    EXPECT_NEAR(fromHalf(maps.pigment.halfs[0]), 0.08f, 1e-3f);
    EXPECT_NEAR(fromHalf(maps.pigment.halfs[1]), 0.02f + shader::kErythemaBloodFraction, 1e-3f);
    EXPECT_NEAR(maps.meanRestingBlood, 0.02f, 1e-6f);
}

TEST(HalfFloat, RoundTripsRenderRangeValues) {
    for (const float v : {0.0f, 1.0f, -2.5f, 0.1f, 450.25f, 1e-5f, 65504.0f}) {
        EXPECT_NEAR(fromHalf(toHalf(v)), v, std::abs(v) * 1e-3f + 1e-7f) << v;
    }
    EXPECT_TRUE(std::isinf(fromHalf(toHalf(1e6f))));
}

TEST(DiffusionLut, FlatSkinIsLambertAndCurvedSkinWrapsRedLightFurthest) {
    const DiffusionLut lut = buildDiffusionLut(64, 32);
    const auto at = [&](int x, int y, int c) {
        return lut.rgba[(static_cast<std::size_t>(y) * 64 + x) * 4 + c];
    };
    for (int x = 0; x < 64; ++x) {
        const float cosTheta = -1.0f + 2.0f * (x + 0.5f) / 64.0f;
        EXPECT_NEAR(at(x, 0, 0), std::max(0.0f, cosTheta), 1e-5f);
    }
    // Just past the terminator (cos theta slightly negative) on the most curved row: scattered
    // light, red most, blue least.
    EXPECT_GT(at(28, 31, 0), at(28, 31, 1));
    EXPECT_GT(at(28, 31, 1), at(28, 31, 2));
    EXPECT_GT(at(28, 31, 0), 0.02f);
}

TEST(SkinOptics, ShaderAlbedoMatchesTheSkinGeneratorsAlbedo) {
    for (const double melanin : {0.02, 0.08, 0.3}) {
        for (const double blood : {0.005, 0.02, 0.07}) {
            const auto cpu = skinsim::skinAlbedo(melanin, blood);
            const glm::vec3 gpu =
                shader::skinAlbedo(static_cast<float>(melanin), static_cast<float>(blood));
            for (int c = 0; c < 3; ++c) {
                EXPECT_NEAR(gpu[c], cpu[static_cast<std::size_t>(c)], 2e-3)
                    << melanin << " " << blood << " " << c;
            }
        }
    }
    EXPECT_FLOAT_EQ(shader::kErythemaBloodFraction,
                    static_cast<float>(skinsim::kErythemaBloodFraction));
}

TEST(SkinOptics, ErythemaTakesGreenAwayFasterThanRed) {
    const glm::vec3 calm = shader::skinAlbedo(0.08f, 0.02f);
    const glm::vec3 red = shader::skinAlbedo(0.08f, 0.02f + shader::kErythemaBloodFraction);
    EXPECT_GT(red.r / red.g, 1.3f * calm.r / calm.g);
}

TEST(Colormap, DarkensMonotonicallyWithDepth) {
    double last = 1e9;
    for (int i = 0; i <= 20; ++i) {
        const Rgb8 c = heatColour(i / 20.0f);
        const double luma = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        EXPECT_LT(luma, last) << i;
        last = luma;
    }
    EXPECT_EQ(niceHeatmapRangeUm(0.0f), 50.0f);
    EXPECT_EQ(niceHeatmapRangeUm(180.0f), 200.0f);
    EXPECT_EQ(niceHeatmapRangeUm(240.0f), 250.0f);
    EXPECT_EQ(niceHeatmapRangeUm(420.0f), 500.0f);
    EXPECT_EQ(niceHeatmapRangeUm(1100.0f), 2000.0f);
}

TEST(Camera, SocialDistanceStandsHalfAMetreAway) {
    const PatchGeometry patch;
    for (const View view : {View::Patch, View::Face}) {
        const CameraPose pose = cameraFor(view, CameraPreset::SocialDistance, patch, 1.6f, {});
        EXPECT_NEAR(glm::length(pose.eyeMm - pose.targetMm), 500.0f, 1e-3f);
    }
}

TEST(Camera, CloseUpFramesTheWholePatch) {
    const PatchGeometry patch; // 30 x 30 mm
    const float aspect = 1.6f;
    const CameraPose pose = cameraFor(View::Patch, CameraPreset::CloseUp, patch, aspect, {});
    const glm::mat4 vp = viewProjection(pose, aspect);
    for (const float sx : {-1.0f, 1.0f}) {
        for (const float sy : {-1.0f, 1.0f}) {
            const glm::vec4 corner = vp * glm::vec4(15.0f * sx, 15.0f * sy, 0.0f, 1.0f);
            EXPECT_LT(std::abs(corner.x / corner.w), 1.0f);
            EXPECT_LT(std::abs(corner.y / corner.w), 1.0f);
        }
    }
}

TEST(Lighting, RakingLightGrazesTheSkinAtFifteenDegrees) {
    const PatchGeometry patch;
    const CameraPose camera = cameraFor(View::Patch, CameraPreset::CloseUp, patch, 1.6f, {});
    const LightRig rig = lightFor(LightPreset::Raking, patch, camera, 0.0f);
    EXPECT_NEAR(glm::degrees(std::asin(glm::dot(rig.direction, patch.normal))), kRakingElevationDeg,
                1e-3f);
    const shader::ShadowPush push = shadowParameters(rig, patch, 25.0, 400.0f);
    EXPECT_NEAR(push.light.z, std::tan(glm::radians(kRakingElevationDeg)), 1e-4f);
    // 400 µm of relief under a 15 degree light casts shadows up to ~1.5 mm = 60 cells long.
    EXPECT_NEAR(push.params.z, 400.0f / std::tan(glm::radians(15.0f)) / 25.0f, 0.5f);
}

// The studio's brush: the patch point under a pixel and the pixel of a patch point agree, for any
// orbit, pan and zoom, and the middle of a square close-up is the patch's centre.
TEST(PatchPicking, ThePixelOfAPickedPointIsThePixelPicked) {
    const render::ViewSettings plain;
    const auto centre = render::patchPointAt(plain, 30.0f, 30.0f, 800.0f, 800.0f, 400.0f, 400.0f);
    ASSERT_TRUE(centre.has_value());
    // The close-up looks down 20 degrees off the normal: the middle pixel sees the centre's
    // neighbourhood (the camera aims at the centre).
    EXPECT_NEAR(centre->x, 15.0, 1e-3);
    EXPECT_NEAR(centre->y, 15.0, 1e-3);

    render::ViewSettings moved;
    moved.cameraYawDeg = 25.0f;
    moved.cameraPitchDeg = -10.0f;
    moved.cameraDistanceScale = 0.6f;
    moved.cameraPanRightMm = 3.0f;
    moved.cameraPanUpMm = -2.0f;
    for (const auto& settings : {plain, moved}) {
        for (const glm::dvec2 point : {glm::dvec2(5, 7), glm::dvec2(15, 15), glm::dvec2(24, 20)}) {
            const auto pixel =
                render::pixelOfPatchPoint(settings, 30.0f, 30.0f, 1000.0f, 700.0f, point);
            ASSERT_TRUE(pixel.has_value());
            const auto back =
                render::patchPointAt(settings, 30.0f, 30.0f, 1000.0f, 700.0f, pixel->x, pixel->y);
            ASSERT_TRUE(back.has_value());
            EXPECT_NEAR(back->x, point.x, 0.01);
            EXPECT_NEAR(back->y, point.y, 0.01);
        }
    }
    // Panning right moves the picture's content left: the same pixel now sees a point further
    // right.
    const auto panned = render::patchPointAt(moved, 30.0f, 30.0f, 800.0f, 800.0f, 400.0f, 400.0f);
    render::ViewSettings unpanned = moved;
    unpanned.cameraPanRightMm = 0.0f;
    unpanned.cameraPanUpMm = 0.0f;
    const auto still = render::patchPointAt(unpanned, 30.0f, 30.0f, 800.0f, 800.0f, 400.0f, 400.0f);
    ASSERT_TRUE(panned && still);
    EXPECT_GT(panned->x, still->x + 1.0);
    EXPECT_FALSE(render::patchPointAt(plain, 30.0f, 30.0f, 800.0f, 800.0f, 900.0f, 10.0f))
        << "off the picture";
}

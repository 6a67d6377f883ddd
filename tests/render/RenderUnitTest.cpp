// The renderer's CPU side, checked without a GPU: the surrounding-skin level behind the heatmap,
// the prepared maps, half floats, the diffusion table, the albedo table against the skin
// generator's spectral albedo, the tone curve, the colour map, the camera presets and the lights.

#include "RenderTypes.h"
#include "SkinOptics.h"
#include "ToneCurve.h"
#include "render/AlbedoLut.hpp"
#include "render/Camera.hpp"
#include "render/Colormap.hpp"
#include "render/DiffusionLut.hpp"
#include "render/GpuFace.hpp"
#include "render/Lighting.hpp"
#include "render/ReliefReference.hpp"
#include "render/SurfaceMaps.hpp"
#include "skin/SkinAnatomy.hpp"
#include "skin/SkinColour.hpp"

#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>
#include <limits>
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

TEST(MeanTextureColour, WrapsUvsAsTheSamplerDoesAndSkipsNonFiniteOnes) {
    mesh::TriangleMesh mesh;
    mesh.baseColour = Image8(2, 1, 4); // left texel black, right texel white
    for (int c = 0; c < 4; ++c) {
        mesh.baseColour.at(1, 0)[c] = 255;
    }
    const float nan = std::numeric_limits<float>::quiet_NaN();
    // Every finite UV here lands on the right texel once wrapped (the face sampler repeats);
    // clamped instead, -0.25 would read the left one. NaN and infinite UVs have no texel.
    const std::vector<glm::vec2> uvs{{0.75f, 0.5f},
                                     {1.75f, 0.5f},
                                     {-0.25f, 0.5f},
                                     {nan, 0.5f},
                                     {0.75f, nan},
                                     {1e30f, 0.5f},
                                     {std::numeric_limits<float>::infinity(), 0.5f}};
    for (const glm::vec2& uv : uvs) {
        mesh.positions.emplace_back(0.0f);
        mesh.uvs.push_back(uv);
    }
    mesh.uvs[5] = {0.75f + 1048576.0f, 0.5f}; // a large but exact float: still the right texel
    auto colour = render::meanTextureColour(mesh, glm::vec3(0.0f), 1.0f);
    ASSERT_TRUE(colour.has_value());
    EXPECT_FLOAT_EQ(colour->r, 1.0f);
    EXPECT_FLOAT_EQ(colour->g, 1.0f);

    // Only a huge UV (2^100: its fraction is 0, the left texel) and NaNs: the huge one alone is
    // read.
    mesh.uvs = {{1.2676506e30f, 0.5f}, {nan, nan},  {nan, 0.5f}, {nan, 0.5f},
                {nan, 0.5f},           {nan, 0.5f}, {nan, 0.5f}};
    colour = render::meanTextureColour(mesh, glm::vec3(0.0f), 1.0f);
    ASSERT_TRUE(colour.has_value());
    EXPECT_FLOAT_EQ(colour->r, 0.0f);
    mesh.uvs.assign(mesh.positions.size(), glm::vec2(nan));
    EXPECT_FALSE(render::meanTextureColour(mesh, glm::vec3(0.0f), 1.0f).has_value());
}

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
    EXPECT_NEAR(fromHalf(maps.pigment.halfs[1]),
                0.02f + static_cast<float>(skinsim::kErythemaBloodFraction), 1e-3f);
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

namespace {
float roundedToHalf(float v) {
    return fromHalf(toHalf(v));
}
} // namespace

TEST(AlbedoLut, TexelCentresHoldTheSpectralAlbedoOfTheirFractions) {
    const AlbedoLut lut = buildAlbedoLut();
    ASSERT_EQ(lut.size, shader::kAlbedoLutSize);
    EXPECT_EQ(albedoLutFractions(0, 0), glm::vec2(0.0f));
    EXPECT_FLOAT_EQ(albedoLutFractions(lut.size - 1, 0).x, shader::kAlbedoLutMaxMelanin);
    EXPECT_FLOAT_EQ(albedoLutFractions(0, lut.size - 1).y, shader::kAlbedoLutMaxBlood);
    for (const auto& [x, y] : {std::pair{0, 0}, std::pair{7, 20}, std::pair{63, 63}}) {
        const glm::vec2 f = albedoLutFractions(x, y);
        const auto exact = skinsim::skinAlbedoLinearSrgb(f.x, f.y);
        for (int c = 0; c < 3; ++c) {
            EXPECT_FLOAT_EQ(lut.rgba[(static_cast<std::size_t>(y) * lut.size + x) * 4 + c],
                            static_cast<float>(exact[static_cast<std::size_t>(c)]));
        }
    }
}

TEST(AlbedoLut, ShaderLookupMatchesTheSpectralAlbedoWithinOneSrgbCode) {
    // What skin.frag reads (bilinear between half-float texels at skinAlbedoLutUv) against the
    // skin generator's spectral albedo, over every type's skin, PIH (x1.8 melanin), little blood
    // and strong erythema: within 0.001 linear (measured: 0.00024) and one 8-bit sRGB code.
    const AlbedoLut lut = buildAlbedoLut();
    int worstCode = 0;
    double worstLinear = 0;
    for (int type = 1; type <= 6; ++type) {
        for (const double pih : {1.0, 1.37, 1.8}) {
            for (const double blood :
                 {0.004, skinsim::kBaselineBloodFraction, 0.031,
                  skinsim::kBaselineBloodFraction + skinsim::kErythemaBloodFraction, 0.11}) {
                const double melanin = pih * skinsim::melaninFraction(type);
                const auto exact = skinsim::skinAlbedoLinearSrgb(melanin, blood);
                const glm::vec3 read = sampleAlbedoLut(lut, static_cast<float>(melanin),
                                                       static_cast<float>(blood), roundedToHalf);
                for (int c = 0; c < 3; ++c) {
                    const double e = exact[static_cast<std::size_t>(c)];
                    EXPECT_NEAR(read[c], e, 0.001) << melanin << " " << blood << " " << c;
                    worstLinear = std::max(worstLinear, std::abs(read[c] - e));
                    worstCode = std::max(
                        worstCode, std::abs(int(linearToSrgb8(read[c])) - int(linearToSrgb8(e))));
                }
            }
        }
    }
    EXPECT_LE(worstCode, 1);
    std::printf("albedo table: worst %.5f linear, %d sRGB code(s)\n", worstLinear, worstCode);
}

TEST(AlbedoLut, ErythemaTakesGreenAwayFasterThanRed) {
    const AlbedoLut lut = buildAlbedoLut();
    const float melanin = static_cast<float>(skinsim::melaninFraction(3));
    const float resting = kRestingBloodFraction;
    const glm::vec3 calm = sampleAlbedoLut(lut, melanin, resting);
    const glm::vec3 red = sampleAlbedoLut(
        lut, melanin, resting + static_cast<float>(skinsim::kErythemaBloodFraction));
    EXPECT_GT(red.r / red.g, 1.3f * calm.r / calm.g);
}

TEST(ToneCurve, LeavesColoursBelowTheKneeExactlyAsTheyAre) {
    for (const glm::vec3 c : {glm::vec3(0.55f, 0.36f, 0.23f), glm::vec3(0.12f, 0.02f, 0.0f),
                              glm::vec3(0.79f, 0.5f, 0.4f), glm::vec3(0.0f)}) {
        EXPECT_EQ(shader::hueKeepingToneCurve(c), c);
    }
}

TEST(ToneCurve, KeepsChannelRatiosInTheShoulderAndNeverReachesOne) {
    const glm::vec3 skin(0.62f, 0.41f, 0.30f);
    float lastPeak = 0.0f;
    for (float k = 1.0f; k < 1.6f; k += 0.05f) { // peaks 0.62 .. 0.99: below and in the shoulder
        const glm::vec3 out = shader::hueKeepingToneCurve(k * skin);
        EXPECT_NEAR(out.g / out.r, skin.g / skin.r, 1e-5f) << k;
        EXPECT_NEAR(out.b / out.r, skin.b / skin.r, 1e-5f) << k;
        EXPECT_GT(out.r, lastPeak) << "brighter in, brighter out";
        EXPECT_LT(out.r, 1.0f);
        lastPeak = out.r;
    }
    // Smooth at the knee: the slope just above it is still ~1.
    const float knee = shader::kToneKnee;
    const glm::vec3 a = shader::hueKeepingToneCurve(glm::vec3(knee + 1e-3f, 0.0f, 0.0f));
    EXPECT_NEAR((a.r - knee) / 1e-3f, 1.0f, 0.01f);
}

TEST(ToneCurve, HighlightsFadeTowardWhiteWithoutClippingFlat) {
    const glm::vec3 skin(0.62f, 0.41f, 0.30f);
    float lastPeak = 0.0f, lastSpread = 1.0f;
    for (const float k : {2.0f, 4.0f, 8.0f, 16.0f, 64.0f}) {
        const glm::vec3 out = shader::hueKeepingToneCurve(k * skin);
        const float spread = (out.r - out.b) / out.r; // 0: white
        EXPECT_GT(out.r, lastPeak) << "still brighter: no flat plateau";
        EXPECT_LT(out.r, 1.0f) << "never clipped";
        EXPECT_LT(spread, lastSpread) << "whiter";
        lastPeak = out.r;
        lastSpread = spread;
    }
    EXPECT_LT(lastSpread, 0.05f);
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

TEST(Camera, APanOfOnePixelMovesTheSkinUnderTheMouseByOnePixel) {
    // The studio pans the target by millimetresPerPixel per pixel dragged: the patch point under
    // the centre of the picture must then move by that pixel count on screen.
    render::ViewSettings settings;
    const float w = 1000.0f, h = 700.0f;
    const render::CameraPose pose = render::patchCamera(settings, 30.0f, 30.0f, w / h);
    const float mmPerPixel = render::millimetresPerPixel(pose, h);
    EXPECT_NEAR(mmPerPixel,
                2.0f * std::tan(glm::radians(0.5f * pose.fovYDeg)) *
                    glm::length(pose.targetMm - pose.eyeMm) / h,
                1e-6f);
    render::ViewSettings panned = settings;
    panned.cameraPanRightMm = 40.0f * mmPerPixel;
    const auto before = render::pixelOfPatchPoint(settings, 30.0f, 30.0f, w, h, {15.0, 15.0});
    const auto after = render::pixelOfPatchPoint(panned, 30.0f, 30.0f, w, h, {15.0, 15.0});
    ASSERT_TRUE(before && after);
    EXPECT_NEAR(std::abs(after->x - before->x), 40.0f, 2.0f);
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

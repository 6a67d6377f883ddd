// The face view: the project's default face with the patch on its region, at both camera
// presets; the patch's scars are where the placement says.

#include "GpuTest.hpp"
#include "mesh/FaceMesh.hpp"
#include "mesh/PatchPlacement.hpp"

using namespace skinsim;

namespace {
class FaceView : public test::GpuTest {
  protected:
    std::unique_ptr<render::GpuFace> face(Region region = Region::Cheek) {
        auto mesh = mesh::buildFaceMesh({.cellMm = 3.0f});
        auto placement = mesh::placePatch(mesh, region);
        EXPECT_TRUE(placement);
        auto uploaded = renderer_->uploadFace(mesh, *placement);
        EXPECT_TRUE(uploaded) << uploaded.error().message;
        return std::move(uploaded.value());
    }
    /// A 30 x 30 mm patch at 50 µm with one deep 8 mm boxcar in its middle: visible from afar.
    std::unique_ptr<render::GpuSurface> scarredPatch(double depthUm) {
        const std::vector<test::Pit> pits = {{test::Pit::Shape::Boxcar, 15.0, 15.0, 4.0, depthUm}};
        return upload(test::typeThreeSkin(test::pittedHeight(pits, 30.0, 50.0)));
    }
};
} // namespace

TEST_F(FaceView, SocialDistanceShowsAWholeFace) {
    renderer(120, 120);
    auto head = face();
    auto skin = scarredPatch(0.0);
    const Image8 image =
        render(*skin, {.view = render::View::Face, .light = render::LightPreset::Clinical}, nullptr,
               head.get());
    // Skin-coloured pixels (red clearly above blue) cover a good part of the frame: the face.
    int skinPixels = 0;
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            const auto* p = image.at(x, y);
            skinPixels += p[0] > 100 && p[0] > p[2] + 30;
        }
    }
    EXPECT_GT(skinPixels, image.width * image.height / 5);
}

TEST_F(FaceView, ThePatchsScarsShowOnTheFaceInHeatmapMode) {
    renderer(120, 120);
    auto head = face();
    auto scarred = scarredPatch(400.0);
    auto smooth = scarredPatch(0.0);
    const render::ViewSettings heat{.view = render::View::Face,
                                    .light = render::LightPreset::Clinical,
                                    .mode = render::Mode::Heatmap,
                                    .camera = render::CameraPreset::CloseUp,
                                    .heatmapRangeUm = 500.0f};
    const Image8 a = render(*scarred, heat, nullptr, head.get());
    const Image8 b = render(*smooth, heat, nullptr, head.get());
    // The close-up is centred on the patch: its middle changes colour, far corners do not.
    EXPECT_GT(test::meanAbsDifference(a, b), 1.0);
    EXPECT_LT(test::meanOver(a, 1, 50, 50, 70, 70), test::meanOver(b, 1, 50, 50, 70, 70) - 40.0);
}

TEST_F(FaceView, CloseUpAndSocialDistanceDiffer) {
    renderer(120, 120);
    auto head = face();
    auto skin = scarredPatch(300.0);
    const Image8 close =
        render(*skin, {.view = render::View::Face, .camera = render::CameraPreset::CloseUp},
               nullptr, head.get());
    const Image8 social =
        render(*skin, {.view = render::View::Face, .camera = render::CameraPreset::SocialDistance},
               nullptr, head.get());
    EXPECT_GT(test::meanAbsDifference(close, social), 10.0);
}

TEST_F(FaceView, EveryRegionCanCarryThePatch) {
    renderer(96, 96);
    auto skin = scarredPatch(200.0);
    for (const Region region : {Region::Cheek, Region::Forehead, Region::Temple, Region::Chin}) {
        auto head = face(region);
        const Image8 image =
            render(*skin, {.view = render::View::Face, .camera = render::CameraPreset::CloseUp},
                   nullptr, head.get());
        EXPECT_GT(test::lumaStdDev(image, 0, 0, 96, 96), 5.0) << toString(region);
    }
}

TEST_F(FaceView, FaceViewWithoutAFaceIsAnError) {
    renderer(64, 64);
    auto skin = scarredPatch(0.0);
    auto image = renderer_->renderImage({.after = skin.get()}, {.view = render::View::Face});
    ASSERT_FALSE(image);
    EXPECT_NE(image.error().message.find("face"), std::string::npos);
}

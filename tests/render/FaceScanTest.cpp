// The patient's own scan in the face view: a textured ellipsoid head written by the test as
// OBJ + MTL + PNG and as GLB renders with its texture outside the patch. The texture is blue on
// the patient's right half and green on the left half, colours no skin has,
// so the test can tell the scan's colour from the skin shading's: outside the patch the head's
// pixels take the texture's hue on each side, the two files give the same picture, and the
// default head (no texture) is skin-coloured where the scan is blue.

#include "../unit/core/TempDir.hpp"
#include "GpuTest.hpp"
#include "ScanFiles.hpp"
#include "mesh/FaceSource.hpp"
#include "render/Camera.hpp"

#include <fstream>

using namespace skinsim;

namespace {
/// 150 mm across, 230 mm chin to crown, 200 mm front to back: a head's bounds (Farkas 1994).
constexpr glm::vec3 kHeadSizeMm{150.0f, 230.0f, 200.0f};
constexpr std::uint8_t kBlue[3] = {50, 80, 200};
constexpr std::uint8_t kGreen[3] = {50, 170, 70};

test::ScanFile texturedHead() {
    test::ScanFile scan = test::ellipsoidHead(kHeadSizeMm, 64, 96);
    scan.texture = Image8(64, 32, 3);
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 64; ++x) {
            const std::uint8_t* c = x < 32 ? kBlue : kGreen; // u < 0.5: the patient's right (-x)
            std::copy(c, c + 3, scan.texture.at(x, y));
        }
    }
    return scan;
}

/// What a picture shows of the head away from the patch, per half of the head.
struct SideColours {
    int headPixels = 0;
    int blue = 0;  ///< blue clearly above red and green
    int green = 0; ///< green clearly above red and blue
    int skin = 0;  ///< red clearly above blue: skin
};

class FaceScan : public test::GpuTest {
  protected:
    static constexpr int kWidth = 320, kHeight = 400;

    Image8 renderFace(const mesh::PlacedFace& face) {
        renderer(kWidth, kHeight);
        auto gpuFace = renderer_->uploadFace(*face.mesh, face.placement);
        EXPECT_TRUE(gpuFace) << gpuFace.error().message;
        // A smooth type III patch: its own colour does not matter here, only the scan's.
        auto skin = upload(test::typeThreeSkin(test::pittedHeight({}, 30.0, 100.0)));
        const render::ViewSettings settings{.view = render::View::Face,
                                            .light = render::LightPreset::Clinical};
        auto image =
            renderer_->renderImage({.after = skin.get(), .face = gpuFace->get()}, settings);
        EXPECT_TRUE(image) << image.error().message;
        const glm::vec3 centre =
            face.mesh->regionOriginMm.value_or(mesh::boundsOf(*face.mesh).centre());
        const float w = kWidth, h = kHeight;
        pose_ = render::cameraFor(render::View::Face, render::effectiveCamera(settings),
                                  render::patchOnFace(face.placement, 30.0f, 30.0f), w / h,
                                  settings, centre);
        patchCentreMm_ = face.placement.centreMm;
        return image ? std::move(*image) : Image8(kWidth, kHeight, 4);
    }

    /// The head's pixels whose skin lies on the patient's right (x < 0) or left half, more than
    /// 8 mm from the midline (where the texture's two colours are filtered together) and 35 mm
    /// from the patch's centre. Where each pixel's skin is: its ray meets the ellipsoid (the scan
    /// is centred on its bounds, so at the origin).
    SideColours side(const Image8& image, bool right) const {
        SideColours s;
        const glm::vec3 radii = 0.5f * kHeadSizeMm;
        for (int y = 0; y < kHeight; ++y) {
            for (int x = 0; x < kWidth; ++x) {
                const render::Ray ray =
                    render::rayThroughPixel(pose_, kWidth, kHeight, x + 0.5f, y + 0.5f);
                const glm::vec3 o = ray.origin / radii, d = ray.direction / radii;
                const float a = glm::dot(d, d), b = glm::dot(o, d), c = glm::dot(o, o) - 1.0f;
                const float disc = b * b - a * c;
                if (disc <= 0.0f) {
                    continue; // the background
                }
                const glm::vec3 skin = ray.origin + ray.direction * ((-b - std::sqrt(disc)) / a);
                if ((skin.x < 0.0f) != right || std::abs(skin.x) < 8.0f ||
                    glm::length(skin - patchCentreMm_) < 35.0f) {
                    continue;
                }
                const auto* p = image.at(x, y);
                const int r = p[0], g = p[1], bl = p[2];
                ++s.headPixels;
                s.blue += bl > r + 40 && bl > g + 20;
                s.green += g > r + 40 && g > bl + 30;
                s.skin += r > bl + 20;
            }
        }
        return s;
    }

    render::CameraPose pose_;
    glm::vec3 patchCentreMm_{0.0f};
};

Result<mesh::PlacedFace> placedScan(const std::filesystem::path& file) {
    return mesh::loadPlacedFace(file, {}, Sex::Female, PatchSpec{});
}
} // namespace

TEST_F(FaceScan, ObjAndGlbRenderWithTheirTextureOutsideThePatch) {
    test::TempDir dir;
    const test::ScanFile scan = texturedHead();
    test::writeTexturedObj(dir.path(), scan, "head", "head.png");
    std::ofstream(dir / "head.glb", std::ios::binary) << test::texturedGlb(scan);

    std::vector<Image8> pictures;
    for (const char* name : {"head.obj", "head.glb"}) {
        auto face = placedScan(dir / name);
        ASSERT_TRUE(face) << face.error().message;
        // The patch goes on the patient's left cheek: the picture's right, the green side.
        EXPECT_GT(face->placement.centreMm.x, 30.0f) << name;
        pictures.push_back(renderFace(*face));
        const SideColours right = side(pictures.back(), true);
        const SideColours left = side(pictures.back(), false);
        ASSERT_GT(right.headPixels, kWidth * kHeight / 40) << name << ": the right half in view";
        ASSERT_GT(left.headPixels, kWidth * kHeight / 10) << name << ": the left half in view";
        EXPECT_GT(right.blue, right.headPixels * 95 / 100) << name << ": the scan's blue half";
        EXPECT_GT(left.green, left.headPixels * 95 / 100) << name << ": the scan's green half";
        EXPECT_LT(left.skin + right.skin, (left.headPixels + right.headPixels) / 100)
            << name << ": no skin colour away from the patch";
    }
    // The same scan in either file format: the same picture.
    EXPECT_LT(test::meanAbsDifference(pictures[0], pictures[1]), 1.0);
}

TEST_F(FaceScan, TheDefaultHeadIsSkinWhereTheScanIsBlue) {
    auto face = mesh::loadPlacedFace(std::nullopt, {}, Sex::Female, PatchSpec{});
    ASSERT_TRUE(face) << face.error().message;
    // The same test of colour over the same region of the picture (the head's outline differs).
    const SideColours right = side(renderFace(*face), true);
    ASSERT_GT(right.headPixels, kWidth * kHeight / 40);
    EXPECT_EQ(right.blue, 0);
    EXPECT_GT(right.skin, right.headPixels / 2);
}

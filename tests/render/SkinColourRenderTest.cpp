// The rendered skin keeps its albedo's colour: a flat bare patch of each Fitzpatrick type under
// the clinical light, measured on the picture (sRGB -> CIELAB over the patch's middle), has the
// ITA of its spectral albedo (skin/SkinColour.hpp) within 5° and the same Chardon class, and about
// its lightness (within 2 L*). This is what the albedo table, the clinical light's exposure and the
// hue-preserving tone curve together must give.

#include "GpuTest.hpp"
#include "skin/SkinColour.hpp"

#include <cstdio>

using namespace skinsim;

namespace {
constexpr int kW = 160;
constexpr int kH = 100;
/// The patch's middle in a close-up, clear of the "Simulated" stamp.
constexpr int kX0 = 55, kX1 = 105, kY0 = 20, kY1 = 80;

class SkinColourRender : public test::GpuTest {
  protected:
    /// The picture's mean Lab of a flat patch of `type`'s bare skin under the clinical light.
    Lab renderedBareSkin(int type) {
        renderer(kW, kH);
        auto skin = upload(render::uniformSkin(FieldF(400, 400, 25.0, 0.0f),
                                               static_cast<float>(melaninFraction(type))));
        const Image8 image = render(*skin, {.light = render::LightPreset::Clinical});
        return test::meanLabOver(image, kX0, kY0, kX1, kY1);
    }
};
} // namespace

TEST_F(SkinColourRender, FlatBareSkinOfEveryTypeKeepsItsAlbedosItaAndClass) {
    for (int type = 1; type <= 6; ++type) {
        const Lab albedo = skinAlbedoLab(melaninFraction(type), kBaselineBloodFraction);
        const Lab shown = renderedBareSkin(type);
        const double albedoIta = itaDegrees(albedo);
        const double shownIta = itaDegrees(shown);
        std::printf("type %d: albedo L* %.1f a* %.1f b* %.1f ITA %.1f; clinical light L* %.1f a* "
                    "%.1f b* %.1f ITA %.1f\n",
                    type, albedo.l, albedo.a, albedo.b, albedoIta, shown.l, shown.a, shown.b,
                    shownIta);
        EXPECT_NEAR(shownIta, albedoIta, 5.0) << "type " << type;
        EXPECT_EQ(itaClass(shownIta), itaClass(albedoIta))
            << "type " << type << ": " << itaClassName(itaClass(shownIta)) << " shown, "
            << itaClassName(itaClass(albedoIta)) << " albedo";
        EXPECT_NEAR(shown.l, albedo.l, 2.0) << "type " << type;
    }
}

TEST_F(SkinColourRender, ErythemaRaisesTheRenderedRednessAsMuchAsTheAlbedos) {
    renderer(kW, kH);
    const auto melanin = static_cast<float>(melaninFraction(3));
    auto calm = upload(render::uniformSkin(FieldF(400, 400, 25.0, 0.0f), melanin));
    auto red = upload(render::uniformSkin(FieldF(400, 400, 25.0, 0.0f), melanin, 1.0f));
    const render::ViewSettings clinical{.light = render::LightPreset::Clinical};
    const Lab a = test::meanLabOver(render(*calm, clinical), kX0, kY0, kX1, kY1);
    const Lab b = test::meanLabOver(render(*red, clinical), kX0, kY0, kX1, kY1);
    const Lab albedoCalm = skinAlbedoLab(melanin, kBaselineBloodFraction);
    const Lab albedoRed = skinAlbedoLab(melanin, kBaselineBloodFraction + kErythemaBloodFraction);
    std::printf("type 3 erythema 1.0: albedo a* %+.1f, clinical light a* %+.1f\n",
                albedoRed.a - albedoCalm.a, b.a - a.a);
    // The picture shows the albedo's change in a* (measured: +10.5 against +10.4).
    EXPECT_NEAR(b.a - a.a, albedoRed.a - albedoCalm.a, 2.0);
}

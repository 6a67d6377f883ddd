// A day's patch as a 3D model (app/PatchExport): the relief, the colour the renderer gives the
// skin, the "Simulated" stamp and the normal texture of the detail below the mesh's cells.

#include "app/PatchExport.hpp"
#include "skin/SkinColour.hpp"

#include <gtest/gtest.h>

using namespace skinsim;

namespace {
render::SkinSurface flatSkin() {
    FieldF height(400, 400, 25.0);
    height(201, 201) = 30.0f; // a 30 µm bump between the mesh's samples (every 4th pixel)
    return render::uniformSkin(std::move(height), 0.06f);
}
} // namespace

TEST(PatchExport, TheTextureIsTheSkinsColourStampedSimulatedInItsCorner) {
    const app::PatchModel model = app::patchModel(flatSkin(), {.cellUm = 100.0});
    const Image8& colour = model.mesh.baseColour;
    ASSERT_EQ(colour.width, 400);
    ASSERT_EQ(colour.height, 400);
    // Away from the stamp: the skin's albedo (the renderer's table, within its interpolation).
    const auto expected = skinAlbedoLinearSrgb(0.06, render::kRestingBloodFraction);
    for (int c = 0; c < 3; ++c) {
        EXPECT_NEAR(colour.at(100, 100)[c], linearToSrgb8(expected[c]), 2) << c;
    }
    // The stamp: white letters and dark outline in the bottom right corner, nowhere else.
    int white = 0;
    for (int y = 0; y < colour.height; ++y) {
        for (int x = 0; x < colour.width; ++x) {
            if (colour.at(x, y)[0] == 255 && colour.at(x, y)[1] == 255) {
                ++white;
                EXPECT_GT(x, 300) << y;
                EXPECT_GT(y, 370) << x;
            }
        }
    }
    EXPECT_GT(white, 100) << "the letters of Simulated";
}

TEST(PatchExport, TheNormalTextureTiltsAroundDetailTheMeshCannotShow) {
    const app::PatchModel model = app::patchModel(flatSkin(), {.cellUm = 100.0});
    const Image8& normals = model.normalTexture;
    // Flat skin: (0, 0, 1) -> (128, 128, 255); beside the bump, tilted away from it in x.
    EXPECT_NEAR(normals.at(50, 50)[0], 128, 1);
    EXPECT_NEAR(normals.at(50, 50)[1], 128, 1);
    EXPECT_EQ(normals.at(50, 50)[2], 255);
    // Right of the bump the skin falls away to +x, so it faces +x: red above 128; left, below.
    EXPECT_GT(normals.at(202, 201)[0], 156);
    EXPECT_LT(normals.at(200, 201)[0], 100);
    // Its top (y grows down the field, up the mesh): the row above faces +y, green above 128.
    EXPECT_GT(normals.at(201, 200)[1], 156);
    EXPECT_LT(normals.at(201, 202)[1], 100);
}

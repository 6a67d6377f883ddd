// engine/app/FaceScene: the face with the patch placed and the skin around it, one way for the
// CLI's render and demo and the studio, built now or on another thread.

#include "app/FaceScene.hpp"

#include "AppScenario.hpp"

#include <gtest/gtest.h>

using namespace skinsim;
using namespace skinsim::app;

namespace {

bool samePlacement(const mesh::PatchPlacement& a, const mesh::PatchPlacement& b) {
    return a.centreMm == b.centreMm && a.tangent == b.tangent && a.bitangent == b.bitangent &&
           a.normal == b.normal;
}

bool sameValues(const FieldF& a, const FieldF& b) {
    return a.width() == b.width() && a.height() == b.height() &&
           std::equal(a.values().begin(), a.values().end(), b.values().begin());
}

} // namespace

TEST(FaceScene, TheDefaultHeadIsTheSharedOneWithThePatchOnTheScenariosRegion) {
    const Scenario s = appScenario();
    auto face = placedFace(s);
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->mesh, mesh::defaultHead(s.patient.sex, mesh::kFineHeadCellMm));
    auto direct = mesh::loadPlacedFace(std::nullopt, {}, s.patient.sex, s.patch);
    ASSERT_TRUE(direct);
    EXPECT_TRUE(samePlacement(face->placement, direct->placement));

    Scenario forehead = s;
    forehead.patch.region = Region::Forehead;
    auto moved = placedFace(forehead);
    ASSERT_TRUE(moved);
    EXPECT_FALSE(samePlacement(face->placement, moved->placement));
}

TEST(FaceScene, TheCoarseHeadIsTheOneAskedFor) {
    const Scenario s = appScenario();
    auto face = placedFace(s, defaultHead(mesh::kCoarseHeadCellMm));
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->mesh, mesh::defaultHead(s.patient.sex, mesh::kCoarseHeadCellMm));
}

TEST(FaceScene, AFaceBuiltLaterKeepsTheScenarioAsItWasAsked) {
    Scenario s = appScenario();
    auto later = placedFaceLater(s);
    const auto asked = placedFace(s);
    s.patch.region = Region::Chin; // an edit while the head is built
    auto built = later.get();
    ASSERT_TRUE(built && asked) << (built ? "" : built.error().message);
    EXPECT_TRUE(samePlacement(built->placement, asked->placement));
}

TEST(FaceScene, ASceneBuiltLaterIsTheSceneBuiltNow) {
    const Scenario s = appScenario();
    auto now = loadFaceScene(s);
    auto later = loadFaceSceneLater(s).get();
    ASSERT_TRUE(now && later) << (now ? later.error().message : now.error().message);
    EXPECT_EQ(later->face.mesh, now->face.mesh);
    EXPECT_TRUE(samePlacement(later->face.placement, now->face.placement));
    EXPECT_TRUE(sameValues(later->surround.heightUm, now->surround.heightUm));
    EXPECT_TRUE(sameValues(later->surround.melanin, now->surround.melanin));
    EXPECT_TRUE(now->surround.periodic);
}

TEST(FaceScene, TheSurroundIsThePatientsSkinWithoutScars) {
    const Scenario s = appScenario();
    const render::SkinSurface tile = surroundTile(s);
    const render::SkinSurface direct = render::surroundSurface(s.patch, s.patient, s.seed);
    EXPECT_TRUE(sameValues(tile.heightUm, direct.heightUm));
    EXPECT_TRUE(sameValues(tile.melanin, direct.melanin));
    Scenario darker = s;
    darker.patient.fitzpatrick = 6;
    EXPECT_FALSE(sameValues(surroundTile(darker).melanin, tile.melanin));
}

TEST(FaceScene, TheSurroundMadeLaterIsTheSameAndKeepsThePatientAsItWasAsked) {
    Scenario s = appScenario();
    auto later = surroundTileLater(s);
    const render::SkinSurface asked = surroundTile(s);
    s.patient.fitzpatrick = 6; // an edit while the tile is made
    const render::SkinSurface made = later.get();
    EXPECT_TRUE(sameValues(made.heightUm, asked.heightUm));
    EXPECT_TRUE(sameValues(made.melanin, asked.melanin));
    EXPECT_TRUE(sameValues(made.blood, asked.blood));
    EXPECT_TRUE(made.periodic);
}

TEST(FaceScene, AFaceGivenUpFrontIsUsedAsItIsWithTheSurroundBuiltBesideIt) {
    const Scenario s = appScenario();
    auto coarse = placedFace(s, defaultHead(mesh::kCoarseHeadCellMm));
    ASSERT_TRUE(coarse);
    // Asked for the fine head, but handed the coarse one (as render hands a scan it has read).
    auto scene = loadFaceSceneLater(s, {}, *coarse).get();
    ASSERT_TRUE(scene) << scene.error().message;
    EXPECT_EQ(scene->face.mesh, coarse->mesh);
    EXPECT_TRUE(sameValues(scene->surround.heightUm, surroundTile(s).heightUm));
}

TEST(FaceScene, AMissingScanIsRefusedNamingTheFile) {
    const Scenario s = appScenario();
    const FaceChoice scan{.scan = "/nonexistent/head.obj", .import = {}};
    auto face = placedFace(s, scan);
    ASSERT_FALSE(face);
    EXPECT_NE(face.error().message.find("/nonexistent/head.obj"), std::string::npos)
        << face.error().message;
    auto later = loadFaceSceneLater(s, scan).get();
    ASSERT_FALSE(later);
    EXPECT_EQ(later.error().message, face.error().message);
}

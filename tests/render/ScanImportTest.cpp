// Importing a patient's textured scan the way phone scanners and 3D cameras export it: OBJ + MTL +
// PNG and binary glTF with an embedded PNG give the same colour at the same corner (one v
// convention), bad textures are clear errors, and units and axes end up in head-frame mm.
// Every file is written by the test.

#include "../unit/core/TempDir.hpp"
#include "ScanFiles.hpp"
#include "core/ImageIo.hpp"
#include "mesh/MeshImport.hpp"
#include "mesh/PatchPlacement.hpp"
#include "mesh/TextureImage.hpp"

#include <cstring>
#include <fstream>
#include <gtest/gtest.h>

using namespace skinsim;
using namespace skinsim::mesh;

namespace {
void writeText(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

/// A 2 x 2 texture, row 0 at the top: red, green over blue, white (RGB: alpha comes back 255).
Image8 fourColourTexture() {
    Image8 image(2, 2, 3);
    const std::uint8_t colours[4][3] = {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {255, 255, 255}};
    for (int i = 0; i < 4; ++i) {
        std::memcpy(image.at(i % 2, i / 2), colours[i], 3);
    }
    return image;
}

/// A 200 mm square quad facing +Z, one corner raised (a face needs depth), and the colour of
/// the texel at each corner: its UV (v = 0 the bottom row) is the corner of the texture.
struct Corner {
    glm::vec3 positionMm;
    glm::vec2 uv; ///< OpenGL / OBJ convention
    glm::vec4 colour;
};
const Corner kCorners[4] = {
    {{0, 0, 0}, {0, 0}, {0, 0, 1, 1}},      // bottom left: blue
    {{200, 0, 0}, {1, 0}, {1, 1, 1, 1}},    // bottom right: white
    {{200, 200, 20}, {1, 1}, {0, 1, 0, 1}}, // top right: green
    {{0, 200, 0}, {0, 1}, {1, 0, 0, 1}},    // top left: red
};

/// The quad as a scan file: normals +Z, the texture of fourColourTexture.
test::ScanFile quadScan() {
    test::ScanFile scan;
    for (const Corner& c : kCorners) {
        scan.positionsMm.push_back(c.positionMm);
        scan.normals.emplace_back(0.0f, 0.0f, 1.0f);
        scan.uvs.push_back(c.uv);
    }
    scan.indices = {0, 1, 2, 0, 2, 3};
    scan.texture = fourColourTexture();
    return scan;
}

/// scan.obj + scan.mtl + skin.png, positions multiplied by `scale` (0.001: a file in metres).
void writeTexturedObj(const test::TempDir& dir, float scale = 1.0f) {
    test::ScanFile scan = quadScan();
    scan.normals.clear(); // as many scanners write it: the importer computes them
    test::writeTexturedObj(dir.path(), scan, "scan", "skin.png", scale);
}

/// The same quad as binary glTF 2.0 in metres, the PNG embedded through a buffer view.
std::string texturedGlb() {
    return test::texturedGlb(quadScan());
}

/// Every vertex, found by its position (mm), samples the colour its corner was given.
void expectCornerColours(const TriangleMesh& mesh) {
    ASSERT_EQ(mesh.baseColour.width, 2);
    ASSERT_EQ(mesh.baseColour.height, 2);
    ASSERT_EQ(mesh.baseColour.channels, 4);
    ASSERT_EQ(mesh.uvs.size(), mesh.positions.size());
    EXPECT_FALSE(mesh.uvsGenerated);
    for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
        const Corner* corner = nullptr;
        for (const Corner& c : kCorners) {
            corner = glm::length(mesh.positions[i] - c.positionMm) < 0.01f ? &c : corner;
        }
        ASSERT_NE(corner, nullptr) << "vertex " << i << " is at no corner of the quad";
        const glm::vec4 got = sampleBaseColour(mesh, mesh.uvs[i]);
        for (int k = 0; k < 4; ++k) {
            EXPECT_NEAR(got[k], corner->colour[k], 1e-6f)
                << "vertex " << i << " (uv " << mesh.uvs[i].x << ", " << mesh.uvs[i].y
                << ") channel " << k;
        }
    }
}

std::string messageOf(const Result<TriangleMesh>& r) {
    return r ? std::string("(no error)") : r.error().message;
}
} // namespace

TEST(ScanImport, ObjWithMapKdBringsItsTextureAndEachCornerSamplesItsColour) {
    test::TempDir dir;
    writeTexturedObj(dir);
    auto mesh = importMesh(dir / "scan.obj");
    ASSERT_TRUE(mesh) << mesh.error().message;
    expectCornerColours(*mesh);
}

TEST(ScanImport, GlbWithAnEmbeddedPngMapsTheSameColoursAsTheObj) {
    test::TempDir dir;
    writeText(dir / "scan.glb", texturedGlb());
    auto mesh = importMesh(dir / "scan.glb", {}); // metres, detected
    ASSERT_TRUE(mesh) << mesh.error().message;
    expectCornerColours(*mesh);
}

TEST(ScanImport, AMeshWithoutATextureHasNoBaseColour) {
    test::TempDir dir;
    writeText(dir / "plain.obj", "v 0 0 0\nv 200 0 0\nv 0 200 0\nv 0 0 200\n"
                                 "f 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n");
    auto mesh = importMesh(dir / "plain.obj", {});
    ASSERT_TRUE(mesh) << mesh.error().message;
    EXPECT_EQ(mesh->baseColour.width, 0);
    EXPECT_TRUE(mesh->uvsGenerated);
    EXPECT_EQ(sampleBaseColour(*mesh, {0.5f, 0.5f}), glm::vec4(0.0f));
}

TEST(ScanImport, OnlyTheFirstTexturedMaterialsVerticesGetUvs) {
    test::TempDir dir;
    writeTexturedObj(dir);
    // A second, untextured part behind the quad (a scanner's hole filling, say).
    writeText(dir / "scan.mtl", "newmtl skin\nmap_Kd skin.png\nnewmtl plain\nKd 0.5 0.5 0.5\n");
    std::ifstream in(dir / "scan.obj");
    std::string obj((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    obj += "v 0 0 -50\nv 200 0 -50\nv 100 200 -50\nusemtl plain\nf 5 7 6\n";
    writeText(dir / "scan.obj", obj);
    auto mesh = importMesh(dir / "scan.obj");
    ASSERT_TRUE(mesh) << mesh.error().message;
    int untextured = 0;
    for (std::size_t i = 0; i < mesh->positions.size(); ++i) {
        if (mesh->positions[i].z < -40.0f) {
            ++untextured;
            EXPECT_EQ(mesh->uvs[i], kNoTextureUv);
            EXPECT_EQ(sampleBaseColour(*mesh, mesh->uvs[i]).a, 0.0f) << "no colour there";
        } else {
            EXPECT_GE(mesh->uvs[i].x, 0.0f);
        }
    }
    EXPECT_EQ(untextured, 3);
    EXPECT_EQ(mesh->baseColour.width, 2);
}

TEST(ScanImport, AMissingTextureFileIsNamed) {
    test::TempDir dir;
    writeTexturedObj(dir);
    std::filesystem::remove(dir / "skin.png");
    auto r = importMesh(dir / "scan.obj");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_NE(r.error().message.find("scan.obj"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("'skin.png' was not found"), std::string::npos)
        << r.error().message;
}

TEST(ScanImport, CorruptTextureBytesAreAClearError) {
    test::TempDir dir;
    writeTexturedObj(dir);
    writeText(dir / "skin.png", "\x89PNG\r\n\x1a\n but then nothing an image would hold");
    auto r = importMesh(dir / "scan.obj");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_NE(r.error().message.find("skin.png: the texture cannot be decoded"), std::string::npos)
        << r.error().message;
}

TEST(ScanImport, ATextureWiderThanTheLimitIsRefused) {
    test::TempDir dir;
    writeTexturedObj(dir);
    ASSERT_TRUE(writePng(dir / "skin.png", Image8(kMaxTextureSidePx + 1, 1, 1)));
    auto r = importMesh(dir / "scan.obj");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("16385 x 1 px; at most 16384"), std::string::npos)
        << r.error().message;
}

TEST(ScanImport, ATexturedMeshWithoutUvsIsAnError) {
    test::TempDir dir;
    writeTexturedObj(dir);
    writeText(dir / "scan.obj", "mtllib scan.mtl\nv 0 0 0\nv 200 0 0\nv 200 200 20\nv 0 200 0\n"
                                "usemtl skin\nf 1 2 3\nf 1 3 4\n");
    auto r = importMesh(dir / "scan.obj");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_NE(r.error().message.find("no UVs"), std::string::npos) << r.error().message;
}

TEST(ScanImport, ScansInMetresAndCentimetresEndUpTheSameSizeInMillimetres) {
    for (const float scale : {1.0f, 0.1f, 0.001f}) {
        test::TempDir dir;
        writeTexturedObj(dir, scale);
        auto mesh = importMesh(dir / "scan.obj", {});
        ASSERT_TRUE(mesh) << mesh.error().message;
        const glm::vec3 size = boundsOf(*mesh).size();
        EXPECT_NEAR(size.x, 200.0f, 0.01f) << "scale " << scale;
        EXPECT_NEAR(size.y, 200.0f, 0.01f) << "scale " << scale;
        EXPECT_NEAR(size.z, 20.0f, 0.01f) << "scale " << scale;
    }
}

TEST(ScanImport, GivenUnitsOverrideDetection) {
    test::TempDir dir;
    writeTexturedObj(dir, 0.1f); // 20 units across: would be detected as cm
    auto mesh = importMesh(dir / "scan.obj", {.units = MeshUnits::Millimetres});
    ASSERT_TRUE(mesh) << mesh.error().message;
    EXPECT_NEAR(boundsOf(*mesh).size().x, 20.0f, 0.01f);
}

TEST(ScanImport, UnitsThatCannotBeToldAskForMeshUnits) {
    test::TempDir dir;
    writeTexturedObj(dir, 0.03f); // 6 units across: no head in mm, cm or m
    auto r = importMesh(dir / "scan.obj", {});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_NE(r.error().message.find("6 units across"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("--mesh-units"), std::string::npos) << r.error().message;
}

TEST(ScanImport, GivenUnitsThatMakeNoScanSaySo) {
    test::TempDir dir;
    writeTexturedObj(dir, 1.0f); // 200 units across: a head in mm, 200 m in metres
    auto r = importMesh(dir / "scan.obj", {.units = MeshUnits::Metres});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    EXPECT_NE(r.error().message.find(
                  "scan.obj: in the units given (--mesh-units m) the mesh is 200000 mm across"),
              std::string::npos)
        << r.error().message;
    // Beyond float range once in millimetres: the same message, not an infinite head.
    writeTexturedObj(dir, 1e36f);
    r = importMesh(dir / "scan.obj", {.units = MeshUnits::Metres});
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("(--mesh-units m) the mesh is 2e+41 mm across"),
              std::string::npos)
        << r.error().message;
    // Too small in the units given: 6 mm across said to be millimetres.
    writeTexturedObj(dir, 0.03f);
    r = importMesh(dir / "scan.obj", {.units = MeshUnits::Millimetres});
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("(--mesh-units mm) the mesh is 6 mm across"),
              std::string::npos)
        << r.error().message;
}

TEST(ScanImport, UpAlongForwardIsRejected) {
    test::TempDir dir;
    writeTexturedObj(dir);
    for (const MeshAxis forward : {MeshAxis::PlusZ, MeshAxis::MinusZ}) {
        auto r = importMesh(dir / "scan.obj", {.up = MeshAxis::PlusZ, .forward = forward});
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
        EXPECT_NE(r.error().message.find("lie on one axis"), std::string::npos) << messageOf(r);
    }
}

TEST(ScanImport, AZUpMeshIsTurnedYUp) {
    test::TempDir dir;
    // Blender's convention: +Z up, -Y forward. The crown at z = 200, the face toward -y.
    writeText(dir / "zup.obj", "v -50 0 0\nv 50 0 0\nv 0 0 200\nv 0 -30 100\n"
                               "f 1 2 4\nf 2 3 4\nf 3 1 4\nf 1 3 2\n");
    auto mesh = importMesh(dir / "zup.obj", {.up = MeshAxis::PlusZ, .forward = MeshAxis::MinusY});
    ASSERT_TRUE(mesh) << mesh.error().message;
    const Bounds b = boundsOf(*mesh);
    EXPECT_NEAR(b.size().y, 200.0f, 1e-3f) << "up";
    EXPECT_NEAR(b.max.z, 30.0f, 1e-3f) << "the nose is forward";
    EXPECT_NEAR(b.size().x, 100.0f, 1e-3f) << "the sides stay on x";
    for (std::size_t i = 0; i < mesh->positions.size(); ++i) {
        if (mesh->positions[i].z > 29.0f) { // the nose vertex: its normal points forward
            EXPECT_GT(mesh->normals[i].z, 0.5f);
            EXPECT_NEAR(glm::length(mesh->normals[i]), 1.0f, 1e-4f);
        }
    }
}

TEST(ScanImport, PlaceInHeadFrameCentresAScanAtItsTrueSize) {
    test::TempDir dir;
    writeTexturedObj(dir, 0.001f);
    auto mesh = importMesh(dir / "scan.obj", {});
    ASSERT_TRUE(mesh) << mesh.error().message;
    placeInHeadFrame(*mesh);
    const Bounds b = boundsOf(*mesh);
    EXPECT_NEAR(glm::length(b.centre()), 0.0f, 1e-3f);
    EXPECT_NEAR(b.size().y, 200.0f, 0.01f) << "not stretched to kHeadHeightMm";
}

TEST(ScanImport, UnitAndAxisNamesParse) {
    EXPECT_EQ(parseMeshUnits("cm").value(), MeshUnits::Centimetres);
    EXPECT_EQ(parseMeshAxis("-z").value(), MeshAxis::MinusZ);
    for (const std::string_view name : {"+x", "-x", "+y", "-y", "+z", "-z"}) {
        EXPECT_EQ(toString(parseMeshAxis(name).value()), name);
    }
    auto units = parseMeshUnits("inch");
    ASSERT_FALSE(units);
    EXPECT_NE(units.error().message.find("auto, mm, cm or m"), std::string::npos);
    EXPECT_FALSE(parseMeshAxis("y"));
}

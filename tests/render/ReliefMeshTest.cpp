// A patch's relief as a mesh (mesh/ReliefMesh) and the files skinsim export writes of it
// (mesh/MeshExport), read back with Assimp through importMesh.

#include "mesh/ReliefMesh.hpp"
#include "../unit/core/TempDir.hpp"
#include "mesh/MeshExport.hpp"
#include "mesh/MeshImport.hpp"

#include <cmath>
#include <gtest/gtest.h>

using namespace skinsim;
using namespace skinsim::mesh;

namespace {

/// A 10 x 8 mm patch at 50 µm with a 300 µm deep, 2 mm wide pit in it and a gentle tilt.
FieldF pittedPatch() {
    FieldF h(201, 161, 50.0);
    for (int y = 0; y < h.height(); ++y) {
        for (int x = 0; x < h.width(); ++x) {
            const double r = std::hypot((x - 100) * 0.05, (y - 80) * 0.05);
            h(x, y) = static_cast<float>(-300.0 * std::exp(-r * r) + 2.0 * x * 0.05);
        }
    }
    return h;
}

/// Signed volume: positive when the triangles face outward.
double signedVolume(const TriangleMesh& m) {
    double v = 0.0;
    for (std::size_t t = 0; t < m.indices.size(); t += 3) {
        const glm::dvec3 a = m.positions[m.indices[t]], b = m.positions[m.indices[t + 1]],
                         c = m.positions[m.indices[t + 2]];
        v += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    return v;
}

} // namespace

TEST(ReliefMesh, SamplesTheFieldEveryCellInMillimetres) {
    const FieldF h = pittedPatch();
    const TriangleMesh m = reliefMesh(h, {.cellUm = 100.0});
    ASSERT_TRUE(validateMesh(m, "relief"));
    EXPECT_EQ(cellStepPixels(h, {.cellUm = 100.0}), 2);
    EXPECT_EQ(m.positions.size(), 101u * 81u);
    EXPECT_EQ(m.triangleCount(), 2u * 100u * 80u);
    const Bounds b = boundsOf(m);
    EXPECT_NEAR(b.size().x, 10.0f, 1e-4f);
    EXPECT_NEAR(b.size().y, 8.0f, 1e-4f);
    // Heights above the patch's mean (-1.8 µm): the pit's bottom, -290 µm, is at -0.288 mm.
    EXPECT_NEAR(b.min.z, -0.288f, 0.002f);
    // An open sheet facing +z: every boundary edge is used once.
    EXPECT_EQ(openEdgeCount(m), 2u * (100u + 80u));
    double up = 0.0;
    for (const auto& n : m.normals) {
        up += n.z;
    }
    EXPECT_GT(up / m.normals.size(), 0.95);
}

TEST(ReliefMesh, ABaseMakesAWatertightOutwardFacingSolidScaledWhole) {
    const FieldF h = pittedPatch();
    const TriangleMesh m = reliefMesh(h, {.cellUm = 100.0, .scale = 5.0, .base = true});
    EXPECT_EQ(openEdgeCount(m), 0u) << "every edge shared by two triangles";
    EXPECT_GT(signedVolume(m), 0.0) << "outward-facing";
    const Bounds b = boundsOf(m);
    EXPECT_NEAR(b.size().x, 50.0f, 1e-3f);
    EXPECT_NEAR(b.size().y, 40.0f, 1e-3f);
    // 2 mm of base below the lowest point, scaled with the rest.
    const TriangleMesh sheet = reliefMesh(h, {.cellUm = 100.0, .scale = 5.0});
    EXPECT_NEAR(boundsOf(sheet).min.z - b.min.z, 10.0f, 1e-3f);
}

TEST(ReliefMesh, TheDetailBelowTheCellsIsZeroAtTheSamplesAndHoldsWhatTheyMiss) {
    FieldF h = pittedPatch();
    h(51, 41) += 20.0f; // a 20 µm bump between samples (every 2nd pixel)
    const FieldF d = detailBelowCells(h, {.cellUm = 100.0});
    EXPECT_FLOAT_EQ(d(50, 40), 0.0f);
    EXPECT_FLOAT_EQ(d(52, 42), 0.0f);
    EXPECT_NEAR(d(51, 41), 20.0f, 0.5f);
    // The pit's smooth wall is the mesh's but for its curvature between samples (1.5 of 300 µm).
    EXPECT_NEAR(d(101, 81), 0.0f, 3.0f);
}

TEST(MeshExport, EachFormatReadsBackWithItsSizeInMillimetres) {
    test::TempDir dir;
    TriangleMesh m = reliefMesh(pittedPatch(), {.cellUm = 250.0, .base = true});
    m.baseColour = Image8(4, 4, 3);
    Image8 normals(4, 4, 3);
    for (const char* name : {"patch.glb", "patch.ply", "patch.stl", "patch.obj"}) {
        ASSERT_TRUE(exportMesh(m, normals, dir / name)) << name;
        auto back = importMesh(dir / name);
        ASSERT_TRUE(back) << name << ": " << back.error().message;
        // glTF's unit is the metre.
        const float unit = std::string(name).ends_with(".glb") ? 1000.0f : 1.0f;
        const glm::vec3 size = boundsOf(*back).size() * unit;
        EXPECT_NEAR(size.x, 10.0f, 1e-3f) << name;
        EXPECT_NEAR(size.y, 8.0f, 1e-3f) << name;
        EXPECT_NEAR(size.z, boundsOf(m).size().z, 1e-3f) << name;
        EXPECT_EQ(back->triangleCount(), m.triangleCount()) << name;
    }
    auto glb = importMesh(dir / "patch.glb");
    EXPECT_EQ(glb->baseColour.width, 4) << "the base colour is embedded in the .glb";
}

TEST(MeshExport, AFormatItDoesNotWriteIsRefusedAndNothingWritten) {
    test::TempDir dir;
    const TriangleMesh m = reliefMesh(pittedPatch(), {.cellUm = 500.0});
    const auto s = exportMesh(m, {}, dir / "patch.fbx");
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(s.error().message, (dir / "patch.fbx").string() +
                                     ": skinsim exports .glb (glTF 2.0 binary, textured), .ply, "
                                     ".stl (3D printing) or .obj; '.fbx' is none of them");
    EXPECT_FALSE(std::filesystem::exists(dir / "patch.fbx"));
}

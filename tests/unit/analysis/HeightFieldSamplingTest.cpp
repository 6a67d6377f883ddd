// A scan exported as a mesh (mm, height in +z) sampled back to a height map and graded.

#include "mesh/HeightFieldSampling.hpp"
#include "../core/TempDir.hpp"
#include "AnalysisTestSupport.hpp"
#include "analysis/ScanGrade.hpp"
#include "mesh/MeshImport.hpp"
#include "mesh/ObjWriter.hpp"

#include <gtest/gtest.h>

namespace skinsim {
namespace {

/// The height map as a grid mesh: one vertex per cell centre (x right, y up: row 0 on top), two
/// triangles per square of four cells.
mesh::TriangleMesh gridMesh(const FieldF& h) {
    mesh::TriangleMesh m;
    for (int y = 0; y < h.height(); ++y) {
        for (int x = 0; x < h.width(); ++x) {
            m.positions.emplace_back(h.xMm(x), -h.yMm(y), h(x, y) * 1e-3f);
            m.normals.emplace_back(0.0f, 0.0f, 1.0f);
            m.uvs.emplace_back(0.0f, 0.0f);
        }
    }
    const auto at = [&](int x, int y) { return static_cast<std::uint32_t>(y * h.width() + x); };
    for (int y = 0; y + 1 < h.height(); ++y) {
        for (int x = 0; x + 1 < h.width(); ++x) {
            m.indices.insert(m.indices.end(), {at(x, y), at(x, y + 1), at(x + 1, y)});
            m.indices.insert(m.indices.end(), {at(x + 1, y), at(x, y + 1), at(x + 1, y + 1)});
        }
    }
    return m;
}

TEST(HeightFieldSampling, AGridMeshSamplesBackToItsHeights) {
    FieldF h(40, 30, 50.0);
    for (int y = 0; y < h.height(); ++y) {
        for (int x = 0; x < h.width(); ++x) {
            h(x, y) = static_cast<float>(10.0 * x - 7.0 * y + ((x * 7 + y * 3) % 5) * 20.0);
        }
    }
    auto sampled = mesh::sampleHeightField(gridMesh(h), 50.0, "grid.obj");
    ASSERT_TRUE(sampled.ok()) << sampled.error().message;
    // The mesh spans cell centre to cell centre: one cell less each way.
    ASSERT_EQ(sampled->width(), 39);
    ASSERT_EQ(sampled->height(), 29);
    for (int y = 0; y < sampled->height(); ++y) {
        for (int x = 0; x < sampled->width(); ++x) {
            // Cell centres of the sampled grid lie at the middle of each square of four vertices,
            // on the diagonal its two triangles share.
            const double expected = 0.5 * (h(x + 1, y) + h(x, y + 1));
            ASSERT_NEAR((*sampled)(x, y), expected, 0.01) << x << ", " << y;
        }
    }
}

TEST(HeightFieldSampling, DefaultGridIsAsFineAsTheMesh) {
    FieldF h(30, 30, 40.0);
    auto sampled = mesh::sampleHeightField(gridMesh(h), 0.0, "grid.obj");
    ASSERT_TRUE(sampled.ok()) << sampled.error().message;
    EXPECT_NEAR(sampled->pixelUm(), 40.0, 1e-3);
}

TEST(HeightFieldSampling, MeshesThatAreNoHeightFieldAreBadInputNamingTheFile) {
    mesh::TriangleMesh wall; // a vertical square: nothing to see from above
    wall.positions = {{0, 0, 0}, {1, 0, 0}, {1, 0, 1}, {0, 0, 1}};
    wall.indices = {0, 1, 2, 0, 2, 3};
    auto flat = mesh::sampleHeightField(wall, 0.0, "wall.obj");
    ASSERT_FALSE(flat.ok());
    EXPECT_EQ(flat.error().kind, Error::Kind::BadInput);
    EXPECT_NE(flat.error().message.find("wall.obj: "), std::string::npos) << flat.error().message;

    mesh::TriangleMesh sliver; // one thin triangle across a 10 x 10 mm extent
    sliver.positions = {{0, 0, 0}, {10, 10, 0}, {10, 9.5f, 0}, {0, 10, 0}};
    sliver.indices = {0, 1, 2};
    auto sparse = mesh::sampleHeightField(sliver, 100.0, "sliver.obj");
    ASSERT_FALSE(sparse.ok());
    EXPECT_NE(sparse.error().message.find("covers only"), std::string::npos)
        << sparse.error().message;
}

TEST(HeightFieldSampling, HeightsBeyondWhatAFloatHoldsAreBadInputNotInfinity) {
    // z = 1e38 mm is a finite float position, but 1e41 um is no float height (fuzz_mesh's check
    // that every sampled height is finite aborts on it: regressions/mesh/).
    mesh::TriangleMesh m;
    m.positions = {{0, 0, 0}, {1, 0, 1e38f}, {0, 1, 0}, {1, 1, 0}};
    m.indices = {0, 1, 2, 1, 3, 2};
    auto sampled = mesh::sampleHeightField(m, 100.0, "tall.obj");
    ASSERT_FALSE(sampled.ok());
    EXPECT_EQ(sampled.error().kind, Error::Kind::BadInput);
    EXPECT_NE(sampled.error().message.find("tall.obj: a vertex lies at z = 1e+38 mm"),
              std::string::npos)
        << sampled.error().message;
}

TEST(HeightFieldSampling, AScanExportedAsObjGradesLikeItsHeightMap) {
    ScarSpec scars;
    scars.random.push_back({ScarType::Boxcar, 1, Interval{1.5, 2.5}, std::nullopt});
    scars.random.push_back({ScarType::Icepick, 2, std::nullopt, std::nullopt});
    const SkinPatch patch = test::smallPatch(scars, 4, Region::Cheek, 6.4);
    ASSERT_EQ(gradeScan(patch.heightUm).scars.size(), 3u);
    test::TempDir dir;
    ASSERT_TRUE(mesh::writeObj(dir / "scan.obj", gridMesh(patch.heightUm)).ok());
    auto imported = mesh::importMesh(dir / "scan.obj");
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    auto sampled = mesh::sampleHeightField(*imported, 25.0, "scan.obj");
    ASSERT_TRUE(sampled.ok()) << sampled.error().message;
    const ScanGrade fromMesh = gradeScan(*sampled);
    const ScanGrade fromMap = gradeScan(patch.heightUm);
    ASSERT_EQ(fromMesh.scars.size(), fromMap.scars.size());
    for (std::size_t i = 0; i < fromMap.scars.size(); ++i) {
        EXPECT_EQ(fromMesh.scars[i].type, fromMap.scars[i].type);
        // Half a cell of shift (vertex grid vs cell grid) and the resampling of icepick tips.
        EXPECT_NEAR(fromMesh.scars[i].centerMm[0], fromMap.scars[i].centerMm[0] - 0.0125, 0.05);
        EXPECT_NEAR(fromMesh.scars[i].centerMm[1], fromMap.scars[i].centerMm[1] - 0.0125, 0.05);
        EXPECT_NEAR(fromMesh.scars[i].depthUm, fromMap.scars[i].depthUm,
                    0.1 * fromMap.scars[i].depthUm);
    }
}

} // namespace
} // namespace skinsim

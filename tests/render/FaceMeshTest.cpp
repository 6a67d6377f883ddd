// The default head (engine/mesh/FaceMesh.hpp): a closed surface without self-intersections, its
// landmarks on the surface and its measurements within the norms it cites (Farkas 1994), the
// eye opening measured off the mesh itself, and the feature weights where the features are.

#include "mesh/FaceMesh.hpp"
#include "mesh/PatchPlacement.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <numeric>
#include <optional>
#include <unordered_map>

using namespace skinsim;
using namespace skinsim::mesh;

namespace {

/// One mesh per sex at the resolution the renderer uses, built once for the whole file.
const TriangleMesh& head(Sex sex) {
    static const std::array<TriangleMesh, 2> heads{buildFaceMesh({.sex = Sex::Female}),
                                                   buildFaceMesh({.sex = Sex::Male})};
    return heads[sex == Sex::Male ? 1 : 0];
}

std::uint64_t edgeKey(std::uint32_t a, std::uint32_t b) {
    return (static_cast<std::uint64_t>(a) << 32) | b;
}

/// Whether segment p-q crosses triangle abc strictly inside (Möller-Trumbore on the segment).
bool segmentCrosses(const glm::dvec3& p, const glm::dvec3& q, const glm::dvec3& a,
                    const glm::dvec3& b, const glm::dvec3& c) {
    const glm::dvec3 dir = q - p;
    const glm::dvec3 e1 = b - a, e2 = c - a;
    const glm::dvec3 h = glm::cross(dir, e2);
    const double det = glm::dot(e1, h);
    if (std::abs(det) < 1e-14) {
        return false; // parallel (coplanar contact is not what this test looks for)
    }
    const glm::dvec3 s = p - a;
    const double u = glm::dot(s, h) / det;
    const glm::dvec3 k = glm::cross(s, e1);
    const double v = glm::dot(dir, k) / det;
    const double t = glm::dot(e2, k) / det;
    constexpr double eps = 1e-9;
    return u > eps && v > eps && u + v < 1.0 - eps && t > eps && t < 1.0 - eps;
}

double distance(const glm::vec3& a, const glm::vec3& b) {
    return glm::length(a - b);
}

} // namespace

TEST(DefaultHead, IsOneClosedOrientedSurfaceOfSphereTopology) {
    for (const Sex sex : {Sex::Female, Sex::Male}) {
        const TriangleMesh& m = head(sex);
        ASSERT_TRUE(validateMesh(m, "head"));
        // Every edge once in each direction: watertight, and the triangles agree on outside.
        std::unordered_map<std::uint64_t, int> directed;
        directed.reserve(m.indices.size());
        for (std::size_t t = 0; t < m.indices.size(); t += 3) {
            for (int e = 0; e < 3; ++e) {
                ++directed[edgeKey(m.indices[t + e], m.indices[t + (e + 1) % 3])];
            }
        }
        std::size_t unmatched = 0, repeated = 0;
        for (const auto& [key, count] : directed) {
            repeated += count != 1 ? 1 : 0;
            const auto reverse =
                directed.find(edgeKey(static_cast<std::uint32_t>(key & 0xffffffffu),
                                      static_cast<std::uint32_t>(key >> 32)));
            unmatched += reverse == directed.end() || reverse->second != 1 ? 1 : 0;
        }
        EXPECT_EQ(unmatched, 0u) << toString(sex);
        EXPECT_EQ(repeated, 0u) << toString(sex);
        // One piece, no handles: V - E + F = 2.
        const auto v = static_cast<long>(m.positions.size());
        const auto e = static_cast<long>(directed.size() / 2);
        const auto f = static_cast<long>(m.triangleCount());
        EXPECT_EQ(v - e + f, 2) << toString(sex) << ": " << v << " vertices, " << f << " triangles";
        // Outward: the enclosed volume (divergence theorem) is positive and head-sized (~4-6 l
        // with the neck).
        double volume = 0.0;
        for (std::size_t t = 0; t < m.indices.size(); t += 3) {
            volume += glm::dot(glm::dvec3(m.positions[m.indices[t]]),
                               glm::cross(glm::dvec3(m.positions[m.indices[t + 1]]),
                                          glm::dvec3(m.positions[m.indices[t + 2]]))) /
                      6.0;
        }
        EXPECT_GT(volume, 3.0e6) << toString(sex) << " mm^3";
        EXPECT_LT(volume, 8.0e6) << toString(sex) << " mm^3";
        std::printf("%s head: %ld vertices, %ld triangles, %.2f l\n",
                    std::string(toString(sex)).c_str(), v, f, volume * 1e-6);
    }
}

TEST(DefaultHead, HasNoSelfIntersections) {
    // Every pair of triangles that share no vertex and lie in the same 4 mm cell: no edge of one
    // may pass through the other.
    const TriangleMesh& m = head(Sex::Female);
    constexpr float kCell = 4.0f;
    const auto cellOf = [&](const glm::vec3& p) {
        const glm::ivec3 c = glm::ivec3(glm::floor(p / kCell)) + glm::ivec3(512);
        return (static_cast<std::uint64_t>(c.x) << 40) | (static_cast<std::uint64_t>(c.y) << 20) |
               static_cast<std::uint64_t>(c.z);
    };
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> cells;
    for (std::uint32_t t = 0; t < m.triangleCount(); ++t) {
        glm::vec3 lo(1e9f), hi(-1e9f);
        for (int k = 0; k < 3; ++k) {
            lo = glm::min(lo, m.positions[m.indices[3 * t + k]]);
            hi = glm::max(hi, m.positions[m.indices[3 * t + k]]);
        }
        const glm::ivec3 a(glm::floor(lo / kCell)), b(glm::floor(hi / kCell));
        for (int x = a.x; x <= b.x; ++x) {
            for (int y = a.y; y <= b.y; ++y) {
                for (int z = a.z; z <= b.z; ++z) {
                    cells[cellOf(glm::vec3(x, y, z) * kCell + 0.5f * kCell)].push_back(t);
                }
            }
        }
    }
    std::size_t crossings = 0, pairs = 0;
    const auto corner = [&](std::uint32_t t, int k) {
        return glm::dvec3(m.positions[m.indices[3 * t + k]]);
    };
    for (const auto& [key, tris] : cells) {
        for (std::size_t i = 0; i < tris.size(); ++i) {
            for (std::size_t j = i + 1; j < tris.size(); ++j) {
                const std::uint32_t s = tris[i], t = tris[j];
                bool shared = false;
                for (int a = 0; a < 3; ++a) {
                    for (int b = 0; b < 3; ++b) {
                        shared = shared || m.indices[3 * s + a] == m.indices[3 * t + b];
                    }
                }
                if (shared) {
                    continue;
                }
                ++pairs;
                for (int e = 0; e < 3; ++e) {
                    if (segmentCrosses(corner(s, e), corner(s, (e + 1) % 3), corner(t, 0),
                                       corner(t, 1), corner(t, 2)) ||
                        segmentCrosses(corner(t, e), corner(t, (e + 1) % 3), corner(s, 0),
                                       corner(s, 1), corner(s, 2))) {
                        ++crossings;
                        break;
                    }
                }
            }
        }
    }
    EXPECT_GT(pairs, m.triangleCount()) << "the test must look at neighbouring triangles";
    EXPECT_EQ(crossings, 0u);
}

TEST(DefaultHead, LandmarksLieOnTheSurfaceAndMeasureWithinTheNorms) {
    for (const Sex sex : {Sex::Female, Sex::Male}) {
        const TriangleMesh& m = head(sex);
        std::map<std::string, glm::vec3, std::less<>> at;
        for (const auto& l : faceLandmarks(sex)) {
            // On the mesh: a vertex within a cell (1.5 mm) of it.
            double nearest = 1e9;
            for (const auto& p : m.positions) {
                nearest = std::min(nearest, distance(p, l.positionMm));
            }
            EXPECT_LT(nearest, 1.5) << toString(sex) << " " << l.name;
            at[std::string(l.name)] = l.positionMm;
        }
        const FaceNorms norms = faceNorms(sex);
        const auto mirror = [](glm::vec3 p) { return glm::vec3(-p.x, p.y, p.z); };
        struct Measure {
            const char* name;
            double value;
            Norm norm;
        };
        const Measure measures[] = {
            {"en-en", distance(at["en"], mirror(at["en"])), norms.intercanthal},
            {"ex-ex", distance(at["ex"], mirror(at["ex"])), norms.biocular},
            {"al-al", distance(at["al"], mirror(at["al"])), norms.noseWidth},
            {"ch-ch", distance(at["ch"], mirror(at["ch"])), norms.mouthWidth},
            {"eu-eu", distance(at["eu"], mirror(at["eu"])), norms.headWidth},
            // Heights are projective (vertical), as Farkas measures them with a calliper held
            // in the face's plane.
            {"n-sn", at["n"].y - at["sn"].y, norms.noseHeight},
            {"n-gn", at["n"].y - at["gn"].y, norms.faceHeight},
            {"sn-sto", at["sn"].y - at["sto"].y, norms.upperLip},
            {"sa-sba", distance(at["sa"], at["sba"]), norms.earLength},
        };
        for (const auto& measure : measures) {
            EXPECT_NEAR(measure.value, measure.norm.mean, 2.0 * measure.norm.sd)
                << toString(sex) << " " << measure.name;
        }
    }
}

TEST(DefaultHead, TheEyeOpeningMeasuredOnTheMeshMatchesTheCanthalNorms) {
    // The visible eyeball is the palpebral fissure: its innermost and outermost points (any eye
    // weight: the eyeball shows there at all) are the canthi (en, ex).
    for (const Sex sex : {Sex::Female, Sex::Male}) {
        const TriangleMesh& m = head(sex);
        float inner = 1e9f, outer = 0.0f, top = -1e9f, bottom = 1e9f;
        for (std::size_t i = 0; i < m.positions.size(); ++i) {
            if (m.features[i].x > 0.0f && m.positions[i].x > 0.0f) {
                inner = std::min(inner, m.positions[i].x);
                outer = std::max(outer, m.positions[i].x);
                top = std::max(top, m.positions[i].y);
                bottom = std::min(bottom, m.positions[i].y);
            }
        }
        const FaceNorms norms = faceNorms(sex);
        EXPECT_NEAR(2.0f * inner, norms.intercanthal.mean, 2.0f * norms.intercanthal.sd)
            << toString(sex);
        EXPECT_NEAR(2.0f * outer, norms.biocular.mean, 2.0f * norms.biocular.sd) << toString(sex);
        // An open eye: the fissure is 8-12 mm high (a modelling choice; typical adult values).
        EXPECT_GT(top - bottom, 7.0f) << toString(sex);
        EXPECT_LT(top - bottom, 13.0f) << toString(sex);
    }
}

TEST(DefaultHead, MenAreLargerThanWomenWhereTheNormsSaySo) {
    const auto measure = [](Sex sex) {
        std::map<std::string, glm::vec3, std::less<>> at;
        for (const auto& l : faceLandmarks(sex)) {
            at[std::string(l.name)] = l.positionMm;
        }
        return std::array<float, 3>{at["n"].y - at["gn"].y, 2.0f * at["al"].x, 2.0f * at["eu"].x};
    };
    const auto f = measure(Sex::Female), m = measure(Sex::Male);
    for (std::size_t i = 0; i < f.size(); ++i) {
        EXPECT_GT(m[i], f[i] + 2.0f) << i;
    }
}

TEST(DefaultHead, FeaturesAreMarkedWhereTheyAre) {
    const TriangleMesh& m = head(Sex::Female);
    ASSERT_EQ(m.features.size(), m.positions.size());
    ASSERT_EQ(m.eyeMm.size(), m.positions.size());
    std::map<std::string, glm::vec3, std::less<>> at;
    for (const auto& l : faceLandmarks(Sex::Female)) {
        at[std::string(l.name)] = l.positionMm;
    }
    std::size_t eyes = 0, lips = 0, brows = 0, misplaced = 0;
    for (std::size_t i = 0; i < m.positions.size(); ++i) {
        const glm::vec3 p = m.positions[i];
        const glm::vec4 f = m.features[i];
        if (f.x > 0.5f) {
            ++eyes;
            // On an eye: within its fissure, the eye coordinates centred on the pupil.
            misplaced += glm::length(m.eyeMm[i]) > 16.0f ? 1 : 0;
        }
        if (f.y > 0.5f) {
            ++lips;
            misplaced += std::abs(p.y - at["sto"].y) > 12.0f ? 1 : 0;
        }
        if (f.z > 0.5f) {
            ++brows;
            misplaced += p.y < at["n"].y || p.y > 30.0f ? 1 : 0;
        }
    }
    EXPECT_GT(eyes, 100u);
    EXPECT_GT(lips, 200u);
    EXPECT_GT(brows, 200u);
    EXPECT_EQ(misplaced, 0u);
}

TEST(DefaultHead, EveryRegionsPatchSitsOnItsPartOfTheFace) {
    const TriangleMesh& m = head(Sex::Female);
    const auto cheek = placePatch(m, Region::Cheek);
    const auto forehead = placePatch(m, Region::Forehead);
    const auto temple = placePatch(m, Region::Temple);
    const auto chin = placePatch(m, Region::Chin);
    ASSERT_TRUE(cheek && forehead && temple && chin);
    std::map<std::string, glm::vec3, std::less<>> at;
    for (const auto& l : faceLandmarks(Sex::Female)) {
        at[std::string(l.name)] = l.positionMm;
    }
    // Cheek: beside the nose, between the eye and the mouth, lateral to the alae.
    EXPECT_GT(cheek->centreMm.x, at["al"].x + 10.0f);
    EXPECT_LT(cheek->centreMm.y, at["en"].y - 15.0f);
    EXPECT_GT(cheek->centreMm.y, at["ch"].y);
    // Forehead: above the brows, on the midline.
    EXPECT_GT(forehead->centreMm.y, 30.0f);
    EXPECT_NEAR(forehead->centreMm.x, 0.0f, 1.0f);
    // Temple: beside the eye, in front of the ear.
    EXPECT_GT(temple->centreMm.x, at["ex"].x + 10.0f);
    EXPECT_GT(temple->centreMm.z, at["sa"].z + 10.0f);
    // Chin: below the lower lip, above the gnathion.
    EXPECT_LT(chin->centreMm.y, at["sto"].y - 12.0f);
    EXPECT_GT(chin->centreMm.y, at["gn"].y);
}

TEST(DefaultHead, IsTheSameOnEveryBuild) {
    const TriangleMesh a = buildFaceMesh({.sex = Sex::Male, .cellMm = 4.0f});
    const TriangleMesh b = buildFaceMesh({.sex = Sex::Male, .cellMm = 4.0f});
    ASSERT_EQ(a.positions.size(), b.positions.size());
    EXPECT_EQ(a.indices, b.indices);
    EXPECT_TRUE(std::equal(a.positions.begin(), a.positions.end(), b.positions.begin()));
}

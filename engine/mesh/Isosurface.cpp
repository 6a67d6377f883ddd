#include "mesh/Isosurface.hpp"

#include "core/Parallel.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace skinsim::mesh {

namespace {

// The six tetrahedra of a cube, by corner (bit 0: +x, bit 1: +y, bit 2: +z), all around the
// diagonal from corner 0 to corner 7: each follows one order of stepping along x, y and z.
constexpr std::array<std::array<int, 4>, 6> kTetrahedra{{
    {0, 1, 3, 7},
    {0, 1, 5, 7},
    {0, 2, 3, 7},
    {0, 2, 6, 7},
    {0, 4, 5, 7},
    {0, 4, 6, 7},
}};

struct Lattice {
    int nx, ny, nz; // points along each axis
    std::size_t index(int x, int y, int z) const {
        return (static_cast<std::size_t>(z) * ny + y) * nx + x;
    }
};

} // namespace

TriangleMesh meshIsosurface(const DistanceField& field, const IsosurfaceGrid& grid,
                            float lipschitz) {
    const float h = grid.cellMm;
    const int stride = std::max(1, grid.coarseStride);
    const glm::vec3 extent = grid.maxMm - grid.minMm;
    // Whole coarse cells along each axis.
    const auto coarseCells = [&](float e) {
        return std::max(1, static_cast<int>(std::ceil(e / (h * static_cast<float>(stride)))));
    };
    const int cx = coarseCells(extent.x), cy = coarseCells(extent.y), cz = coarseCells(extent.z);
    const Lattice coarse{cx + 1, cy + 1, cz + 1};
    const Lattice fine{cx * stride + 1, cy * stride + 1, cz * stride + 1};
    const auto finePoint = [&](int x, int y, int z) {
        return grid.minMm +
               h * glm::vec3(static_cast<float>(x), static_cast<float>(y), static_cast<float>(z));
    };

    // Coarse pass: the field at every coarse point.
    std::vector<float> coarseValue(static_cast<std::size_t>(coarse.nx) * coarse.ny * coarse.nz);
    parallelFor(coarse.nz, [&](int z) {
        for (int y = 0; y < coarse.ny; ++y) {
            for (int x = 0; x < coarse.nx; ++x) {
                coarseValue[coarse.index(x, y, z)] =
                    field(finePoint(x * stride, y * stride, z * stride));
            }
        }
    });
    // A coarse cell can hold surface only if some corner is within reach of it: the cell's
    // diagonal at the field's fastest rate of change.
    const float reach = lipschitz * h * static_cast<float>(stride) * std::sqrt(3.0f);
    std::vector<std::uint8_t> nearSurface(static_cast<std::size_t>(cx) * cy * cz, 0);
    for (int z = 0; z < cz; ++z) {
        for (int y = 0; y < cy; ++y) {
            for (int x = 0; x < cx; ++x) {
                float nearest = 1e30f;
                for (int c = 0; c < 8; ++c) {
                    nearest = std::min(
                        nearest, std::abs(coarseValue[coarse.index(x + (c & 1), y + ((c >> 1) & 1),
                                                                   z + ((c >> 2) & 1))]));
                }
                nearSurface[(static_cast<std::size_t>(z) * cy + y) * cx + x] =
                    nearest < reach ? 1 : 0;
            }
        }
    }

    // Fine pass: the field at every fine point of the cells near the surface; elsewhere the sign
    // of the nearest coarse point is all that matters (no surface crosses those cells).
    std::vector<float> value(static_cast<std::size_t>(fine.nx) * fine.ny * fine.nz);
    parallelFor(fine.nz, [&](int z) {
        for (int y = 0; y < fine.ny; ++y) {
            for (int x = 0; x < fine.nx; ++x) {
                bool sampled = false;
                // The point is needed when any coarse cell it touches is near the surface.
                const int x0 = x / stride, y0 = y / stride, z0 = z / stride;
                for (int dz = -1; dz <= 0 && !sampled; ++dz) {
                    for (int dy = -1; dy <= 0 && !sampled; ++dy) {
                        for (int dx = -1; dx <= 0 && !sampled; ++dx) {
                            const int ix = (x % stride == 0 ? x0 + dx : x0);
                            const int iy = (y % stride == 0 ? y0 + dy : y0);
                            const int iz = (z % stride == 0 ? z0 + dz : z0);
                            if (ix >= 0 && iy >= 0 && iz >= 0 && ix < cx && iy < cy && iz < cz &&
                                nearSurface[(static_cast<std::size_t>(iz) * cy + iy) * cx + ix]) {
                                sampled = true;
                            }
                        }
                    }
                }
                float v = sampled ? field(finePoint(x, y, z))
                                  : coarseValue[coarse.index((x + stride / 2) / stride,
                                                             (y + stride / 2) / stride,
                                                             (z + stride / 2) / stride)];
                // No point exactly on the surface: it would make zero-area triangles. Zero counts
                // as outside, the same wherever the point is met.
                value[fine.index(x, y, z)] = v == 0.0f ? 1e-6f : v;
            }
        }
    });

    // March: one vertex per crossed lattice edge, shared by every tetrahedron around the edge.
    TriangleMesh mesh;
    std::unordered_map<std::uint64_t, std::uint32_t> edgeVertex;
    struct Corner {
        std::size_t index;
        glm::vec3 position;
        float value;
    };
    const auto edge = [&](const Corner& a, const Corner& b) -> std::uint32_t {
        const Corner& lo = a.index < b.index ? a : b;
        const Corner& hi = a.index < b.index ? b : a;
        const std::uint64_t key = (static_cast<std::uint64_t>(lo.index) << 32) | hi.index;
        const auto [it, inserted] =
            edgeVertex.try_emplace(key, static_cast<std::uint32_t>(mesh.positions.size()));
        if (inserted) {
            // Kept 2 % of an edge away from its ends: two crossings near one corner on different
            // edges would otherwise be nearly the same point, and rounding could let triangles
            // of neighbouring tetrahedra touch there.
            const float t = std::clamp(lo.value / (lo.value - hi.value), 0.02f, 0.98f);
            mesh.positions.push_back(glm::mix(lo.position, hi.position, t));
        }
        return it->second;
    };
    // Triangles are oriented from the tetrahedron's corners, never from the crossing points:
    // a sliver's own normal can be too small to trust, and one wrongly wound triangle breaks the
    // surface's orientation. Sliding crossings along their edges cannot turn a triangle over, so
    // the corners' orientation is the triangle's.
    const auto emit = [&](std::uint32_t i0, std::uint32_t i1, std::uint32_t i2, bool flip) {
        if (flip) {
            std::swap(i1, i2);
        }
        mesh.indices.insert(mesh.indices.end(), {i0, i1, i2});
    };
    const auto det = [](const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
        return glm::dot(a, glm::cross(b, c));
    };

    for (int z = 0; z + 1 < fine.nz; ++z) {
        for (int y = 0; y + 1 < fine.ny; ++y) {
            for (int x = 0; x + 1 < fine.nx; ++x) {
                std::array<Corner, 8> cube;
                bool anyInside = false, anyOutside = false;
                for (int c = 0; c < 8; ++c) {
                    const int px = x + (c & 1), py = y + ((c >> 1) & 1), pz = z + ((c >> 2) & 1);
                    const std::size_t i = fine.index(px, py, pz);
                    cube[c] = {i, finePoint(px, py, pz), value[i]};
                    (cube[c].value < 0.0f ? anyInside : anyOutside) = true;
                }
                if (!anyInside || !anyOutside) {
                    continue;
                }
                for (const auto& tet : kTetrahedra) {
                    std::array<const Corner*, 4> in{}, out{};
                    int nIn = 0, nOut = 0;
                    for (const int c : tet) {
                        if (cube[c].value < 0.0f) {
                            in[nIn++] = &cube[c];
                        } else {
                            out[nOut++] = &cube[c];
                        }
                    }
                    if (nIn == 0 || nOut == 0) {
                        continue;
                    }
                    if (nIn == 1 || nOut == 1) {
                        // One corner apart from the other three: one triangle around it, facing
                        // away from it when it is inside, toward it when outside.
                        const Corner* lone = nIn == 1 ? in[0] : out[0];
                        const auto& rest = nIn == 1 ? out : in;
                        const float sign = det(rest[0]->position - lone->position,
                                               rest[1]->position - lone->position,
                                               rest[2]->position - lone->position);
                        emit(edge(*lone, *rest[0]), edge(*lone, *rest[1]), edge(*lone, *rest[2]),
                             (sign > 0.0f) != (nIn == 1));
                    } else {
                        // Two and two: a quad through the four crossed edges, in cyclic order,
                        // facing from the inside edge toward the outside one.
                        const std::uint32_t a = edge(*in[0], *out[0]);
                        const std::uint32_t b = edge(*in[0], *out[1]);
                        const std::uint32_t c = edge(*in[1], *out[1]);
                        const std::uint32_t d = edge(*in[1], *out[0]);
                        const glm::vec3 outward = 0.5f * (out[0]->position + out[1]->position -
                                                          in[0]->position - in[1]->position);
                        const float sign = det(out[1]->position - out[0]->position,
                                               in[1]->position - in[0]->position, outward);
                        emit(a, b, c, sign < 0.0f);
                        emit(a, c, d, sign < 0.0f);
                    }
                }
            }
        }
    }

    // Normals from the field's gradient (central differences): smooth across the facets.
    mesh.normals.resize(mesh.positions.size());
    const float e = 0.25f * h;
    parallelForRanges(static_cast<int>(mesh.positions.size()), [&](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            const glm::vec3 p = mesh.positions[static_cast<std::size_t>(i)];
            const glm::vec3 g(field(p + glm::vec3(e, 0, 0)) - field(p - glm::vec3(e, 0, 0)),
                              field(p + glm::vec3(0, e, 0)) - field(p - glm::vec3(0, e, 0)),
                              field(p + glm::vec3(0, 0, e)) - field(p - glm::vec3(0, 0, e)));
            const float length = glm::length(g);
            mesh.normals[static_cast<std::size_t>(i)] =
                length > 0.0f ? g / length : glm::vec3(0.0f, 0.0f, 1.0f);
        }
    });
    return mesh;
}

} // namespace skinsim::mesh

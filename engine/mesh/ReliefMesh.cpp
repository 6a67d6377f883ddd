#include "mesh/ReliefMesh.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

namespace skinsim::mesh {

namespace {

/// The sampled columns (or rows) of a side of `n` pixels: every `step`-th, and the last.
std::vector<int> samples(int n, int step) {
    std::vector<int> at;
    for (int i = 0; i < n; i += step) {
        at.push_back(i);
    }
    if (at.back() != n - 1) {
        at.push_back(n - 1);
    }
    return at;
}

double meanOf(const FieldF& f) {
    double sum = 0.0;
    for (int y = 0; y < f.height(); ++y) {
        for (int x = 0; x < f.width(); ++x) {
            sum += f(x, y);
        }
    }
    return sum / static_cast<double>(f.size());
}

} // namespace

int cellStepPixels(const FieldF& heightUm, const ReliefMeshOptions& options) {
    return std::max(1, static_cast<int>(std::lround(options.cellUm / heightUm.pixelUm())));
}

TriangleMesh reliefMesh(const FieldF& heightUm, const ReliefMeshOptions& options) {
    const int step = cellStepPixels(heightUm, options);
    const std::vector<int> xs = samples(heightUm.width(), step);
    const std::vector<int> ys = samples(heightUm.height(), step);
    const auto columns = static_cast<std::uint32_t>(xs.size());
    const auto rows = static_cast<std::uint32_t>(ys.size());
    const double mean = meanOf(heightUm);
    const double pixelMm = heightUm.pixelMm();
    const auto scale = static_cast<float>(options.scale);

    TriangleMesh mesh;
    float lowest = 0.0f;
    const auto addGrid = [&](bool top) {
        for (const int y : ys) {
            for (const int x : xs) {
                const float z =
                    top ? static_cast<float>((heightUm(x, y) - mean) * 1e-3) * scale : 0.0f;
                mesh.positions.emplace_back(
                    static_cast<float>(x * pixelMm) * scale,
                    static_cast<float>((heightUm.height() - 1 - y) * pixelMm) * scale, z);
                mesh.uvs.emplace_back(
                    static_cast<float>(x) / static_cast<float>(heightUm.width() - 1),
                    1.0f - static_cast<float>(y) / static_cast<float>(heightUm.height() - 1));
                lowest = std::min(lowest, z);
            }
        }
    };
    const auto vertex = [&](std::uint32_t base, std::uint32_t i, std::uint32_t j) {
        return base + j * columns + i;
    };
    // Seen from +z with y up, (i, j) at the top left of a cell: counter-clockwise triangles.
    const auto addCells = [&](std::uint32_t base, bool facingUp) {
        for (std::uint32_t j = 0; j + 1 < rows; ++j) {
            for (std::uint32_t i = 0; i + 1 < columns; ++i) {
                const std::uint32_t a = vertex(base, i, j), b = vertex(base, i + 1, j),
                                    c = vertex(base, i, j + 1), d = vertex(base, i + 1, j + 1);
                if (facingUp) {
                    mesh.indices.insert(mesh.indices.end(), {a, c, d, a, d, b});
                } else {
                    mesh.indices.insert(mesh.indices.end(), {a, d, c, a, b, d});
                }
            }
        }
    };
    addGrid(true);
    addCells(0, true);
    if (options.base) {
        const auto bottom = static_cast<std::uint32_t>(mesh.positions.size());
        addGrid(false);
        const float floor = lowest - static_cast<float>(options.baseMm) * scale;
        for (std::uint32_t v = bottom; v < mesh.positions.size(); ++v) {
            mesh.positions[v].z = floor;
        }
        addCells(bottom, false);
        // The boundary counter-clockwise seen from +z: down the left side, along the bottom, up
        // the right side, back along the top; each edge t0 -> t1 gets an outward wall.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> ring;
        for (std::uint32_t j = 0; j + 1 < rows; ++j) {
            ring.emplace_back(0, j);
        }
        for (std::uint32_t i = 0; i + 1 < columns; ++i) {
            ring.emplace_back(i, rows - 1);
        }
        for (std::uint32_t j = rows - 1; j > 0; --j) {
            ring.emplace_back(columns - 1, j);
        }
        for (std::uint32_t i = columns - 1; i > 0; --i) {
            ring.emplace_back(i, 0);
        }
        for (std::size_t k = 0; k < ring.size(); ++k) {
            const auto [i0, j0] = ring[k];
            const auto [i1, j1] = ring[(k + 1) % ring.size()];
            const std::uint32_t t0 = vertex(0, i0, j0), t1 = vertex(0, i1, j1);
            const std::uint32_t b0 = vertex(bottom, i0, j0), b1 = vertex(bottom, i1, j1);
            mesh.indices.insert(mesh.indices.end(), {t0, b0, b1, t0, b1, t1});
        }
    }
    mesh.normals.assign(mesh.positions.size(), glm::vec3(0.0f, 0.0f, 1.0f));
    computeNormals(mesh);
    return mesh;
}

FieldF detailBelowCells(const FieldF& heightUm, const ReliefMeshOptions& options) {
    const int step = cellStepPixels(heightUm, options);
    const std::vector<int> xs = samples(heightUm.width(), step);
    const std::vector<int> ys = samples(heightUm.height(), step);
    FieldF detail = FieldF::sameShapeAs(heightUm);
    // The sample at or before a pixel and the next one, along one axis.
    const auto bracket = [](const std::vector<int>& at, int p) {
        const auto next = std::upper_bound(at.begin(), at.end(), p);
        const std::size_t hi = std::min<std::size_t>(next - at.begin(), at.size() - 1);
        const std::size_t lo = hi > 0 && at[hi] > p ? hi - 1 : hi;
        const double t = at[hi] == at[lo] ? 0.0 : double(p - at[lo]) / double(at[hi] - at[lo]);
        return std::tuple{at[lo], at[hi], t};
    };
    for (int y = 0; y < heightUm.height(); ++y) {
        const auto [y0, y1, ty] = bracket(ys, y);
        for (int x = 0; x < heightUm.width(); ++x) {
            const auto [x0, x1, tx] = bracket(xs, x);
            const double top = heightUm(x0, y0) * (1 - tx) + heightUm(x1, y0) * tx;
            const double bottom = heightUm(x0, y1) * (1 - tx) + heightUm(x1, y1) * tx;
            detail(x, y) = static_cast<float>(heightUm(x, y) - (top * (1 - ty) + bottom * ty));
        }
    }
    return detail;
}

std::size_t openEdgeCount(const TriangleMesh& mesh) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, int> uses;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        for (int e = 0; e < 3; ++e) {
            const std::uint32_t a = mesh.indices[t + e], b = mesh.indices[t + (e + 1) % 3];
            ++uses[{std::min(a, b), std::max(a, b)}];
        }
    }
    return static_cast<std::size_t>(
        std::count_if(uses.begin(), uses.end(), [](const auto& u) { return u.second != 2; }));
}

} // namespace skinsim::mesh

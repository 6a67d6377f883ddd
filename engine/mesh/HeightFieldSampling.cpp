#include "mesh/HeightFieldSampling.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <sstream>
#include <vector>

namespace skinsim::mesh {

namespace {

std::string num(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

/// Median x-y length of the triangles' edges, mm (a sample of at most 200 000 edges).
double medianEdgeMm(const TriangleMesh& mesh) {
    std::vector<double> lengths;
    const std::size_t triangles = mesh.triangleCount();
    const std::size_t step = std::max<std::size_t>(1, triangles / 66667);
    for (std::size_t t = 0; t < triangles; t += step) {
        for (int e = 0; e < 3; ++e) {
            const glm::vec3& a = mesh.positions[mesh.indices[3 * t + std::size_t(e)]];
            const glm::vec3& b = mesh.positions[mesh.indices[3 * t + std::size_t((e + 1) % 3)]];
            const double l = std::hypot(double(a.x) - b.x, double(a.y) - b.y);
            if (l > 0) {
                lengths.push_back(l);
            }
        }
    }
    if (lengths.empty()) {
        return 0;
    }
    const auto middle = lengths.begin() + std::ptrdiff_t(lengths.size() / 2);
    std::nth_element(lengths.begin(), middle, lengths.end());
    return *middle;
}

/// Fills the cells no triangle covered with the height of the nearest covered cell (breadth-first
/// from all covered cells at once, in cell order: deterministic).
void fillUncovered(FieldF& height, std::vector<std::uint8_t>& covered) {
    const int w = height.width();
    const int h = height.height();
    std::vector<std::uint32_t> frontier;
    for (std::uint32_t i = 0; i < covered.size(); ++i) {
        if (covered[i] != 0) {
            frontier.push_back(i);
        }
    }
    std::vector<std::uint32_t> next;
    while (!frontier.empty()) {
        next.clear();
        for (const std::uint32_t cell : frontier) {
            const int x = static_cast<int>(cell % static_cast<std::uint32_t>(w));
            const int y = static_cast<int>(cell / static_cast<std::uint32_t>(w));
            const int nx[4] = {x - 1, x + 1, x, x};
            const int ny[4] = {y, y, y - 1, y + 1};
            for (int k = 0; k < 4; ++k) {
                if (nx[k] < 0 || ny[k] < 0 || nx[k] >= w || ny[k] >= h) {
                    continue;
                }
                const auto nb = static_cast<std::uint32_t>(ny[k] * w + nx[k]);
                if (covered[nb] == 0) {
                    covered[nb] = 1;
                    height.data()[nb] = height.data()[cell];
                    next.push_back(nb);
                }
            }
        }
        frontier.swap(next);
    }
}

} // namespace

Result<FieldF> sampleHeightField(const TriangleMesh& mesh, double pixelUm,
                                 const std::string& origin) {
    if (mesh.triangleCount() == 0) {
        return Error::badInput(origin + ": the mesh has no triangles to sample as a height map");
    }
    const Bounds b = boundsOf(mesh);
    const double spanX = double(b.max.x) - b.min.x;
    const double spanY = double(b.max.y) - b.min.y;
    if (!(spanX > 0 && spanY > 0)) {
        return Error::badInput(origin + ": the mesh is flat in x or y (" + num(spanX) + " x " +
                               num(spanY) +
                               " mm); a skin scan is a surface over x-y with its height in z");
    }
    // Heights are float µm: a z beyond ~3.4e35 mm (finite as a float position, mm) would sample
    // as infinity (issue 14; tests/fuzz/regressions/mesh). Half the float range leaves room for the
    // interpolation.
    const double largestZUm = std::max(std::abs(double(b.min.z)), std::abs(double(b.max.z))) * 1e3;
    if (largestZUm > 0.5 * std::numeric_limits<float>::max()) {
        return Error::badInput(origin + ": a vertex lies at z = " +
                               num(std::abs(b.min.z) > std::abs(b.max.z) ? b.min.z : b.max.z) +
                               " mm; a height map holds heights within +-" +
                               num(0.5e-3 * std::numeric_limits<float>::max()) + " mm");
    }
    double pixelMm = pixelUm > 0 ? pixelUm * 1e-3 : medianEdgeMm(mesh);
    const double finest = std::max(spanX, spanY) / kMaxSampledCells;
    if (pixelUm > 0 && pixelMm < finest) {
        return Error::badInput(origin + ": --pixel-um " + num(pixelUm) + " makes the " +
                               num(spanX) + " x " + num(spanY) + " mm scan more than " +
                               num(kMaxSampledCells) + " cells wide; use at least " +
                               num(std::ceil(finest * 1e4) / 10) + " um");
    }
    pixelMm = std::max(pixelMm, finest);
    // Positions are single precision: a span of n pixels may read n + 1e-4.
    const int w = std::max(1, static_cast<int>(std::ceil(spanX / pixelMm - 1e-3)));
    const int h = std::max(1, static_cast<int>(std::ceil(spanY / pixelMm - 1e-3)));
    FieldF height(w, h, pixelMm * 1e3, -std::numeric_limits<float>::infinity());
    std::vector<std::uint8_t> covered(height.size(), 0);

    // Each triangle in grid coordinates (cell centres at integers), rasterised by edge functions.
    auto gx = [&](const glm::vec3& p) { return (double(p.x) - b.min.x) / pixelMm - 0.5; };
    auto gy = [&](const glm::vec3& p) { return (double(b.max.y) - p.y) / pixelMm - 0.5; };
    for (std::size_t t = 0; t < mesh.triangleCount(); ++t) {
        const glm::vec3& p0 = mesh.positions[mesh.indices[3 * t]];
        const glm::vec3& p1 = mesh.positions[mesh.indices[3 * t + 1]];
        const glm::vec3& p2 = mesh.positions[mesh.indices[3 * t + 2]];
        const double x0 = gx(p0), y0 = gy(p0), x1 = gx(p1), y1 = gy(p1), x2 = gx(p2), y2 = gy(p2);
        const double area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
        if (std::abs(area) < 1e-12) {
            continue; // seen edge-on from above
        }
        const int xa = std::max(0, static_cast<int>(std::ceil(std::min({x0, x1, x2}) - 1e-9)));
        const int xb = std::min(w - 1, static_cast<int>(std::floor(std::max({x0, x1, x2}) + 1e-9)));
        const int ya = std::max(0, static_cast<int>(std::ceil(std::min({y0, y1, y2}) - 1e-9)));
        const int yb = std::min(h - 1, static_cast<int>(std::floor(std::max({y0, y1, y2}) + 1e-9)));
        constexpr double kEdge = -1e-9; // cells on a shared edge belong to both triangles
        for (int y = ya; y <= yb; ++y) {
            for (int x = xa; x <= xb; ++x) {
                const double w0 = ((x1 - x) * (y2 - y) - (x2 - x) * (y1 - y)) / area;
                const double w1 = ((x2 - x) * (y0 - y) - (x0 - x) * (y2 - y)) / area;
                const double w2 = 1.0 - w0 - w1;
                if (w0 < kEdge || w1 < kEdge || w2 < kEdge) {
                    continue;
                }
                const double zUm = (w0 * p0.z + w1 * p1.z + w2 * p2.z) * 1e3;
                float& cell = height(x, y);
                cell = std::max(cell, static_cast<float>(zUm));
                covered[std::size_t(y) * std::size_t(w) + std::size_t(x)] = 1;
            }
        }
    }
    const auto coveredCells =
        static_cast<double>(std::count(covered.begin(), covered.end(), std::uint8_t{1}));
    const double coverage = coveredCells / static_cast<double>(covered.size());
    if (coverage < kMinCoverage) {
        return Error::badInput(origin + ": seen from above (+z), the mesh covers only " +
                               num(std::round(coverage * 1000) / 10) + " % of its " + num(spanX) +
                               " x " + num(spanY) + " mm extent at " + num(pixelMm * 1e3) +
                               " um per cell; a skin scan is a height field over x-y (at least " +
                               num(kMinCoverage * 100) + " % covered)");
    }
    fillUncovered(height, covered);
    return height;
}

} // namespace skinsim::mesh

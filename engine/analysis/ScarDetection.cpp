#include "analysis/ScarDetection.hpp"

#include "analysis/GoodmanBaron.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace skinsim {

namespace {

constexpr std::int32_t kUnflooded = -1;

/// Basins of the flood, merged by union-find.
struct Basins {
    std::vector<std::int32_t> parent;
    std::vector<float> depthUm;      ///< its first (deepest) point
    std::vector<std::uint32_t> seed; ///< that point's cell

    std::int32_t add(float depth, std::uint32_t cell) {
        parent.push_back(static_cast<std::int32_t>(parent.size()));
        depthUm.push_back(depth);
        seed.push_back(cell);
        return parent.back();
    }
    std::int32_t root(std::int32_t b) {
        while (parent[std::size_t(b)] != b) {
            parent[std::size_t(b)] = parent[std::size_t(parent[std::size_t(b)])];
            b = parent[std::size_t(b)];
        }
        return b;
    }
};

/// Floods the depression from the deepest point up (see the header); returns each cell's basin
/// (kUnflooded above the floor) and the basins.
std::vector<std::int32_t> flood(const FieldF& d, const ScarDetectionSettings& s, Basins& basins) {
    const int w = d.width();
    const int h = d.height();
    const auto* depth = d.data();
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(d.size()); ++i) {
        if (depth[i] >= s.floorUm) {
            order.push_back(i);
        }
    }
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return depth[a] != depth[b] ? depth[a] > depth[b] : a < b;
    });
    std::vector<std::int32_t> label(d.size(), kUnflooded);
    std::array<std::int32_t, 8> roots{};
    for (const std::uint32_t cell : order) {
        const int x = static_cast<int>(cell % static_cast<std::uint32_t>(w));
        const int y = static_cast<int>(cell / static_cast<std::uint32_t>(w));
        const float level = depth[cell];
        std::size_t n = 0;
        std::uint32_t steepest = cell;
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                const int nx = x + dx;
                const int ny = y + dy;
                if ((dx == 0 && dy == 0) || nx < 0 || ny < 0 || nx >= w || ny >= h) {
                    continue;
                }
                const auto nb = static_cast<std::uint32_t>(ny * w + nx);
                if (label[nb] == kUnflooded) {
                    continue;
                }
                if (steepest == cell || depth[nb] > depth[steepest] ||
                    (depth[nb] == depth[steepest] && nb < steepest)) {
                    steepest = nb;
                }
                const std::int32_t r = basins.root(label[nb]);
                if (std::find(roots.begin(), roots.begin() + std::ptrdiff_t(n), r) ==
                    roots.begin() + std::ptrdiff_t(n)) {
                    roots[n++] = r;
                }
            }
        }
        if (n == 0) {
            label[cell] = basins.add(level, cell);
            continue;
        }
        // The deepest basin absorbs the others unless they are scars of their own.
        auto deeper = [&](std::int32_t a, std::int32_t b) {
            const float da = basins.depthUm[std::size_t(a)];
            const float db = basins.depthUm[std::size_t(b)];
            return da != db ? da > db : a < b;
        };
        std::int32_t deepest = roots[0];
        for (std::size_t i = 1; i < n; ++i) {
            deepest = deeper(roots[i], deepest) ? roots[i] : deepest;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const double shallower = basins.depthUm[std::size_t(roots[i])];
            const bool separate =
                shallower >= s.seedDepthUm && level <= s.separateSaddle * shallower;
            if (roots[i] != deepest && !separate) {
                basins.parent[std::size_t(roots[i])] = deepest;
            }
        }
        label[cell] = basins.root(label[steepest]);
    }
    return label;
}

} // namespace

ScarType classifyScar(double diameterMm, double halfDepthDiameterMm,
                      const ScarDetectionSettings& s) {
    if (diameterMm > 0 && halfDepthDiameterMm >= s.boxcarWallRatio * diameterMm) {
        return s.chickenpoxHistory ? ScarType::Chickenpox : ScarType::Boxcar;
    }
    return diameterMm < s.icepickMaxDiameterMm ? ScarType::Icepick : ScarType::Rolling;
}

namespace {

/// What the 10 %-depth region of a basin holds.
struct BasinRegion {
    double cells = 0, sumDepth = 0, sumX = 0, sumY = 0, halfDepthCells = 0, visibleCells = 0;
    double rawDeepestUm = 0;
};

/// The cells of basin `b` connected to `start` at >= `contourUm` deep, summed up.
BasinRegion measureRegion(const SkinSurface& surface, std::vector<std::int32_t>& label,
                          Basins& basins, std::int32_t b, std::uint32_t start, double depthUm,
                          double contourUm, std::vector<std::uint8_t>& visited,
                          std::vector<std::uint32_t>& stack) {
    const FieldF& d = surface.depressionUm;
    const int w = d.width();
    const int h = d.height();
    BasinRegion r;
    std::vector<std::uint32_t> seen;
    stack.assign(1, start);
    visited[start] = 1;
    while (!stack.empty()) {
        const std::uint32_t cell = stack.back();
        stack.pop_back();
        seen.push_back(cell);
        const int x = static_cast<int>(cell % static_cast<std::uint32_t>(w));
        const int y = static_cast<int>(cell / static_cast<std::uint32_t>(w));
        const double v = d.data()[cell];
        r.cells += 1;
        r.sumDepth += v;
        r.sumX += x;
        r.sumY += y;
        r.halfDepthCells += v >= 0.5 * depthUm ? 1 : 0;
        r.visibleCells += v >= kVisibleDepthUm ? 1 : 0;
        r.rawDeepestUm = std::max(r.rawDeepestUm, double(surface.rawDepressionUm.data()[cell]));
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                const int nx = x + dx;
                const int ny = y + dy;
                if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                    continue;
                }
                const auto nb = static_cast<std::uint32_t>(ny * w + nx);
                if (visited[nb] == 0 && label[nb] != kUnflooded && d.data()[nb] >= contourUm &&
                    basins.root(label[nb]) == b) {
                    visited[nb] = 1;
                    stack.push_back(nb);
                }
            }
        }
    }
    for (const std::uint32_t cell : seen) {
        visited[cell] = 0;
    }
    return r;
}

} // namespace

std::vector<DetectedScar> detectScars(const SkinSurface& surface, const ScarDetectionSettings& s) {
    std::vector<DetectedScar> scars;
    const FieldF& d = surface.depressionUm;
    if (d.empty()) {
        return scars;
    }
    Basins basins;
    std::vector<std::int32_t> label = flood(d, s, basins);
    const double cellMm2 = d.pixelMm() * d.pixelMm();
    auto diameterOf = [&](double cells) {
        return 2.0 * std::sqrt(cells * cellMm2 / std::numbers::pi);
    };

    std::vector<std::uint8_t> visited(d.size(), 0);
    std::vector<std::uint32_t> stack;
    for (std::int32_t b = 0; b < static_cast<std::int32_t>(basins.parent.size()); ++b) {
        double depth = basins.depthUm[std::size_t(b)];
        if (basins.root(b) != b || depth < s.seedDepthUm) {
            continue;
        }
        const std::uint32_t start = basins.seed[std::size_t(b)];
        BasinRegion r =
            measureRegion(surface, label, basins, b, start, depth, 0.1 * depth, visited, stack);
        DetectedScar scar;
        scar.diameterMm = diameterOf(r.cells);
        if (scar.diameterMm < s.minDiameterMm) {
            continue;
        }
        scar.type = classifyScar(scar.diameterMm, diameterOf(r.halfDepthCells), s);
        if (scar.type == ScarType::Icepick && r.rawDeepestUm > depth) {
            // The tract's tip, bridged by the microrelief disc: its depth is the raw one, and the
            // 10 %-depth contour lies correspondingly lower.
            depth = r.rawDeepestUm;
            r = measureRegion(surface, label, basins, b, start, depth, 0.1 * depth, visited, stack);
            scar.diameterMm = diameterOf(r.cells);
        }
        scar.depthUm = depth;
        scar.centerMm = {d.xMm(0) + r.sumX / r.cells * d.pixelMm(),
                         d.yMm(0) + r.sumY / r.cells * d.pixelMm()};
        scar.volumeMm3 = r.sumDepth * 1e-3 * cellMm2;
        scar.halfDepthDiameterMm = diameterOf(r.halfDepthCells);
        scar.visibleAreaMm2 = r.visibleCells * cellMm2;
        scars.push_back(scar);
    }
    std::sort(scars.begin(), scars.end(), [](const DetectedScar& a, const DetectedScar& b) {
        return a.centerMm[1] != b.centerMm[1] ? a.centerMm[1] < b.centerMm[1]
                                              : a.centerMm[0] < b.centerMm[0];
    });
    for (std::size_t i = 0; i < scars.size(); ++i) {
        scars[i].id = static_cast<int>(i);
    }
    return scars;
}

} // namespace skinsim

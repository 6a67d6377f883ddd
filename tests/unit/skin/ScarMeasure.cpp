#include "ScarMeasure.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace skinsim::test {

namespace {

struct Cell {
    int x, y;
};

/// Cells connected (4-neighbourhood) to `seed` whose depth is >= threshold, within `inside`.
template <class Depth, class Inside>
std::vector<Cell> floodFill(Cell seed, int w, int h, Depth depth, double threshold, Inside inside) {
    std::vector<char> seen(static_cast<std::size_t>(w) * h, 0);
    std::vector<Cell> stack{seed};
    std::vector<Cell> region;
    seen[static_cast<std::size_t>(seed.y) * w + seed.x] = 1;
    while (!stack.empty()) {
        const Cell c = stack.back();
        stack.pop_back();
        region.push_back(c);
        const Cell next[4] = {{c.x + 1, c.y}, {c.x - 1, c.y}, {c.x, c.y + 1}, {c.x, c.y - 1}};
        for (const Cell n : next) {
            if (n.x < 0 || n.y < 0 || n.x >= w || n.y >= h) {
                continue;
            }
            char& s = seen[static_cast<std::size_t>(n.y) * w + n.x];
            if (!s && inside(n.x, n.y) && depth(n.x, n.y) >= threshold) {
                s = 1;
                stack.push_back(n);
            }
        }
    }
    return region;
}

} // namespace

FieldF gaussianSmoothed(const FieldF& h, double sigmaMm) {
    const double sigma = sigmaMm / h.pixelMm();
    const int radius = static_cast<int>(std::ceil(3 * sigma));
    std::vector<double> kernel(static_cast<std::size_t>(2 * radius + 1));
    double total = 0;
    for (int i = -radius; i <= radius; ++i) {
        total += kernel[static_cast<std::size_t>(i + radius)] =
            std::exp(-0.5 * i * i / (sigma * sigma));
    }
    for (double& k : kernel) {
        k /= total;
    }
    FieldF across = FieldF::sameShapeAs(h);
    FieldF out = FieldF::sameShapeAs(h);
    for (int pass = 0; pass < 2; ++pass) {
        const FieldF& in = pass == 0 ? h : across;
        FieldF& dst = pass == 0 ? across : out;
        for (int y = 0; y < h.height(); ++y) {
            for (int x = 0; x < h.width(); ++x) {
                double sum = 0;
                for (int i = -radius; i <= radius; ++i) {
                    sum += kernel[static_cast<std::size_t>(i + radius)] *
                           (pass == 0 ? in.clamped(x + i, y) : in.clamped(x, y + i));
                }
                dst(x, y) = static_cast<float>(sum);
            }
        }
    }
    return out;
}

ScarMeasurement measureScar(const FieldF& height, std::array<double, 2> centerMm, double radiusMm) {
    ScarMeasurement m;
    const double px = height.pixelMm();
    const int w = height.width();
    const int h = height.height();
    auto rMm = [&](int x, int y) {
        return std::hypot(height.xMm(x) - centerMm[0], height.yMm(y) - centerMm[1]);
    };
    const int half = static_cast<int>(std::ceil(1.9 * radiusMm / px));
    const int cx = static_cast<int>(centerMm[0] / px);
    const int cy = static_cast<int>(centerMm[1] / px);
    const int x0 = std::max(0, cx - half), x1 = std::min(w, cx + half + 1);
    const int y0 = std::max(0, cy - half), y1 = std::min(h, cy + half + 1);

    std::vector<float> ring;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const double r = rMm(x, y);
            if (r >= 1.3 * radiusMm && r <= 1.8 * radiusMm) {
                ring.push_back(height(x, y));
            }
        }
    }
    std::nth_element(ring.begin(), ring.begin() + static_cast<long>(ring.size() / 2), ring.end());
    m.surroundUm = ring.empty() ? 0.0 : ring[ring.size() / 2];
    auto depth = [&](int x, int y) { return m.surroundUm - height(x, y); };

    Cell deepest{cx, cy};
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            if (rMm(x, y) <= 0.6 * radiusMm && depth(x, y) > m.depthUm) {
                m.depthUm = depth(x, y);
                deepest = {x, y};
            }
        }
    }
    auto near = [&](int x, int y) { return rMm(x, y) <= 1.5 * radiusMm; };
    const auto region = floodFill(deepest, w, h, depth, 0.1 * m.depthUm, near);
    const auto core = floodFill(deepest, w, h, depth, 0.5 * m.depthUm, near);
    m.diameterMm = 2.0 * std::sqrt(static_cast<double>(region.size()) * px * px / std::numbers::pi);
    m.diameterHalfDepthMm =
        2.0 * std::sqrt(static_cast<double>(core.size()) * px * px / std::numbers::pi);
    double sx = 0, sy = 0;
    for (const Cell& c : region) {
        sx += height.xMm(c.x);
        sy += height.yMm(c.y);
    }
    m.centroidMm = {sx / static_cast<double>(region.size()),
                    sy / static_cast<double>(region.size())};

    // Radial rays from the centroid, sampled bilinearly every quarter cell.
    m.halfRadiusDepthRatio = 1.0;
    constexpr int kRays = 180;
    for (int k = 0; k < kRays; ++k) {
        const double a = 2 * std::numbers::pi * k / kRays;
        auto depthAt = [&](double r) {
            return m.surroundUm - height.sample(m.centroidMm[0] + r * std::cos(a),
                                                m.centroidMm[1] + r * std::sin(a));
        };
        // Outwards until the depth first falls below 90 % and then below 10 % (a neighbour further
        // out along the ray does not count).
        double r10 = 0, r90 = 0;
        bool below90 = false;
        for (double r = 0; r <= 1.5 * radiusMm; r += 0.25 * px) {
            const double d = depthAt(r);
            if (d < 0.1 * m.depthUm) {
                break;
            }
            r10 = r;
            below90 = below90 || d < 0.9 * m.depthUm;
            if (!below90) {
                r90 = r;
            }
        }
        m.wallWidthMm = std::max(m.wallWidthMm, r10 - r90);
        m.halfRadiusDepthRatio = std::min(m.halfRadiusDepthRatio, depthAt(0.5 * r10) / m.depthUm);
    }

    // Steepest slope in and around the scar (central differences, µm per µm).
    for (int y = std::max(1, y0); y < std::min(h - 1, y1); ++y) {
        for (int x = std::max(1, x0); x < std::min(w - 1, x1); ++x) {
            if (rMm(x, y) > 1.3 * radiusMm) {
                continue;
            }
            const double gx = (height(x + 1, y) - height(x - 1, y)) / (2 * height.pixelUm());
            const double gy = (height(x, y + 1) - height(x, y - 1)) / (2 * height.pixelUm());
            m.maxSlope = std::max(m.maxSlope, std::hypot(gx, gy));
        }
    }

    // Dips: local depth maxima (over +-0.15 mm) in the region deeper than 30 %, counted when the
    // straight path to the deepest one crosses a saddle at least 2 % of the depth shallower.
    const int k = std::max(2, static_cast<int>(std::lround(0.15 / px)));
    std::vector<Cell> peaks;
    for (const Cell& c : region) {
        const double d = depth(c.x, c.y);
        if (d < 0.3 * m.depthUm) {
            continue;
        }
        bool isMax = true;
        for (int dy = -k; dy <= k && isMax; ++dy) {
            for (int dx = -k; dx <= k && isMax; ++dx) {
                const int xx = std::clamp(c.x + dx, 0, w - 1);
                const int yy = std::clamp(c.y + dy, 0, h - 1);
                isMax = depth(xx, yy) <= d;
            }
        }
        if (isMax) {
            peaks.push_back(c);
        }
    }
    // Deepest first, so that each dip is represented by its lowest point.
    std::sort(peaks.begin(), peaks.end(),
              [&](Cell a, Cell b) { return depth(a.x, a.y) > depth(b.x, b.y); });
    auto separated = [&](Cell a, Cell b) {
        const double shallower = std::min(depth(a.x, a.y), depth(b.x, b.y));
        const double steps = std::max(1.0, std::hypot(a.x - b.x, a.y - b.y) * 2);
        double saddle = shallower;
        for (int s = 0; s <= static_cast<int>(steps); ++s) {
            const double t = s / steps;
            const double xm = height.xMm(a.x) + t * (height.xMm(b.x) - height.xMm(a.x));
            const double ym = height.yMm(a.y) + t * (height.yMm(b.y) - height.yMm(a.y));
            saddle = std::min(saddle, m.surroundUm - static_cast<double>(height.sample(xm, ym)));
        }
        return saddle < shallower - 0.02 * m.depthUm;
    };
    std::vector<Cell> dips;
    for (const Cell& p : peaks) {
        if (std::all_of(dips.begin(), dips.end(), [&](Cell d) { return separated(p, d); })) {
            dips.push_back(p);
        }
    }
    m.dips = static_cast<int>(dips.size());
    return m;
}

} // namespace skinsim::test

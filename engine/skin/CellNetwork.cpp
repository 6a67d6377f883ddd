#include "skin/CellNetwork.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace skinsim {

namespace {
constexpr int kMargin = 3; // cells beyond the queried area: the search looks up to 2 cells away
}

CellNetwork::CellNetwork(double cellMm, double x0, double y0, double x1, double y1, double jitter,
                         double presence, const CounterRng& rng)
    : cellMm_(cellMm), jitter_(jitter), presence_(presence), presenceRng_(rng.child(1)) {
    originX_ = x0 - kMargin * cellMm;
    originY_ = y0 - kMargin * cellMm;
    nx_ = static_cast<int>(std::ceil((x1 - x0) / cellMm)) + 2 * kMargin + 1;
    ny_ = static_cast<int>(std::ceil((y1 - y0) / cellMm)) + 2 * kMargin + 1;
    points_.resize(static_cast<std::size_t>(nx_) * static_cast<std::size_t>(ny_));
    for (int j = 0; j < ny_; ++j) {
        for (int i = 0; i < nx_; ++i) {
            const std::uint64_t k = 2 * (static_cast<std::uint64_t>(j) * nx_ + i);
            Point& p = points_[static_cast<std::size_t>(j) * nx_ + i];
            p.x = static_cast<float>(i + 0.5 + jitter * (rng.uniform(k) - 0.5));
            p.y = static_cast<float>(j + 0.5 + jitter * (rng.uniform(k + 1) - 0.5));
        }
    }
}

std::uint64_t CellNetwork::borderKey(int i1, int j1, int i2, int j2) const {
    const auto a = static_cast<std::uint64_t>(j1) * static_cast<std::uint64_t>(nx_) + i1;
    const auto b = static_cast<std::uint64_t>(j2) * static_cast<std::uint64_t>(nx_) + i2;
    return std::min(a, b) * 0x9e3779b97f4a7c15ULL ^ std::max(a, b);
}

bool CellNetwork::present(std::uint64_t key) const {
    return presence_ >= 1.0 || presenceRng_.uniform(key) < presence_;
}

CellNetwork::Border CellNetwork::nearestBorder(double x, double y, double maxDistanceMm) const {
    CellLines memo;
    return nearestBorder(x, y, maxDistanceMm, memo);
}

void CellNetwork::describeCell(int mi, int mj, CellLines& memo) const {
    memo.i = mi;
    memo.j = mj;
    memo.count = 0;
    const Point& m = at(mi, mj);
    const int ci = std::clamp(mi, 2, nx_ - 3);
    const int cj = std::clamp(mj, 2, ny_ - 3);
    for (int j = cj - 2; j <= cj + 2; ++j) {
        for (int i = ci - 2; i <= ci + 2; ++i) {
            const Point& o = at(i, j);
            const double ex = static_cast<double>(o.x) - m.x;
            const double ey = static_cast<double>(o.y) - m.y;
            const double len = std::sqrt(ex * ex + ey * ey);
            if ((i == mi && j == mj) || len < 1e-9) {
                continue;
            }
            const std::uint64_t key = borderKey(mi, mj, i, j);
            if (!present(key)) {
                continue;
            }
            // The bisector of m and o: points p with (p - (m + o) / 2) . e / |e| = 0.
            const auto k = static_cast<std::size_t>(memo.count++);
            memo.nx[k] = ex / len;
            memo.ny[k] = ey / len;
            memo.offset[k] = (0.5 * (static_cast<double>(m.x) + o.x) * ex +
                              0.5 * (static_cast<double>(m.y) + o.y) * ey) /
                             len;
            memo.key[k] = key;
        }
    }
}

CellNetwork::Border CellNetwork::nearestBorder(double x, double y, double maxDistanceMm,
                                               CellLines& memo) const {
    const double gx = (x - originX_) / cellMm_;
    const double gy = (y - originY_) / cellMm_;
    const int ix = std::clamp(static_cast<int>(gx), 2, nx_ - 3);
    const int iy = std::clamp(static_cast<int>(gy), 2, ny_ - 3);
    // Pass 1: the nearest and second-nearest feature points among the 3 x 3 cells, without
    // branches (which point is nearest is unpredictable, and mispredictions dominated the cost).
    std::array<double, 9> d2{};
    std::array<double, 9> px{};
    std::array<double, 9> py{};
    for (int k = 0; k < 9; ++k) {
        const Point& p = at(ix - 1 + k % 3, iy - 1 + k / 3);
        px[static_cast<std::size_t>(k)] = p.x - gx;
        py[static_cast<std::size_t>(k)] = p.y - gy;
        d2[static_cast<std::size_t>(k)] =
            px[static_cast<std::size_t>(k)] * px[static_cast<std::size_t>(k)] +
            py[static_cast<std::size_t>(k)] * py[static_cast<std::size_t>(k)];
    }
    std::size_t m = 0;
    double best = d2[0];
    for (std::size_t k = 1; k < 9; ++k) {
        const bool nearer = d2[k] < best;
        best = nearer ? d2[k] : best;
        m = nearer ? k : m;
    }
    double second = std::numeric_limits<double>::max();
    for (std::size_t k = 0; k < 9; ++k) {
        second = std::min(second, k == m ? std::numeric_limits<double>::max() : d2[k]);
    }
    const int mi = ix - 1 + static_cast<int>(m % 3);
    const int mj = iy - 1 + static_cast<int>(m / 3);
    Border out;
    double bestEdge = maxDistanceMm / cellMm_;
    const double nearest = std::sqrt(best);
    // Every border is at least (d2 - d1) / 2 away, d1 and d2 the distances to the nearest and the
    // second-nearest point. Points outside the 3 x 3 cells lie beyond the jitter's reach, so the
    // second-nearest is at least min(second in 3 x 3, distance to that outer region). Far from
    // every border (most of a polygon's inside) this ends the search.
    const double h = 0.5 * jitter_;
    const double outer = std::min(
        {gx - (ix - 1.5 + h), (ix + 2.5 - h) - gx, gy - (iy - 1.5 + h), (iy + 2.5 - h) - gy});
    const double clear = 0.5 * (std::min(std::sqrt(second), outer) - nearest);
    if (clear >= bestEdge) {
        out.distanceMm = maxDistanceMm;
        out.clearMm = clear * cellMm_;
        return out;
    }
    // Pass 2: the nearest present bisector between that point and its neighbours (the point
    // lies on m's side of every one of them), from the memo of m's borders.
    if (memo.i != mi || memo.j != mj) {
        describeCell(mi, mj, memo);
    }
    std::uint64_t key = borderKey(mi, mj, mi, mj);
    for (std::size_t k = 0; k < static_cast<std::size_t>(memo.count); ++k) {
        const double d = memo.offset[k] - (gx * memo.nx[k] + gy * memo.ny[k]);
        const bool nearer = d < bestEdge;
        bestEdge = nearer ? d : bestEdge;
        key = nearer ? memo.key[k] : key;
    }
    out.distanceMm = std::max(0.0, bestEdge) * cellMm_;
    out.clearMm = std::max(out.distanceMm, clear * cellMm_);
    out.key = key;
    return out;
}

} // namespace skinsim

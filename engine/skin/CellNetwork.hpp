#pragma once
// A random polygon network: the Voronoi cells of jittered grid points. The lines of skin
// microrelief form such a polygon pattern (evidence.md 1e); the distance from a point to the
// nearest cell border is the distance to the nearest furrow. Feature points are tabulated once
// over the area a caller will query, so a query costs 34 table reads and no hashing.

#include "core/Rng.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace skinsim {

class CellNetwork {
  public:
    /// Points of spacing cellMm covering [x0, x1] x [y0, y1] (mm) with a margin, jittered by
    /// `jitter` (0..1 of a cell) with rng. Only a random share `presence` of the cell borders are
    /// lines (1: all); the others are ignored, so cells merge into larger, irregular ones.
    CellNetwork(double cellMm, double x0, double y0, double x1, double y1, double jitter,
                double presence, const CounterRng& rng);

    struct Border {
        double distanceMm = 0; ///< to the nearest cell border (capped at the query's maximum)
        std::uint64_t key = 0; ///< identifies that border (the pair of cells), for per-line values
        /// A lower bound on the distance to every border (>= distanceMm when the search stopped
        /// early): a point moved by s mm stays at least clearMm - s from any border, so a caller
        /// walking a row can skip queries that could not find a border within its reach.
        double clearMm = 0;
    };
    /// The nearest (present) cell border to (x, y) in mm, if it is closer than maxDistanceMm;
    /// otherwise distanceMm = maxDistanceMm (callers only care about borders within a furrow's
    /// width, which lets the search skip most candidates). Exact for jitter <= 1 (two-pass search).
    Border nearestBorder(double x, double y, double maxDistanceMm) const;

    /// The lines around the last cell a caller asked about: a caller querying many points in
    /// turn (a row walk) keeps one, and points in the same cell reuse that cell's borders (their
    /// lines and which of them are present) instead of deriving them again. One per network and
    /// thread.
    struct CellLines {
        int i = -1, j = -1; ///< the cell (feature point) they belong to; -1: none yet
        int count = 0;
        std::array<double, 24> nx{}, ny{}, offset{}; ///< border k: offset - (x nx + y ny), cells
        std::array<std::uint64_t, 24> key{};
    };
    /// nearestBorder with a caller-held memo: the same answer.
    Border nearestBorder(double x, double y, double maxDistanceMm, CellLines& memo) const;

  private:
    struct Point {
        float x, y; // in cell units relative to the table origin
    };
    const Point& at(int i, int j) const { return points_[static_cast<std::size_t>(j) * nx_ + i]; }

    std::uint64_t borderKey(int i1, int j1, int i2, int j2) const;
    /// Fills `memo` with the present borders between cell (mi, mj) and its 5 x 5 neighbours.
    void describeCell(int mi, int mj, CellLines& memo) const;
    bool present(std::uint64_t key) const;

    double cellMm_;
    double jitter_;
    double presence_;
    CounterRng presenceRng_;
    double originX_, originY_;
    int nx_ = 0, ny_ = 0;
    std::vector<Point> points_;
};

} // namespace skinsim

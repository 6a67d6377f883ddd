#include "skin/TetherSag.hpp"

#include "core/ScreenedPoisson.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace skinsim {

namespace {

/// Catmull-Rom weights for fractional position t in [0, 1).
std::array<double, 4> catmullRom(double t) {
    const double t2 = t * t;
    const double t3 = t2 * t;
    return {0.5 * (-t3 + 2 * t2 - t), 0.5 * (3 * t3 - 5 * t2 + 2), 0.5 * (-3 * t3 + 4 * t2 + t),
            0.5 * (t3 - t2)};
}

} // namespace

int sagCoarseFactor(double pixelUm, const SagParams& params) {
    const double targetUm = params.lengthMm * 1e3 * params.coarseCellOfLength;
    return std::max(1, static_cast<int>(std::floor(targetUm / pixelUm)));
}

CoarseSag solveTetherSagCoarse(const FieldF& tether, const SagParams& params) {
    CoarseSag out;
    out.factor = sagCoarseFactor(tether.pixelUm(), params);
    out.fineWidth = tether.width();
    out.fineHeight = tether.height();
    const int f = out.factor;
    const int nx = (tether.width() + f - 1) / f;
    const int ny = (tether.height() + f - 1) / f;
    // Box-average the fine tether onto the coarse grid (keeps its integral: the total pull).
    FieldF coarse(nx, ny, tether.pixelUm() * f);
    parallelFor(ny, [&](int cy) {
        auto row = coarse.row(cy);
        const int y0 = cy * f;
        const int y1 = std::min(tether.height(), y0 + f);
        for (int cx = 0; cx < nx; ++cx) {
            const int x0 = cx * f;
            const int x1 = std::min(tether.width(), x0 + f);
            double sum = 0;
            for (int y = y0; y < y1; ++y) {
                const auto r = tether.row(y);
                for (int x = x0; x < x1; ++x) {
                    sum += r[static_cast<std::size_t>(x)];
                }
            }
            row[static_cast<std::size_t>(cx)] = static_cast<float>(sum / ((x1 - x0) * (y1 - y0)));
        }
    });
    // The core solver has unit gain at zero frequency: a broad T = 1 gives p = 1, so the result is
    // scaled by the sag of a fully tethered area.
    ScreenedPoissonSolver solver(nx, ny, coarse.pixelUm(), params.lengthMm * 1e3);
    out.sagUm = solver.solve(coarse);
    out.sagUm *= static_cast<float>(params.fullTetherSagUm);
    return out;
}

void upsampleSagRow(const CoarseSag& sag, int y, std::span<float> out) {
    const FieldF& c = sag.sagUm;
    const double f = sag.factor;
    // Fine cell i lies at coarse coordinate (i + 0.5) / f - 0.5 (cell centres to cell centres).
    const double cyPos = (y + 0.5) / f - 0.5;
    const int cy0 = static_cast<int>(std::floor(cyPos));
    const auto wy = catmullRom(cyPos - cy0);
    std::vector<double> column(static_cast<std::size_t>(c.width()));
    for (int cx = 0; cx < c.width(); ++cx) {
        double v = 0;
        for (int k = 0; k < 4; ++k) {
            v += wy[static_cast<std::size_t>(k)] * c.clamped(cx, cy0 - 1 + k);
        }
        column[static_cast<std::size_t>(cx)] = v;
    }
    const int last = c.width() - 1;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double cxPos = (static_cast<double>(i) + 0.5) / f - 0.5;
        const int cx0 = static_cast<int>(std::floor(cxPos));
        const auto wx = catmullRom(cxPos - cx0);
        double v = 0;
        for (int k = 0; k < 4; ++k) {
            const int cx = std::clamp(cx0 - 1 + k, 0, last);
            v += wx[static_cast<std::size_t>(k)] * column[static_cast<std::size_t>(cx)];
        }
        out[i] = static_cast<float>(v);
    }
}

FieldF solveTetherSag(const FieldF& tether, const SagParams& params) {
    const CoarseSag coarse = solveTetherSagCoarse(tether, params);
    FieldF sag = FieldF::sameShapeAs(tether);
    parallelFor(sag.height(), [&](int y) { upsampleSagRow(coarse, y, sag.row(y)); });
    return sag;
}

} // namespace skinsim

#include "skin/SurroundSkin.hpp"

#include "core/Parallel.hpp"
#include "skin/Microrelief.hpp"
#include "skin/Pigment.hpp"

#include <algorithm>
#include <cmath>

namespace skinsim {

FieldF makePeriodic(const FieldF& field) {
    const int w = field.width(), h = field.height();
    const double mean = field.mean();
    FieldF out(w, h, field.pixelUm());
    // Tent weights: 1 in the middle of the tile, 0 at its edges, where the copy shifted by half
    // a period takes over (its middle lies there).
    const auto tent = [](int i, int n) {
        return 1.0 - std::abs(2.0 * (static_cast<double>(i) + 0.5) / static_cast<double>(n) - 1.0);
    };
    parallelFor(h, [&](int y) {
        const double wy = tent(y, h);
        const int ys = (y + h / 2) % h;
        for (int x = 0; x < w; ++x) {
            const double wx = tent(x, w);
            const int xs = (x + w / 2) % w;
            const double weights[4] = {wx * wy, (1 - wx) * wy, wx * (1 - wy), (1 - wx) * (1 - wy)};
            const double values[4] = {field(x, y), field(xs, y), field(x, ys), field(xs, ys)};
            double sum = 0.0, norm = 0.0;
            for (int k = 0; k < 4; ++k) {
                sum += weights[k] * (values[k] - mean);
                norm += weights[k] * weights[k];
            }
            out(x, y) = static_cast<float>(mean + sum / std::sqrt(norm));
        }
    });
    return out;
}

SurroundSkin generateSurroundSkin(const PatchSpec& patch, const PatientSpec& patient,
                                  std::uint64_t seed, double sizeMm) {
    // A power of two of cells, so that every mip level halves it exactly and stays periodic.
    const double cells = std::max(8.0, sizeMm * 1000.0 / patch.pixelUm);
    const int n = 1 << static_cast<int>(std::lround(std::log2(cells)));
    FieldF relief(n, n, patch.pixelUm);
    generateMicrorelief(relief, reliefParams(patch.region, patient.ageYears), seed);
    FieldF melanin(n, n, patch.pixelUm), blood(n, n, patch.pixelUm);
    generateBaselinePigment(melanin, blood, patient.fitzpatrick, seed);
    return {makePeriodic(relief), makePeriodic(melanin), makePeriodic(blood)};
}

} // namespace skinsim

#include "render/DiffusionLut.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace skinsim::render {

namespace {
struct Gaussian {
    double varianceMm2;
    double weight[3];
};
// d'Eon et al. 2007, table 1 (variances in mm^2, RGB weights; each channel's weights sum to 1).
constexpr std::array<Gaussian, 6> kSkinProfile = {{
    {0.0064, {0.233, 0.455, 0.649}},
    {0.0484, {0.100, 0.336, 0.344}},
    {0.187, {0.118, 0.198, 0.0}},
    {0.567, {0.113, 0.007, 0.007}},
    {1.99, {0.358, 0.004, 0.0}},
    {7.41, {0.078, 0.0, 0.0}},
}};
} // namespace

void skinDiffusionProfile(double distanceMm, double rgb[3]) {
    rgb[0] = rgb[1] = rgb[2] = 0.0;
    const double d2 = distanceMm * distanceMm;
    for (const auto& g : kSkinProfile) {
        const double value =
            std::exp(-d2 / (2.0 * g.varianceMm2)) / (2.0 * std::numbers::pi * g.varianceMm2);
        for (int c = 0; c < 3; ++c) {
            rgb[c] += g.weight[c] * value;
        }
    }
}

DiffusionLut buildDiffusionLut(int width, int height) {
    DiffusionLut lut{width, height,
                     std::vector<float>(static_cast<std::size_t>(width) * height * 4)};
    constexpr int kSamples = 192;
    std::vector<std::array<double, 3>> weights(kSamples);
    for (int y = 0; y < height; ++y) {
        const double curvature = kLutMaxCurvaturePerMm * (y + 0.5) / height;
        const double radiusMm = 1.0 / curvature;
        // Around the ring through the point, a neighbour at angle a lies 2 r sin(a / 2) away; its
        // weight does not depend on the light, so it is computed once per row.
        double total[3] = {0, 0, 0};
        for (int i = 0; i < kSamples; ++i) {
            const double a = -std::numbers::pi + 2.0 * std::numbers::pi * (i + 0.5) / kSamples;
            skinDiffusionProfile(2.0 * radiusMm * std::abs(std::sin(a / 2.0)), weights[i].data());
            for (int c = 0; c < 3; ++c) {
                total[c] += weights[i][c];
            }
        }
        for (int x = 0; x < width; ++x) {
            const double cosTheta = -1.0 + 2.0 * (x + 0.5) / width;
            const double theta = std::acos(cosTheta);
            double lit[3] = {0, 0, 0};
            for (int i = 0; i < kSamples; ++i) {
                const double a = -std::numbers::pi + 2.0 * std::numbers::pi * (i + 0.5) / kSamples;
                const double irradiance =
                    std::max(0.0, std::cos(theta + a)); // what the neighbour receives
                for (int c = 0; c < 3; ++c) {
                    lit[c] += irradiance * weights[i][c];
                }
            }
            float* t = &lut.rgba[(static_cast<std::size_t>(y) * width + x) * 4];
            for (int c = 0; c < 3; ++c) {
                // Row 0 stands for flat skin, where scattering changes nothing: Lambert.
                t[c] = y == 0 ? static_cast<float>(std::max(0.0, cosTheta))
                              : static_cast<float>(lit[c] / total[c]);
            }
            t[3] = 1.0f;
        }
    }
    return lut;
}

} // namespace skinsim::render

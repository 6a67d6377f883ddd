#include "SyntheticSkin.hpp"

#include <cmath>
#include <numbers>

namespace skinsim::test {

std::vector<Pit> defaultPits() {
    return {{Pit::Shape::Icepick, 2.5, 3.0, 0.5, 400.0},
            {Pit::Shape::Boxcar, 7.0, 3.0, 1.5, 250.0},
            {Pit::Shape::Rolling, 5.0, 7.0, 2.5, 150.0}};
}

FieldF pittedHeight(const std::vector<Pit>& pits, double sizeMm, double pixelUm) {
    const int cells = static_cast<int>(std::lround(sizeMm * 1e3 / pixelUm));
    FieldF h(cells, cells, pixelUm);
    for (int y = 0; y < cells; ++y) {
        for (int x = 0; x < cells; ++x) {
            const double xm = h.xMm(x), ym = h.yMm(y);
            double v = 4.0 * std::sin(2.0 * std::numbers::pi * (xm + 0.3 * ym) / 0.4);
            for (const auto& p : pits) {
                const double r = std::hypot(xm - p.xMm, ym - p.yMm);
                if (r >= p.radiusMm) {
                    continue;
                }
                const double t = r / p.radiusMm;
                switch (p.shape) {
                case Pit::Shape::Icepick: // a cone narrowing to its tip
                    v -= p.depthUm * (1.0 - t);
                    break;
                case Pit::Shape::Boxcar: { // flat floor, walls over the outer 10%
                    const double w = std::clamp((1.0 - t) / 0.1, 0.0, 1.0);
                    v -= p.depthUm * w * w * (3.0 - 2.0 * w);
                    break;
                }
                case Pit::Shape::Rolling: // a smooth broad dip
                    v -= p.depthUm * 0.5 * (1.0 + std::cos(std::numbers::pi * t));
                    break;
                }
            }
            h(x, y) = static_cast<float>(v);
        }
    }
    return h;
}

render::SkinSurface typeThreeSkin(FieldF height, float erythema) {
    return render::uniformSkin(std::move(height), static_cast<float>(melaninFraction(3)), erythema);
}

} // namespace skinsim::test

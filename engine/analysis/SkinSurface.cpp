#include "analysis/SkinSurface.hpp"

#include "analysis/Morphology.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace skinsim {

namespace {

/// z = c0 + c1 u + c2 v + c3 u² + c4 u v + c5 v², with u, v the cell position from the centre in
/// half-widths (keeps the normal equations well conditioned on any grid).
struct Quadric {
    std::array<double, 6> c{};
    double cx = 0, cy = 0, scale = 1;

    std::array<double, 6> basis(int x, int y) const {
        const double u = (x - cx) / scale;
        const double v = (y - cy) / scale;
        return {1.0, u, v, u * u, u * v, v * v};
    }
    double at(int x, int y) const {
        const auto b = basis(x, y);
        double z = 0;
        for (std::size_t i = 0; i < 6; ++i) {
            z += c[i] * b[i];
        }
        return z;
    }
};

/// Solves the 6x6 system by Gaussian elimination with partial pivoting; false if singular.
bool solve6(std::array<std::array<double, 7>, 6>& m) {
    for (std::size_t col = 0; col < 6; ++col) {
        std::size_t pivot = col;
        for (std::size_t r = col + 1; r < 6; ++r) {
            if (std::abs(m[r][col]) > std::abs(m[pivot][col])) {
                pivot = r;
            }
        }
        if (std::abs(m[pivot][col]) < 1e-12) {
            return false;
        }
        std::swap(m[col], m[pivot]);
        for (std::size_t r = 0; r < 6; ++r) {
            if (r == col) {
                continue;
            }
            const double f = m[r][col] / m[col][col];
            for (std::size_t k = col; k < 7; ++k) {
                m[r][k] -= f * m[col][k];
            }
        }
    }
    for (std::size_t r = 0; r < 6; ++r) {
        m[r][6] /= m[r][r];
    }
    return true;
}

/// Least-squares quadric through `surface`, on a regular subsample of about 40 000 cells, leaving
/// out cells that lie `outlierUm` or more below `previous` (if given). Falls back to the mean level
/// when the skin left is too little to fit a quadric (a few cells, one row).
Quadric fitQuadric(const FieldF& surface, const Quadric* previous, double outlierUm) {
    Quadric q;
    q.cx = (surface.width() - 1) / 2.0;
    q.cy = (surface.height() - 1) / 2.0;
    q.scale = std::max(1.0, std::max(q.cx, q.cy));
    const auto cells = static_cast<double>(surface.size());
    const int stride = std::max(1, static_cast<int>(std::lround(std::sqrt(cells / 40000.0))));
    std::array<std::array<double, 7>, 6> normal{};
    double sum = 0;
    long count = 0;
    for (int y = stride / 2; y < surface.height(); y += stride) {
        for (int x = stride / 2; x < surface.width(); x += stride) {
            const double z = surface(x, y);
            if (previous != nullptr && z <= previous->at(x, y) - outlierUm) {
                continue;
            }
            const auto b = q.basis(x, y);
            for (std::size_t i = 0; i < 6; ++i) {
                for (std::size_t j = 0; j < 6; ++j) {
                    normal[i][j] += b[i] * b[j];
                }
                normal[i][6] += b[i] * z;
            }
            sum += z;
            ++count;
        }
    }
    if (count >= 12 && solve6(normal)) {
        for (std::size_t i = 0; i < 6; ++i) {
            q.c[i] = normal[i][6];
        }
    } else if (count > 0) {
        q.c[0] = sum / static_cast<double>(count);
    }
    return q;
}

/// `surface` minus the quadric.
FieldF withoutForm(const FieldF& surface, const Quadric& form) {
    FieldF out = FieldF::sameShapeAs(surface);
    parallelFor(surface.height(), [&](int y) {
        for (int x = 0; x < surface.width(); ++x) {
            out(x, y) = static_cast<float>(surface(x, y) - form.at(x, y));
        }
    });
    return out;
}

/// Depth below the surrounding skin of a level surface: the ball of metres bridges the
/// depressions, and what it bridged is their depth.
FieldF depressionBelowSkin(const FieldF& level, double skinBallUm) {
    FieldF depth = closeByBall(level, skinBallUm);
    depth -= level;
    return depth;
}

/// Median depression of the cells shallower than `skinUm`, on a regular subsample of about 40 000.
double skinGapUm(const FieldF& depression, double skinUm) {
    const auto cells = static_cast<double>(depression.size());
    const int stride = std::max(1, static_cast<int>(std::lround(std::sqrt(cells / 40000.0))));
    std::vector<float> skin;
    for (int y = stride / 2; y < depression.height(); y += stride) {
        for (int x = stride / 2; x < depression.width(); x += stride) {
            if (depression(x, y) < skinUm) {
                skin.push_back(depression(x, y));
            }
        }
    }
    if (skin.empty()) {
        return 0.0;
    }
    const auto middle = skin.begin() + std::ptrdiff_t(skin.size() / 2);
    std::nth_element(skin.begin(), middle, skin.end());
    return *middle;
}

/// Refits of the form without what lies below the previous fit (see fitSkinForm).
constexpr int kFormPasses = 6;

/// The skin's form: a quadric fitted to everything, then refitted without the cells that lie
/// `outlierUm` or more below the last fit: scars and furrows are left out, and a deep scar that
/// bent the first fit no longer bends the next one.
Quadric fitSkinForm(const FieldF& surface, double outlierUm) {
    Quadric form = fitQuadric(surface, nullptr, outlierUm);
    for (int pass = 0; pass < kFormPasses; ++pass) {
        form = fitQuadric(surface, &form, outlierUm);
    }
    return form;
}

} // namespace

SkinSurface analyseSkinSurface(const FieldF& heightUm, const SkinSurfaceSettings& s) {
    SkinSurface out;
    if (heightUm.empty()) {
        return out;
    }
    const double skinBallUm = s.skinBallMm * 1e3;
    // The form first, so that the microrelief is bridged on a level surface (on a steep slope
    // the disc would bridge more).
    out.formFreeUm = withoutForm(heightUm, fitSkinForm(heightUm, s.formOutlierUm));
    const FieldF skin = closeByDisc(out.formFreeUm, s.microreliefDiscUm);
    out.depressionUm = depressionBelowSkin(skin, skinBallUm);
    // The ball rests on the highest points of the skin; the surrounding skin's level is their
    // typical height, so the median gap over the skin is taken off (it grows with noise).
    const float gap = static_cast<float>(skinGapUm(out.depressionUm, s.formOutlierUm));
    out.depressionUm += -gap;

    // With the microrelief put back: the depth below the surrounding skin of the raw height.
    out.rawDepressionUm = FieldF::sameShapeAs(heightUm);
    parallelFor(heightUm.height(), [&](int y) {
        for (int x = 0; x < heightUm.width(); ++x) {
            out.depressionUm(x, y) = std::max(out.depressionUm(x, y), 0.0f);
            out.rawDepressionUm(x, y) =
                std::max(0.0f, out.depressionUm(x, y) + skin(x, y) - out.formFreeUm(x, y));
        }
    });

    // Icepick tracts: cells the disc bridged deeper than any microrelief, and a zone around them
    // found as a distance transform (an erosion of 0-at-tract by the paraboloid whose curvature
    // makes it the squared distance in cells), where the raw depth is the depth.
    constexpr float kFar = 1e9f;
    FieldF tract = FieldF::sameShapeAs(heightUm, kFar);
    bool anyTract = false;
    for (std::size_t i = 0; i < tract.size(); ++i) {
        if (skin.data()[i] - out.formFreeUm.data()[i] >= s.tractCoreUm) {
            tract.data()[i] = 0.0f;
            anyTract = true;
        }
    }
    if (anyTract) {
        const FieldF cellDistance2 =
            erodeByBall(tract, 0.5 * heightUm.pixelUm() * heightUm.pixelUm());
        const double zoneCells = s.tractZoneMm / heightUm.pixelMm();
        const auto zone2 = static_cast<float>(zoneCells * zoneCells);
        parallelFor(heightUm.height(), [&](int y) {
            for (int x = 0; x < heightUm.width(); ++x) {
                if (cellDistance2(x, y) <= zone2) {
                    out.depressionUm(x, y) = out.rawDepressionUm(x, y);
                }
            }
        });
    }

    return out;
}

} // namespace skinsim

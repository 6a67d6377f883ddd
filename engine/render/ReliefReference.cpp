#include "render/ReliefReference.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace skinsim::render {

namespace {

/// In-place running extreme over one line of n values spaced `stride` apart.
template <class Pick>
void extremeLine(float* line, int n, std::ptrdiff_t stride, int radius, Pick pick,
                 std::vector<float>& in, std::vector<float>& prefix, std::vector<float>& suffix) {
    const int window = 2 * radius + 1;
    // Padded copy: the border repeats outward, as clamped sampling would.
    const int padded = n + 2 * radius;
    in.resize(static_cast<std::size_t>(padded));
    prefix.resize(in.size());
    suffix.resize(in.size());
    for (int i = 0; i < padded; ++i) {
        in[i] = line[std::clamp(i - radius, 0, n - 1) * stride];
    }
    // Blocks of `window` values: a running extreme from each block's start (prefix) and end
    // (suffix); any window is the suffix of one block and the prefix of the next.
    for (int i = 0; i < padded; ++i) {
        prefix[i] = (i % window == 0) ? in[i] : pick(prefix[i - 1], in[i]);
    }
    for (int i = padded - 1; i >= 0; --i) {
        suffix[i] = (i == padded - 1 || (i + 1) % window == 0) ? in[i] : pick(suffix[i + 1], in[i]);
    }
    for (int i = 0; i < n; ++i) {
        // Window [i, i + 2 radius] in padded coordinates.
        line[i * stride] = pick(suffix[i], prefix[i + window - 1]);
    }
}

FieldF transposed(const FieldF& f) {
    FieldF t(f.height(), f.width(), f.pixelUm());
    constexpr int kBlock = 32; // cache-sized tiles: both fields are walked in lines of 32
    parallelFor((f.height() + kBlock - 1) / kBlock, [&](int by) {
        for (int bx = 0; bx < f.width(); bx += kBlock) {
            for (int y = by * kBlock; y < std::min(f.height(), (by + 1) * kBlock); ++y) {
                for (int x = bx; x < std::min(f.width(), bx + kBlock); ++x) {
                    t(y, x) = f(x, y);
                }
            }
        }
    });
    return t;
}

/// Applies `op` to every row, then to every column. Columns are done as rows of the transposed
/// field: walking a column directly touches a new cache line per cell.
template <class LineOp> void forEachLine(FieldF& f, LineOp op) {
    parallelFor(f.height(), [&](int y) {
        op(f.data() + static_cast<std::ptrdiff_t>(y) * f.width(), f.width(), 1);
    });
    FieldF t = transposed(f);
    parallelFor(t.height(), [&](int y) {
        op(t.data() + static_cast<std::ptrdiff_t>(y) * t.width(), t.width(), 1);
    });
    f = transposed(t);
}

/// Each cell of the result is the maximum of a factor x factor block (the upper envelope at a
/// coarser pixel size).
FieldF maxPooled(const FieldF& f, int factor) {
    const int w = (f.width() + factor - 1) / factor;
    const int h = (f.height() + factor - 1) / factor;
    FieldF out(w, h, f.pixelUm() * factor);
    parallelFor(h, [&](int y) {
        for (int x = 0; x < w; ++x) {
            float m = -std::numeric_limits<float>::infinity();
            for (int yy = y * factor; yy < std::min(f.height(), (y + 1) * factor); ++yy) {
                for (int xx = x * factor; xx < std::min(f.width(), (x + 1) * factor); ++xx) {
                    m = std::max(m, f(xx, yy));
                }
            }
            out(x, y) = m;
        }
    });
    return out;
}

} // namespace

FieldF runningExtreme(const FieldF& field, int radiusCells, bool maximum) {
    FieldF out = field;
    if (radiusCells <= 0) {
        return out;
    }
    forEachLine(out, [&](float* line, int n, std::ptrdiff_t stride) {
        thread_local std::vector<float> in, prefix, suffix;
        if (maximum) {
            extremeLine(
                line, n, stride, radiusCells, [](float a, float b) { return std::max(a, b); }, in,
                prefix, suffix);
        } else {
            extremeLine(
                line, n, stride, radiusCells, [](float a, float b) { return std::min(a, b); }, in,
                prefix, suffix);
        }
    });
    return out;
}

FieldF boxBlur(const FieldF& field, int radiusCells) {
    FieldF out = field;
    if (radiusCells <= 0) {
        return out;
    }
    forEachLine(out, [&](float* line, int n, std::ptrdiff_t stride) {
        thread_local std::vector<double> sums;
        sums.assign(static_cast<std::size_t>(n) + 1, 0.0);
        for (int i = 0; i < n; ++i) {
            sums[i + 1] = sums[i] + line[i * stride];
        }
        for (int i = 0; i < n; ++i) {
            const int lo = std::max(0, i - radiusCells);
            const int hi = std::min(n, i + radiusCells + 1);
            line[i * stride] = static_cast<float>((sums[hi] - sums[lo]) / (hi - lo));
        }
    });
    return out;
}

FieldF surroundingSkinLevel(const FieldF& heightUm, const ReliefReferenceParams& params) {
    // The level is smooth at the scale of millimetres, so it is computed on cells of about
    // params.workingPixelUm (the upper envelope of the finer cells), then interpolated back:
    // 16x less work at 25 µm, the same result to a few µm.
    const int factor =
        std::max(1, static_cast<int>(std::lround(params.workingPixelUm / heightUm.pixelUm())));
    const FieldF coarse = factor > 1 ? maxPooled(heightUm, factor) : heightUm;
    const int radius =
        std::max(1, static_cast<int>(std::lround(params.closingRadiusMm * 1e3 / coarse.pixelUm())));
    const FieldF level =
        boxBlur(runningExtreme(runningExtreme(coarse, radius, true), radius, false), radius / 2);
    if (factor == 1) {
        return level;
    }
    FieldF out = FieldF::sameShapeAs(heightUm);
    parallelFor(out.height(), [&](int y) {
        for (int x = 0; x < out.width(); ++x) {
            out(x, y) = level.sample(out.xMm(x), out.yMm(y));
        }
    });
    return out;
}

FieldF depthBelowReference(const FieldF& heightUm, const FieldF& referenceUm,
                           const ReliefReferenceParams& params) {
    const int smoothing =
        static_cast<int>(std::lround(params.detailSmoothingMm * 1e3 / heightUm.pixelUm()));
    FieldF depth = boxBlur(heightUm, smoothing);
    parallelFor(depth.height(), [&](int y) {
        auto d = depth.row(y);
        const auto r = referenceUm.row(y);
        for (std::size_t x = 0; x < d.size(); ++x) {
            d[x] = std::max(0.0f, r[x] - d[x]);
        }
    });
    return depth;
}

} // namespace skinsim::render

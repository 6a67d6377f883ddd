#include "analysis/Morphology.hpp"

#include "core/Parallel.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

namespace skinsim {

namespace {

/// How far beyond the map the ball's centre may go, cells (at most half the map's larger side).
constexpr int kMaxBallMarginCells = 512;

/// Scratch of one 1-D pass: the parabolas of the envelope and where each takes over.
struct Envelope {
    std::vector<int> apex;
    std::vector<double> from;
    std::vector<double> line;
    std::vector<double> result;
    void resize(std::size_t n, std::size_t outputs) {
        apex.resize(n);
        from.resize(n + 1);
        line.resize(n);
        result.resize(outputs);
    }
};

/// result[i] = min_p line[p] + a (q0 + i - p)² over p in [0, n), for i in [0, count): the lower
/// envelope of the parabolas rooted at each sample (Felzenszwalb & Huttenlocher 2012, algorithm
/// DT), evaluated at `count` positions from q0 (which may lie beyond the samples).
void lowerEnvelope(Envelope& e, std::size_t n, double a, int q0, std::size_t count) {
    constexpr double kInf = std::numeric_limits<double>::infinity();
    auto f = [&](int p) { return e.line[std::size_t(p)] + a * double(p) * p; };
    int k = 0;
    e.apex[0] = 0;
    e.from[0] = -kInf;
    e.from[1] = kInf;
    for (int q = 1; q < static_cast<int>(n); ++q) {
        // Where parabola q overtakes the last one kept; drop those it hides completely (from[0]
        // is -inf, so the loop stops at the first parabola).
        double s = 0;
        for (;;) {
            const int v = e.apex[std::size_t(k)];
            s = (f(q) - f(v)) / (2.0 * a * (q - v));
            if (s > e.from[std::size_t(k)]) {
                break;
            }
            --k;
        }
        ++k;
        e.apex[std::size_t(k)] = q;
        e.from[std::size_t(k)] = s;
        e.from[std::size_t(k) + 1] = kInf;
    }
    k = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const int q = q0 + static_cast<int>(i);
        while (e.from[std::size_t(k) + 1] < q) {
            ++k;
        }
        const int v = e.apex[std::size_t(k)];
        e.result[i] = a * double(q - v) * (q - v) + e.line[std::size_t(v)];
    }
}

/// One separable pass over rows, then columns; `sign` -1 turns the lower envelope into the upper
/// one (dilation), +1 keeps it (erosion).
FieldF envelope2d(const FieldF& in, double ballRadiusUm, double sign) {
    FieldF out = FieldF::sameShapeAs(in);
    // z = |d|² / (2R), with d in cells of pixelUm: a = pixelUm² / (2R) µm per cell².
    const double a = in.pixelUm() * in.pixelUm() / (2.0 * ballRadiusUm);
    const int w = in.width();
    const int h = in.height();
    parallelForRanges(h, [&](int begin, int end) {
        Envelope e;
        e.resize(std::size_t(w), std::size_t(w));
        for (int y = begin; y < end; ++y) {
            const auto src = in.row(y);
            for (int x = 0; x < w; ++x) {
                e.line[std::size_t(x)] = sign * src[std::size_t(x)];
            }
            lowerEnvelope(e, std::size_t(w), a, 0, std::size_t(w));
            auto dst = out.row(y);
            for (int x = 0; x < w; ++x) {
                dst[std::size_t(x)] = static_cast<float>(e.result[std::size_t(x)]);
            }
        }
    });
    parallelForRanges(w, [&](int begin, int end) {
        Envelope e;
        e.resize(std::size_t(h), std::size_t(h));
        for (int x = begin; x < end; ++x) {
            for (int y = 0; y < h; ++y) {
                e.line[std::size_t(y)] = out(x, y);
            }
            lowerEnvelope(e, std::size_t(h), a, 0, std::size_t(h));
            for (int y = 0; y < h; ++y) {
                out(x, y) = static_cast<float>(sign * e.result[std::size_t(y)]);
            }
        }
    });
    return out;
}

/// dst[x] = max(dst[x], max of src over [x - half, x + half] clipped to the row): a monotonic queue
/// of candidate maxima, O(width).
void accumulateSlidingMax(std::span<const float> src, int half, std::vector<int>& queue,
                          std::span<float> dst) {
    const int n = static_cast<int>(src.size());
    std::size_t head = 0;
    queue.clear();
    int next = 0; // next sample to enter the window
    for (int x = 0; x < n; ++x) {
        const int last = std::min(n - 1, x + half);
        for (; next <= last; ++next) {
            while (queue.size() > head &&
                   src[std::size_t(queue.back())] <= src[std::size_t(next)]) {
                queue.pop_back();
            }
            queue.push_back(next);
        }
        while (queue[head] < x - half) {
            ++head;
        }
        dst[std::size_t(x)] = std::max(dst[std::size_t(x)], src[std::size_t(queue[head])]);
    }
}

/// Max (sign +1) or min (sign -1) of `in` over a disc of `radiusCells`, as runs of rows.
FieldF discFilter(const FieldF& in, double radiusCells, float sign) {
    const int reach = static_cast<int>(std::floor(radiusCells));
    std::vector<int> half(std::size_t(2 * reach + 1));
    for (int dy = -reach; dy <= reach; ++dy) {
        half[std::size_t(dy + reach)] =
            static_cast<int>(std::floor(std::sqrt(radiusCells * radiusCells - double(dy) * dy)));
    }
    const int w = in.width();
    const int h = in.height();
    FieldF signedIn = in;
    signedIn *= sign;
    FieldF out = FieldF::sameShapeAs(in, -std::numeric_limits<float>::infinity());
    parallelForRanges(h, [&](int begin, int end) {
        std::vector<int> queue;
        queue.reserve(std::size_t(w));
        for (int y = begin; y < end; ++y) {
            for (int dy = -reach; dy <= reach; ++dy) {
                if (y + dy >= 0 && y + dy < h) {
                    accumulateSlidingMax(signedIn.row(y + dy), half[std::size_t(dy + reach)], queue,
                                         out.row(y));
                }
            }
            for (float& v : out.row(y)) {
                v *= sign;
            }
        }
    });
    return out;
}

} // namespace

FieldF closeByDisc(const FieldF& heightUm, double discRadiusUm) {
    if (heightUm.empty()) {
        return heightUm;
    }
    const double cells = discRadiusUm / heightUm.pixelUm();
    return discFilter(discFilter(heightUm, cells, 1.0f), cells, -1.0f);
}

FieldF dilateByBall(const FieldF& heightUm, double ballRadiusUm) {
    return envelope2d(heightUm, ballRadiusUm, -1.0);
}

FieldF erodeByBall(const FieldF& heightUm, double ballRadiusUm) {
    return envelope2d(heightUm, ballRadiusUm, 1.0);
}

FieldF closeByBall(const FieldF& heightUm, double ballRadiusUm) {
    if (heightUm.empty()) {
        return heightUm;
    }
    // The ball may rest with its centre beyond the map's border (as it would on the skin around
    // the scan): otherwise a surface sloping up from the border would be lifted there by s² / 4a.
    // The dilation is therefore evaluated `margin` cells beyond the map on every side, and the
    // erosion takes its minimum over that larger area.
    const int w = heightUm.width();
    const int h = heightUm.height();
    const int margin = std::min(kMaxBallMarginCells, std::max(w, h) / 2);
    const int wide = w + 2 * margin;
    const int tall = h + 2 * margin;
    const double a = heightUm.pixelUm() * heightUm.pixelUm() / (2.0 * ballRadiusUm);
    // Negated dilation, rows (h x wide) then columns (tall x wide).
    std::vector<float> rows(std::size_t(h) * std::size_t(wide));
    parallelForRanges(h, [&](int begin, int end) {
        Envelope e;
        e.resize(std::size_t(w), std::size_t(wide));
        for (int y = begin; y < end; ++y) {
            const auto src = heightUm.row(y);
            for (int x = 0; x < w; ++x) {
                e.line[std::size_t(x)] = -src[std::size_t(x)];
            }
            lowerEnvelope(e, std::size_t(w), a, -margin, std::size_t(wide));
            std::copy(e.result.begin(), e.result.end(), rows.begin() + std::ptrdiff_t(y) * wide);
        }
    });
    std::vector<float> dilated(std::size_t(tall) * std::size_t(wide));
    parallelForRanges(wide, [&](int begin, int end) {
        Envelope e;
        e.resize(std::size_t(h), std::size_t(tall));
        for (int x = begin; x < end; ++x) {
            for (int y = 0; y < h; ++y) {
                e.line[std::size_t(y)] = rows[std::size_t(y) * std::size_t(wide) + std::size_t(x)];
            }
            lowerEnvelope(e, std::size_t(h), a, -margin, std::size_t(tall));
            for (int y = 0; y < tall; ++y) {
                dilated[std::size_t(y) * std::size_t(wide) + std::size_t(x)] =
                    static_cast<float>(-e.result[std::size_t(y)]);
            }
        }
    });
    rows = {};
    // Erosion, rows (tall x w) then columns (h x w).
    std::vector<float> eroded(std::size_t(tall) * std::size_t(w));
    parallelForRanges(tall, [&](int begin, int end) {
        Envelope e;
        e.resize(std::size_t(wide), std::size_t(w));
        for (int y = begin; y < end; ++y) {
            const float* src = dilated.data() + std::ptrdiff_t(y) * wide;
            std::copy(src, src + wide, e.line.begin());
            lowerEnvelope(e, std::size_t(wide), a, margin, std::size_t(w));
            std::copy(e.result.begin(), e.result.end(), eroded.begin() + std::ptrdiff_t(y) * w);
        }
    });
    dilated = {};
    FieldF out = FieldF::sameShapeAs(heightUm);
    parallelForRanges(w, [&](int begin, int end) {
        Envelope e;
        e.resize(std::size_t(tall), std::size_t(h));
        for (int x = begin; x < end; ++x) {
            for (int y = 0; y < tall; ++y) {
                e.line[std::size_t(y)] = eroded[std::size_t(y) * std::size_t(w) + std::size_t(x)];
            }
            lowerEnvelope(e, std::size_t(tall), a, margin, std::size_t(h));
            for (int y = 0; y < h; ++y) {
                out(x, y) = static_cast<float>(e.result[std::size_t(y)]);
            }
        }
    });
    return out;
}

} // namespace skinsim

#pragma once
// A 2-D grid of values over a patch of skin, in physical units: it knows its pixel size (µm) and
// therefore its extent (mm). Storage is row-major and contiguous (x fastest), so a row is a cache
// line stream and parallelFor over rows touches disjoint memory.

#include "core/Parallel.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <span>
#include <vector>

namespace skinsim {

template <class T> class Field2D {
  public:
    Field2D() = default;
    /// width x height cells of pixelUm micrometres each, filled with `fill`.
    Field2D(int width, int height, double pixelUm, T fill = T{})
        : width_(width), height_(height), pixelUm_(pixelUm),
          data_(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), fill) {
        assert(width >= 0 && height >= 0 && pixelUm > 0);
    }

    /// An empty field of the same shape and pixel size as `other`.
    template <class U> static Field2D sameShapeAs(const Field2D<U>& other, T fill = T{}) {
        return Field2D(other.width(), other.height(), other.pixelUm(), fill);
    }

    int width() const { return width_; }
    int height() const { return height_; }
    double pixelUm() const { return pixelUm_; }
    double pixelMm() const { return pixelUm_ * 1e-3; }
    double widthMm() const { return width_ * pixelMm(); }
    double heightMm() const { return height_ * pixelMm(); }
    std::size_t size() const { return data_.size(); }
    bool empty() const { return data_.empty(); }
    template <class U> bool sameShape(const Field2D<U>& o) const {
        return width_ == o.width() && height_ == o.height();
    }

    T& operator()(int x, int y) { return data_[index(x, y)]; }
    const T& operator()(int x, int y) const { return data_[index(x, y)]; }
    /// Value at (x, y) with coordinates clamped to the grid (for stencils at the border).
    const T& clamped(int x, int y) const {
        return (*this)(std::clamp(x, 0, width_ - 1), std::clamp(y, 0, height_ - 1));
    }

    std::span<T> row(int y) { return {data_.data() + index(0, y), static_cast<std::size_t>(width_)}; }
    std::span<const T> row(int y) const {
        return {data_.data() + index(0, y), static_cast<std::size_t>(width_)};
    }
    std::span<T> values() { return data_; }
    std::span<const T> values() const { return data_; }
    T* data() { return data_.data(); }
    const T* data() const { return data_.data(); }

    /// Cell centre of column x / row y, in mm from the patch's top-left corner.
    double xMm(int x) const { return (x + 0.5) * pixelMm(); }
    double yMm(int y) const { return (y + 0.5) * pixelMm(); }

    /// Bilinear sample at a point given in mm from the top-left corner (clamped at the border).
    T sample(double xMm, double yMm) const {
        const double fx = xMm / pixelMm() - 0.5;
        const double fy = yMm / pixelMm() - 0.5;
        const int x0 = static_cast<int>(std::floor(fx));
        const int y0 = static_cast<int>(std::floor(fy));
        const double tx = fx - x0;
        const double ty = fy - y0;
        const double top = (1 - tx) * clamped(x0, y0) + tx * clamped(x0 + 1, y0);
        const double bottom = (1 - tx) * clamped(x0, y0 + 1) + tx * clamped(x0 + 1, y0 + 1);
        return static_cast<T>((1 - ty) * top + ty * bottom);
    }

    /// The same patch at another pixel size: bilinear when refining, box-averaged when coarsening
    /// (so small features are not aliased away).
    Field2D resampled(double newPixelUm) const {
        const int w = std::max(1, static_cast<int>(std::lround(widthMm() * 1e3 / newPixelUm)));
        const int h = std::max(1, static_cast<int>(std::lround(heightMm() * 1e3 / newPixelUm)));
        Field2D out(w, h, newPixelUm);
        const double ratio = newPixelUm / pixelUm_;
        parallelFor(h, [&](int y) {
            for (int x = 0; x < w; ++x) {
                if (ratio <= 1.0) {
                    out(x, y) = sample(out.xMm(x), out.yMm(y));
                    continue;
                }
                const int xs = static_cast<int>(std::floor(x * ratio));
                const int ys = static_cast<int>(std::floor(y * ratio));
                const int xe = std::min(width_, static_cast<int>(std::ceil((x + 1) * ratio)));
                const int ye = std::min(height_, static_cast<int>(std::ceil((y + 1) * ratio)));
                double sum = 0;
                int n = 0;
                for (int yy = ys; yy < ye; ++yy) {
                    for (int xx = xs; xx < xe; ++xx) {
                        sum += (*this)(xx, yy);
                        ++n;
                    }
                }
                out(x, y) = static_cast<T>(n ? sum / n : 0);
            }
        });
        return out;
    }

    void fill(T value) { std::fill(data_.begin(), data_.end(), value); }

    /// Applies f(value) to every cell, in parallel over rows.
    template <class F> void apply(F&& f) {
        parallelFor(height_, [&](int y) {
            for (T& v : row(y)) {
                v = f(v);
            }
        });
    }

    Field2D& operator+=(const Field2D& o) { return combine(o, [](T a, T b) { return a + b; }); }
    Field2D& operator-=(const Field2D& o) { return combine(o, [](T a, T b) { return a - b; }); }
    Field2D& operator*=(const Field2D& o) { return combine(o, [](T a, T b) { return a * b; }); }
    Field2D& operator+=(T s) {
        apply([s](T v) { return v + s; });
        return *this;
    }
    Field2D& operator*=(T s) {
        apply([s](T v) { return v * s; });
        return *this;
    }
    /// this += scale * o (the update step of most model equations).
    Field2D& addScaled(const Field2D& o, T scale) {
        return combine(o, [scale](T a, T b) { return a + scale * b; });
    }

    T minValue() const { return *std::min_element(data_.begin(), data_.end()); }
    T maxValue() const { return *std::max_element(data_.begin(), data_.end()); }
    /// Mean over all cells, summed per row then across rows in order (thread-count independent).
    double mean() const {
        std::vector<double> rowSums(static_cast<std::size_t>(height_));
        parallelFor(height_, [&](int y) {
            double s = 0;
            for (T v : row(y)) {
                s += v;
            }
            rowSums[static_cast<std::size_t>(y)] = s;
        });
        double total = 0;
        for (double s : rowSums) {
            total += s;
        }
        return data_.empty() ? 0.0 : total / static_cast<double>(data_.size());
    }

  private:
    std::size_t index(int x, int y) const {
        assert(x >= 0 && x < width_ && y >= 0 && y < height_);
        return static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) +
               static_cast<std::size_t>(x);
    }

    template <class F> Field2D& combine(const Field2D& o, F f) {
        assert(sameShape(o));
        parallelFor(height_, [&](int y) {
            auto a = row(y);
            auto b = o.row(y);
            for (std::size_t i = 0; i < a.size(); ++i) {
                a[i] = f(a[i], b[i]);
            }
        });
        return *this;
    }

    int width_ = 0;
    int height_ = 0;
    double pixelUm_ = 1.0;
    std::vector<T> data_;
};

using FieldF = Field2D<float>;

} // namespace skinsim

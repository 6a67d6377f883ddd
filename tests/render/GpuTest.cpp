#include "GpuTest.hpp"

#include <cmath>

namespace skinsim::test {

void GpuTest::SetUp() {
    log_ = std::make_shared<gpu::ValidationLog>();
    auto context = gpu::Context::create({.applicationName = "skinsim-render-tests",
                                         .validation = true,
                                         .log = log_,
                                         .deviceName = preferredDevice_});
    ASSERT_TRUE(context) << context.error().message;
    context_ = std::move(context.value());
    ASSERT_TRUE(context_->validationActive()) << "install vulkan-validationlayers (tools/deps.sh)";
}

void GpuTest::TearDown() {
    renderer_.reset();
    context_.reset(); // instance and device destruction are validated too
    if (log_) {
        const auto messages = log_->messages();
        EXPECT_TRUE(messages.empty())
            << messages.size() << " validation message(s), the first: " << messages.front();
    }
}

render::Renderer& GpuTest::renderer(std::uint32_t width, std::uint32_t height) {
    if (!renderer_) {
        auto r = render::Renderer::create(*context_, {.width = width, .height = height});
        EXPECT_TRUE(r) << r.error().message;
        renderer_ = std::move(r.value());
    } else if (renderer_->extent() != vk::Extent2D(width, height)) {
        renderer_->resize(width, height);
    }
    return *renderer_;
}

std::unique_ptr<render::GpuSurface> GpuTest::upload(const render::SkinSurface& surface) {
    auto s = (renderer_ ? *renderer_ : renderer()).uploadSurface(surface);
    EXPECT_TRUE(s) << s.error().message;
    return s ? std::move(s.value()) : nullptr;
}

Image8 GpuTest::render(render::GpuSurface& surface, const render::ViewSettings& settings,
                       render::GpuSurface* before, const render::GpuFace* face) {
    auto image = (renderer_ ? *renderer_ : renderer())
                     .renderImage({.before = before, .after = &surface, .face = face}, settings);
    EXPECT_TRUE(image) << image.error().message;
    return image ? std::move(image.value()) : Image8();
}

Lab meanLabOver(const Image8& image, int x0, int y0, int x1, int y1) {
    Lab sum;
    int n = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const auto* p = image.at(x, y);
            const Lab lab = labOfSrgb8(p[0], p[1], p[2]);
            sum.l += lab.l;
            sum.a += lab.a;
            sum.b += lab.b;
            ++n;
        }
    }
    return {sum.l / n, sum.a / n, sum.b / n};
}

double meanOver(const Image8& image, int channel, int x0, int y0, int x1, int y1) {
    double sum = 0;
    int n = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const auto* p = image.at(x, y);
            sum += channel < 3 ? p[channel] : 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
            ++n;
        }
    }
    return n ? sum / n : 0.0;
}

double lumaStdDev(const Image8& image, int x0, int y0, int x1, int y1) {
    const double mean = meanOver(image, 3, x0, y0, x1, y1);
    double sum = 0;
    int n = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const auto* p = image.at(x, y);
            const double l = 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
            sum += (l - mean) * (l - mean);
            ++n;
        }
    }
    return n ? std::sqrt(sum / n) : 0.0;
}

double meanAbsDifference(const Image8& a, const Image8& b) {
    if (a.pixels.size() != b.pixels.size() || a.pixels.empty()) {
        return 255.0;
    }
    double sum = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) {
        sum += std::abs(int(a.pixels[i]) - int(b.pixels[i]));
    }
    return sum / static_cast<double>(a.pixels.size());
}

} // namespace skinsim::test

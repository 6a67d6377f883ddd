#pragma once
// The fixture of every GPU test: a Vulkan context on whatever device there is (lavapipe in CI)
// with the validation layer on and its messages recorded; a test fails on any message.

#include "SyntheticSkin.hpp"
#include "render/Renderer.hpp"
#include "skin/Colorimetry.hpp"

#include <gtest/gtest.h>

namespace skinsim::test {

class GpuTest : public ::testing::Test {
  protected:
    void SetUp() override;
    void TearDown() override;

    /// A renderer of the given size (made on first use, resized when the size changes); upload
    /// and render use the current one.
    render::Renderer& renderer(std::uint32_t width = 160, std::uint32_t height = 100);
    std::unique_ptr<render::GpuSurface> upload(const render::SkinSurface& surface);
    /// Renders one surface (or before/after when `before` is given) and fails the test on error.
    Image8 render(render::GpuSurface& surface, const render::ViewSettings& settings,
                  render::GpuSurface* before = nullptr, const render::GpuFace* face = nullptr);

    /// Set before SetUp to pick a device by name (the golden tests want lavapipe).
    std::string preferredDevice_;
    std::shared_ptr<gpu::ValidationLog> log_;
    std::unique_ptr<gpu::Context> context_;
    std::unique_ptr<render::Renderer> renderer_;
};

/// Mean of a channel (0 R, 1 G, 2 B, 3 luminance) over a rectangle of an RGB image.
double meanOver(const Image8& image, int channel, int x0, int y0, int x1, int y1);
/// Mean CIELAB (each pixel's sRGB code to Lab, relative to sRGB's white) over a rectangle.
Lab meanLabOver(const Image8& image, int x0, int y0, int x1, int y1);
/// Standard deviation of luminance over a rectangle.
double lumaStdDev(const Image8& image, int x0, int y0, int x1, int y1);
/// Mean absolute difference of two images of the same size, 0..255.
double meanAbsDifference(const Image8& a, const Image8& b);

} // namespace skinsim::test

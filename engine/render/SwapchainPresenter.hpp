#pragma once
// Shows the renderer's frames in a window (the studio): the same Renderer::record as the CLI,
// then a blit of the renderer's output image into the swap chain image, then whatever the caller
// draws on top (ImGui panels), then presentation. The UI is drawn only on the presented image, so
// exported pictures (renderImage) never contain it (STYLE.md 2, 3). The window and its surface
// belong to the caller (gpu::ContextConfig::createSurface); no GLFW here.

#include "gpu/Buffer.hpp"
#include "render/Renderer.hpp"

#include <functional>
#include <vector>

namespace skinsim::render {

/// The swap chain image being drawn, as the UI callback sees it: in ColorAttachmentOptimal, to be
/// left in ColorAttachmentOptimal.
struct PresentTarget {
    vk::Image image;
    vk::ImageView view;
    vk::Format format;
    vk::Extent2D extent;
    std::uint32_t index; ///< which swap chain image (0 .. imageCount-1)
};

enum class PresentResult {
    Presented,
    /// Presented, but the window changed: call resize() before the next frame.
    Suboptimal,
    /// Nothing presented: the window changed; call resize() and try again.
    OutOfDate,
};

struct PresenterConfig {
    /// The window's size in pixels, used when the surface does not dictate it.
    vk::Extent2D extent{1280, 800};
    /// Wait for the display's refresh (FIFO, always available); false: MAILBOX where there is
    /// one, for measuring frame rates.
    bool vsync = true;
};

/// Where the 3D view goes in the window, and whether to read the finished window back.
struct PresentOptions {
    /// The part of the window the renderer's picture is blitted into (the studio's view between
    /// its side panels); the rest is cleared to a dark grey before the UI is drawn. Absent: all.
    std::optional<vk::Rect2D> viewport{};
    /// When set, the whole presented image (picture and UI) is copied here as RGB, sRGB values,
    /// after the GPU has finished it (`skinsim view --screenshot`).
    Image8* capture = nullptr;
    /// Shows the renderer's last picture again instead of recording a new one (nothing in the
    /// scene or the settings changed; only the UI on top did). Ignored before the first picture
    /// and after a resize.
    bool reusePicture = false;
};

class SwapchainPresenter {
  public:
    /// Frames recorded ahead of the GPU: make the Renderer with at least this many framesInFlight.
    static constexpr std::uint32_t kFramesInFlight = 2;

    /// `context` must have been made with a surface (ContextConfig::createSurface); failure when
    /// the surface offers no sRGB 8-bit format the renderer's output can be blitted to.
    static Result<std::unique_ptr<SwapchainPresenter>> create(const gpu::Context& context,
                                                              const PresenterConfig& config = {});
    ~SwapchainPresenter();

    vk::Extent2D extent() const { return extent_; }
    vk::Format format() const { return format_; }
    std::uint32_t imageCount() const { return static_cast<std::uint32_t>(images_.size()); }

    using DrawOnTop = std::function<void(vk::CommandBuffer, const PresentTarget&)>;
    /// Renders `scene` with `renderer` (sized like the window), copies it into the next swap chain
    /// image, lets `drawOnTop` add the UI, and presents.
    Result<PresentResult> present(Renderer& renderer, const Scene& scene,
                                  const ViewSettings& settings, const DrawOnTop& drawOnTop = {},
                                  const PresentOptions& options = {});
    /// Whether present() can capture the window (the surface allows reading its images).
    bool canCapture() const { return canCapture_; }

    /// Remakes the swap chain for a new window size and resizes the renderer to match.
    Status resize(Renderer& renderer, vk::Extent2D extent);
    /// Remakes the swap chain for a new window size; the renderer is sized by the caller (a view
    /// smaller than the window).
    Status resize(vk::Extent2D extent);

  private:
    SwapchainPresenter(const gpu::Context& context, const PresenterConfig& config);
    void createSwapchain(vk::Extent2D wanted);
    void readCapture(Image8& out) const;
    // The steps of present(): take a swap chain image (none: out of date), blit the picture into
    // it, hand it over (to presenting, or to the capture buffer first), submit, present.
    std::optional<std::uint32_t> acquireImage(std::size_t frameSlot, VkResult& acquired);
    void recordBlit(vk::CommandBuffer cmd, Renderer& renderer, vk::Image image,
                    const std::optional<vk::Rect2D>& viewport);
    void recordHandOver(vk::CommandBuffer cmd, vk::Image image, bool capture);
    void submit(vk::CommandBuffer cmd, std::size_t frameSlot, std::uint32_t index);
    PresentResult presentImage(std::uint32_t index, VkResult acquired);

    const gpu::Context* context_;
    PresenterConfig config_;
    vk::Format format_ = vk::Format::eUndefined;
    vk::ColorSpaceKHR colourSpace_ = vk::ColorSpaceKHR::eSrgbNonlinear;
    vk::Extent2D extent_{};
    vk::raii::SwapchainKHR swapchain_{nullptr};
    std::vector<vk::Image> images_;
    std::vector<vk::raii::ImageView> views_;
    std::vector<vk::raii::Semaphore> renderFinished_; ///< one per swap chain image
    vk::raii::CommandPool pool_{nullptr};
    std::vector<vk::raii::CommandBuffer> commandBuffers_; ///< one per frame in flight
    std::vector<vk::raii::Semaphore> imageAvailable_;     ///< one per frame in flight
    std::vector<vk::raii::Fence> inFlight_;               ///< one per frame in flight
    std::uint64_t frame_ = 0;
    bool canCapture_ = false;
    /// The renderer output size of the last recorded picture (none: 0x0).
    vk::Extent2D pictureExtent_{};
    std::unique_ptr<gpu::Buffer> captureBuffer_;
};

} // namespace skinsim::render

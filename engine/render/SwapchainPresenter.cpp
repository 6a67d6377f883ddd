#include "render/SwapchainPresenter.hpp"

#include "gpu/VulkanCheck.hpp"

#include <algorithm>
#include <limits>

namespace skinsim::render {

namespace {

/// The renderer's output is 8-bit sRGB; a blit into an sRGB swap chain image keeps the values
/// (decode, then encode), into a UNORM one it would darken them. So only sRGB formats qualify.
std::optional<vk::SurfaceFormatKHR> chooseFormat(const std::vector<vk::SurfaceFormatKHR>& formats) {
    for (const vk::Format wanted : {vk::Format::eB8G8R8A8Srgb, vk::Format::eR8G8B8A8Srgb}) {
        for (const auto& f : formats) {
            if (f.format == wanted && f.colorSpace == vk::ColorSpaceKHR::eSrgbNonlinear) {
                return f;
            }
        }
    }
    return std::nullopt;
}

void barrier(vk::CommandBuffer cmd, vk::Image image, vk::ImageLayout from, vk::ImageLayout to,
             vk::AccessFlags srcAccess, vk::AccessFlags dstAccess, vk::PipelineStageFlags srcStage,
             vk::PipelineStageFlags dstStage) {
    const vk::ImageMemoryBarrier b(
        srcAccess, dstAccess, from, to, VK_QUEUE_FAMILY_IGNORED, VK_QUEUE_FAMILY_IGNORED, image,
        vk::ImageSubresourceRange(vk::ImageAspectFlagBits::eColor, 0, 1, 0, 1));
    cmd.pipelineBarrier(srcStage, dstStage, {}, {}, {}, b);
}

} // namespace

SwapchainPresenter::SwapchainPresenter(const gpu::Context& context, const PresenterConfig& config)
    : context_(&context), config_(config) {}

SwapchainPresenter::~SwapchainPresenter() {
    // Semaphores and the swap chain may still be in use by the last presentation.
    if (context_ != nullptr) {
        context_->device().waitIdle();
    }
}

Result<std::unique_ptr<SwapchainPresenter>>
SwapchainPresenter::create(const gpu::Context& context, const PresenterConfig& config) {
    if (!context.surface()) {
        return Error::failure(
            "the Vulkan context has no window surface (headless): use Renderer::renderImage");
    }
    try {
        const auto format =
            chooseFormat(context.physicalDevice().getSurfaceFormatsKHR(context.surface()));
        if (!format) {
            return Error::failure(
                "the window offers no 8-bit sRGB format to show the renderer's output in");
        }
        std::unique_ptr<SwapchainPresenter> p(new SwapchainPresenter(context, config));
        p->format_ = format->format;
        p->colourSpace_ = format->colorSpace;
        const auto& device = context.device();
        p->pool_ = vk::raii::CommandPool(
            device, vk::CommandPoolCreateInfo(vk::CommandPoolCreateFlagBits::eResetCommandBuffer,
                                              context.queueFamily()));
        vk::raii::CommandBuffers buffers(
            device, vk::CommandBufferAllocateInfo(*p->pool_, vk::CommandBufferLevel::ePrimary,
                                                  kFramesInFlight));
        for (auto& b : buffers) {
            p->commandBuffers_.push_back(std::move(b));
            p->imageAvailable_.emplace_back(device, vk::SemaphoreCreateInfo());
            p->inFlight_.emplace_back(device,
                                      vk::FenceCreateInfo(vk::FenceCreateFlagBits::eSignaled));
        }
        p->createSwapchain(config.extent);
        return p;
    } catch (const std::exception& e) {
        return Error::failure(std::string("creating the swap chain: ") + e.what());
    }
}

void SwapchainPresenter::createSwapchain(vk::Extent2D wanted) {
    const auto& physical = context_->physicalDevice();
    const vk::SurfaceKHR surface = context_->surface();
    const auto caps = physical.getSurfaceCapabilitiesKHR(surface);
    // The surface dictates the size unless it says 0xFFFFFFFF ("the swap chain decides").
    extent_ = caps.currentExtent.width != std::numeric_limits<std::uint32_t>::max()
                  ? caps.currentExtent
                  : vk::Extent2D(std::clamp(wanted.width, caps.minImageExtent.width,
                                            caps.maxImageExtent.width),
                                 std::clamp(wanted.height, caps.minImageExtent.height,
                                            caps.maxImageExtent.height));
    vk::PresentModeKHR mode = vk::PresentModeKHR::eFifo;
    if (!config_.vsync) {
        const auto modes = physical.getSurfacePresentModesKHR(surface);
        if (std::find(modes.begin(), modes.end(), vk::PresentModeKHR::eMailbox) != modes.end()) {
            mode = vk::PresentModeKHR::eMailbox;
        }
    }
    std::uint32_t count = caps.minImageCount + 1;
    if (caps.maxImageCount > 0) {
        count = std::min(count, caps.maxImageCount);
    }
    vk::ImageUsageFlags usage =
        vk::ImageUsageFlagBits::eTransferDst | vk::ImageUsageFlagBits::eColorAttachment;
    canCapture_ =
        static_cast<bool>(caps.supportedUsageFlags & vk::ImageUsageFlagBits::eTransferSrc);
    if (canCapture_) {
        usage |= vk::ImageUsageFlagBits::eTransferSrc;
    }
    vk::SwapchainCreateInfoKHR info({}, surface, count, format_, colourSpace_, extent_, 1, usage,
                                    vk::SharingMode::eExclusive, {}, caps.currentTransform,
                                    vk::CompositeAlphaFlagBitsKHR::eOpaque, mode, VK_TRUE,
                                    *swapchain_);
    vk::raii::SwapchainKHR next(context_->device(), info);
    views_.clear();
    swapchain_ = std::move(next);
    images_ = swapchain_.getImages();
    renderFinished_.clear();
    for (const vk::Image image : images_) {
        views_.emplace_back(
            context_->device(),
            vk::ImageViewCreateInfo(
                {}, image, vk::ImageViewType::e2D, format_, {},
                vk::ImageSubresourceRange(vk::ImageAspectFlagBits::eColor, 0, 1, 0, 1)));
        renderFinished_.emplace_back(context_->device(), vk::SemaphoreCreateInfo());
    }
}

void SwapchainPresenter::readCapture(Image8& out) const {
    const auto bytes = captureBuffer_->mapped();
    const bool bgra = format_ == vk::Format::eB8G8R8A8Srgb;
    out = Image8(static_cast<int>(extent_.width), static_cast<int>(extent_.height), 3);
    for (std::size_t i = 0, n = std::size_t(extent_.width) * extent_.height; i < n; ++i) {
        const auto* p = reinterpret_cast<const std::uint8_t*>(bytes.data()) + i * 4;
        out.pixels[i * 3 + 0] = bgra ? p[2] : p[0];
        out.pixels[i * 3 + 1] = p[1];
        out.pixels[i * 3 + 2] = bgra ? p[0] : p[2];
    }
}

Status SwapchainPresenter::resize(vk::Extent2D extent) {
    try {
        context_->device().waitIdle();
        createSwapchain(extent);
        return {};
    } catch (const std::exception& e) {
        return Error::failure(std::string("resizing the swap chain: ") + e.what());
    }
}

Status SwapchainPresenter::resize(Renderer& renderer, vk::Extent2D extent) {
    try {
        context_->device().waitIdle();
        createSwapchain(extent);
        renderer.resize(extent_.width, extent_.height);
        return {};
    } catch (const std::exception& e) {
        return Error::failure(std::string("resizing the swap chain: ") + e.what());
    }
}

Result<PresentResult> SwapchainPresenter::present(Renderer& renderer, const Scene& scene,
                                                  const ViewSettings& settings,
                                                  const DrawOnTop& drawOnTop,
                                                  const PresentOptions& options) {
    if (options.capture != nullptr && !canCapture_) {
        return Error::failure("this window's surface does not allow reading its images back");
    }
    // Bad scenes are reported before a swap chain image is taken (an acquired image must be
    // presented).
    if (auto ok = renderer.check(scene, settings); !ok) {
        return ok.error();
    }
    try {
        const std::size_t f = frame_ % kFramesInFlight;
        VkResult acquired = VK_SUCCESS;
        const auto index = acquireImage(f, acquired);
        if (!index) {
            return PresentResult::OutOfDate;
        }
        vk::CommandBuffer cmd = *commandBuffers_[f];
        cmd.reset();
        cmd.begin(vk::CommandBufferBeginInfo(vk::CommandBufferUsageFlagBits::eOneTimeSubmit));
        if (!options.reusePicture || pictureExtent_ != renderer.extent()) {
            if (auto recorded = renderer.record(cmd, scene, settings, frame_); !recorded) {
                throw gpu::GpuError(
                    recorded.error().message); // checked above: only a Vulkan failure gets here
            }
            pictureExtent_ = renderer.extent();
        }
        const vk::Image image = images_[*index];
        recordBlit(cmd, renderer, image, options.viewport);
        if (drawOnTop) {
            drawOnTop(cmd, {image, *views_[*index], format_, extent_, *index});
        }
        recordHandOver(cmd, image, options.capture != nullptr);
        cmd.end();
        submit(cmd, f, *index);
        if (options.capture != nullptr) {
            SKINSIM_VK_CHECK(context_->device().waitForFences(
                *inFlight_[f], VK_TRUE, std::numeric_limits<std::uint64_t>::max()));
            readCapture(*options.capture);
        }
        return presentImage(*index, acquired);
    } catch (const std::exception& e) {
        return Error::failure(std::string("presenting a frame: ") + e.what());
    }
}

std::optional<std::uint32_t> SwapchainPresenter::acquireImage(std::size_t f, VkResult& acquired) {
    const auto& device = context_->device();
    SKINSIM_VK_CHECK(
        device.waitForFences(*inFlight_[f], VK_TRUE, std::numeric_limits<std::uint64_t>::max()));
    // Out-of-date is an expected result here, not an error: the raw call returns it.
    std::uint32_t index = 0;
    acquired =
        vkAcquireNextImageKHR(*device, *swapchain_, std::numeric_limits<std::uint64_t>::max(),
                              *imageAvailable_[f], VK_NULL_HANDLE, &index);
    if (acquired == VK_ERROR_OUT_OF_DATE_KHR) {
        return std::nullopt;
    }
    if (acquired != VK_SUBOPTIMAL_KHR) {
        SKINSIM_VK_CHECK(acquired);
    }
    device.resetFences(*inFlight_[f]);
    return index;
}

void SwapchainPresenter::recordBlit(vk::CommandBuffer cmd, Renderer& renderer, vk::Image image,
                                    const std::optional<vk::Rect2D>& viewport) {
    using S = vk::PipelineStageFlagBits;
    using A = vk::AccessFlagBits;
    barrier(cmd, image, vk::ImageLayout::eUndefined, vk::ImageLayout::eTransferDstOptimal, {},
            A::eTransferWrite, S::eTransfer, S::eTransfer);
    const vk::Extent2D from = renderer.extent();
    const vk::Rect2D to = viewport.value_or(vk::Rect2D({0, 0}, extent_));
    if (viewport) {
        // Around the 3D view (the panels draw over it): the studio's background grey.
        const vk::ClearColorValue grey(std::array<float, 4>{0.055f, 0.058f, 0.066f, 1.0f});
        cmd.clearColorImage(image, vk::ImageLayout::eTransferDstOptimal, grey,
                            vk::ImageSubresourceRange(vk::ImageAspectFlagBits::eColor, 0, 1, 0, 1));
        barrier(cmd, image, vk::ImageLayout::eTransferDstOptimal,
                vk::ImageLayout::eTransferDstOptimal, A::eTransferWrite, A::eTransferWrite,
                S::eTransfer, S::eTransfer);
    }
    const vk::ImageBlit blit(
        vk::ImageSubresourceLayers(vk::ImageAspectFlagBits::eColor, 0, 0, 1),
        {vk::Offset3D(0, 0, 0), vk::Offset3D(static_cast<std::int32_t>(from.width),
                                             static_cast<std::int32_t>(from.height), 1)},
        vk::ImageSubresourceLayers(vk::ImageAspectFlagBits::eColor, 0, 0, 1),
        {vk::Offset3D(to.offset.x, to.offset.y, 0),
         vk::Offset3D(to.offset.x + static_cast<std::int32_t>(to.extent.width),
                      to.offset.y + static_cast<std::int32_t>(to.extent.height), 1)});
    cmd.blitImage(renderer.output().handle(), vk::ImageLayout::eTransferSrcOptimal, image,
                  vk::ImageLayout::eTransferDstOptimal, blit, vk::Filter::eLinear);
    barrier(cmd, image, vk::ImageLayout::eTransferDstOptimal,
            vk::ImageLayout::eColorAttachmentOptimal, A::eTransferWrite,
            A::eColorAttachmentRead | A::eColorAttachmentWrite, S::eTransfer,
            S::eColorAttachmentOutput);
}

void SwapchainPresenter::recordHandOver(vk::CommandBuffer cmd, vk::Image image, bool capture) {
    using S = vk::PipelineStageFlagBits;
    using A = vk::AccessFlagBits;
    if (!capture) {
        barrier(cmd, image, vk::ImageLayout::eColorAttachmentOptimal,
                vk::ImageLayout::ePresentSrcKHR, A::eColorAttachmentWrite, {},
                S::eColorAttachmentOutput, S::eBottomOfPipe);
        return;
    }
    // The capture: the finished image copied to a host-visible buffer, then presented.
    const vk::DeviceSize bytes = vk::DeviceSize(extent_.width) * extent_.height * 4;
    if (!captureBuffer_ || captureBuffer_->sizeBytes() < bytes) {
        captureBuffer_ = std::make_unique<gpu::Buffer>(
            *context_, gpu::BufferDesc{.sizeBytes = bytes,
                                       .usage = vk::BufferUsageFlagBits::eTransferDst,
                                       .hostVisible = true,
                                       .hostCached = true});
    }
    barrier(cmd, image, vk::ImageLayout::eColorAttachmentOptimal,
            vk::ImageLayout::eTransferSrcOptimal, A::eColorAttachmentWrite, A::eTransferRead,
            S::eColorAttachmentOutput, S::eTransfer);
    const vk::BufferImageCopy region(
        0, 0, 0, vk::ImageSubresourceLayers(vk::ImageAspectFlagBits::eColor, 0, 0, 1), {0, 0, 0},
        vk::Extent3D(extent_.width, extent_.height, 1));
    cmd.copyImageToBuffer(image, vk::ImageLayout::eTransferSrcOptimal, captureBuffer_->handle(),
                          region);
    barrier(cmd, image, vk::ImageLayout::eTransferSrcOptimal, vk::ImageLayout::ePresentSrcKHR,
            A::eTransferRead, {}, S::eTransfer, S::eBottomOfPipe);
    const vk::BufferMemoryBarrier hostRead(A::eTransferWrite, A::eHostRead, VK_QUEUE_FAMILY_IGNORED,
                                           VK_QUEUE_FAMILY_IGNORED, captureBuffer_->handle(), 0,
                                           VK_WHOLE_SIZE);
    cmd.pipelineBarrier(S::eTransfer, S::eHost, {}, {}, hostRead, {});
}

void SwapchainPresenter::submit(vk::CommandBuffer cmd, std::size_t f, std::uint32_t index) {
    const vk::PipelineStageFlags waitStage = vk::PipelineStageFlagBits::eTransfer;
    const vk::SubmitInfo info(*imageAvailable_[f], waitStage, cmd, *renderFinished_[index]);
    context_->queue().submit(info, *inFlight_[f]);
    ++frame_;
}

PresentResult SwapchainPresenter::presentImage(std::uint32_t index, VkResult acquired) {
    const VkSwapchainKHR swapchain = *swapchain_;
    const VkSemaphore finished = *renderFinished_[index];
    const VkPresentInfoKHR presentInfo{
        VK_STRUCTURE_TYPE_PRESENT_INFO_KHR, nullptr, 1, &finished, 1, &swapchain, &index, nullptr};
    const VkResult presented = vkQueuePresentKHR(*context_->queue(), &presentInfo);
    if (presented == VK_ERROR_OUT_OF_DATE_KHR) {
        return PresentResult::OutOfDate;
    }
    if (presented == VK_SUBOPTIMAL_KHR || acquired == VK_SUBOPTIMAL_KHR) {
        return PresentResult::Suboptimal;
    }
    SKINSIM_VK_CHECK(presented);
    return PresentResult::Presented;
}

} // namespace skinsim::render

#pragma once
// Dear ImGui (1.86, as Debian ships it) in the studio's window: the GLFW platform backend for
// input, the Vulkan backend drawing into the swap chain image after the 3D view has been
// blitted there (render::SwapchainPresenter's draw-on-top callback). The backends are Debian's
// sources (libimgui-dev's examples/backends), compiled into skinsim_ui.

#include "gpu/Context.hpp"
#include "render/SwapchainPresenter.hpp"
#include "ui/InputQueue.hpp"

#include <map>

struct GLFWwindow;

namespace skinsim::ui {

class ImGuiLayer {
  public:
    /// Creates the ImGui context, installs the GLFW callbacks (which queue the window's events:
    /// InputQueue.hpp) and prepares the Vulkan backend for
    /// swap chain images of `format`. `contentScale` is the window's DPI scale (1 on a 96 dpi
    /// screen): fonts and spacing grow with it.
    static Result<std::unique_ptr<ImGuiLayer>> create(const gpu::Context& context,
                                                      GLFWwindow* window, vk::Format format,
                                                      std::uint32_t imageCount, float contentScale);
    ~ImGuiLayer();
    ImGuiLayer(const ImGuiLayer&) = delete;
    ImGuiLayer& operator=(const ImGuiLayer&) = delete;

    /// Starts a frame (ImGui::NewFrame) with the next share of the queued input.
    void newFrame();
    /// Input events still queued: the window must draw again rather than wait for events.
    bool inputPending() const { return input_.pending(); }
    /// This frame's press of `button` completed a double-click (timed by the events, so it is
    /// seen at any frame rate).
    bool doubleClicked(int button) const;
    /// Ends the frame and records its draw lists into `cmd`, onto `target`.
    void render(vk::CommandBuffer cmd, const render::PresentTarget& target);
    /// The swap chain was remade: framebuffers of the old images go (after the GPU is idle).
    void swapchainChanged(std::uint32_t imageCount);

  private:
    ImGuiLayer(const gpu::Context& context) : context_(&context) {}
    vk::Framebuffer framebufferFor(const render::PresentTarget& target);
    void installCallbacks(GLFWwindow* window);

    GLFWwindow* window_ = nullptr;
    InputQueue input_;
    InputFrame frame_;

    const gpu::Context* context_;
    vk::raii::DescriptorPool pool_{nullptr};
    vk::raii::RenderPass renderPass_{nullptr};
    std::map<std::uint32_t, std::pair<vk::ImageView, vk::raii::Framebuffer>> framebuffers_;
    bool vulkanReady_ = false;
    bool glfwReady_ = false;
};

} // namespace skinsim::ui

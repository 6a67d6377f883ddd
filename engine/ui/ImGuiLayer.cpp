#include "ui/ImGuiLayer.hpp"

#include "gpu/Commands.hpp"
#include "gpu/VulkanCheck.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_vulkan.h>

namespace skinsim::ui {

namespace {
void checkResult(VkResult result) {
    if (result < 0) {
        throw gpu::GpuError("ImGui's Vulkan backend: VkResult " + std::to_string(result));
    }
}

void pushEvent(GLFWwindow* window, InputEvent event) {
    event.seconds = glfwGetTime();
    if (auto* queue = static_cast<InputQueue*>(glfwGetWindowUserPointer(window))) {
        queue->push(event);
    }
}
} // namespace

static_assert(GLFW_MOD_SHIFT == InputFrame::kShift && GLFW_MOD_CONTROL == InputFrame::kCtrl &&
              GLFW_MOD_ALT == InputFrame::kAlt && GLFW_MOD_SUPER == InputFrame::kSuper);

void ImGuiLayer::installCallbacks(GLFWwindow* window) {
    // The queue is the window's user pointer; ImGui's backend is started without its own
    // callbacks (it would write the state straight into ImGui, a frame's worth at a time).
    window_ = window;
    glfwSetWindowUserPointer(window, &input_);
    glfwSetCursorPosCallback(window, [](GLFWwindow* w, double x, double y) {
        pushEvent(w, {.kind = InputEvent::Kind::Move,
                      .x = static_cast<float>(x),
                      .y = static_cast<float>(y)});
    });
    glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int entered) {
        if (entered == GLFW_FALSE) {
            pushEvent(w, {.kind = InputEvent::Kind::Leave});
        }
    });
    glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int button, int action, int) {
        pushEvent(w,
                  {.kind = InputEvent::Kind::Button, .code = button, .down = action == GLFW_PRESS});
    });
    glfwSetScrollCallback(window, [](GLFWwindow* w, double dx, double dy) {
        pushEvent(w, {.kind = InputEvent::Kind::Wheel,
                      .x = static_cast<float>(dx),
                      .y = static_cast<float>(dy)});
    });
    glfwSetKeyCallback(window, [](GLFWwindow* w, int key, int, int action, int mods) {
        if (action == GLFW_REPEAT) {
            return; // held keys repeat through ImGui's own timing, not the X server's
        }
        // GLFW's modifier bits are InputFrame's (shift 1, control 2, alt 4, super 8).
        pushEvent(w, {.kind = InputEvent::Kind::Key,
                      .code = key,
                      .down = action == GLFW_PRESS,
                      .modifiers = mods & 15});
    });
    glfwSetCharCallback(window, [](GLFWwindow* w, unsigned int c) {
        pushEvent(w, {.kind = InputEvent::Kind::Char, .character = c});
    });
    glfwSetWindowFocusCallback(
        window, [](GLFWwindow*, int focused) { ImGui::GetIO().AddFocusEvent(focused != 0); });
}

bool ImGuiLayer::doubleClicked(int button) const {
    return button >= 0 && button < InputFrame::kButtons &&
           frame_.doubleClicked[static_cast<std::size_t>(button)];
}

Result<std::unique_ptr<ImGuiLayer>> ImGuiLayer::create(const gpu::Context& context,
                                                       GLFWwindow* window, vk::Format format,
                                                       std::uint32_t imageCount,
                                                       float contentScale) {
    std::unique_ptr<ImGuiLayer> layer(new ImGuiLayer(context));
    try {
        const auto& device = context.device();
        // The font atlas is the one texture ImGui samples.
        const vk::DescriptorPoolSize size(vk::DescriptorType::eCombinedImageSampler, 8);
        layer->pool_ = vk::raii::DescriptorPool(
            device, vk::DescriptorPoolCreateInfo(
                        vk::DescriptorPoolCreateFlagBits::eFreeDescriptorSet, 8, size));
        // Drawn over the picture already in the image: load it, keep the layout the presenter
        // hands over and expects back.
        const vk::AttachmentDescription colour(
            {}, format, vk::SampleCountFlagBits::e1, vk::AttachmentLoadOp::eLoad,
            vk::AttachmentStoreOp::eStore, vk::AttachmentLoadOp::eDontCare,
            vk::AttachmentStoreOp::eDontCare, vk::ImageLayout::eColorAttachmentOptimal,
            vk::ImageLayout::eColorAttachmentOptimal);
        const vk::AttachmentReference ref(0, vk::ImageLayout::eColorAttachmentOptimal);
        const vk::SubpassDescription subpass({}, vk::PipelineBindPoint::eGraphics, {}, ref);
        const vk::SubpassDependency dependency(
            VK_SUBPASS_EXTERNAL, 0, vk::PipelineStageFlagBits::eColorAttachmentOutput,
            vk::PipelineStageFlagBits::eColorAttachmentOutput,
            vk::AccessFlagBits::eColorAttachmentWrite,
            vk::AccessFlagBits::eColorAttachmentRead | vk::AccessFlagBits::eColorAttachmentWrite);
        layer->renderPass_ =
            vk::raii::RenderPass(device, vk::RenderPassCreateInfo({}, colour, subpass, dependency));

        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr; // the layout is the studio's, not a file's
        ImGui::StyleColorsDark();
        ImGuiStyle& style = ImGui::GetStyle();
        style.WindowRounding = 0.0f;
        style.FrameRounding = 3.0f;
        style.ScaleAllSizes(contentScale);
        ImFontConfig font;
        font.SizePixels = 14.0f * contentScale;
        io.Fonts->AddFontDefault(&font);

        if (!ImGui_ImplGlfw_InitForVulkan(window, false)) {
            return Error::failure("ImGui could not attach to the GLFW window");
        }
        layer->glfwReady_ = true;
        layer->installCallbacks(window);
        ImGui_ImplVulkan_InitInfo info{};
        info.Instance = *context.instance();
        info.PhysicalDevice = *context.physicalDevice();
        info.Device = *device;
        info.QueueFamily = context.queueFamily();
        info.Queue = *context.queue();
        info.DescriptorPool = *layer->pool_;
        info.MinImageCount = 2;
        info.ImageCount = std::max<std::uint32_t>(2, imageCount);
        info.MSAASamples = VK_SAMPLE_COUNT_1_BIT;
        info.CheckVkResultFn = checkResult;
        if (!ImGui_ImplVulkan_Init(&info, *layer->renderPass_)) {
            return Error::failure("ImGui's Vulkan backend did not start");
        }
        layer->vulkanReady_ = true;
        gpu::CommandRunner once(context);
        once.run([](vk::CommandBuffer cmd) { ImGui_ImplVulkan_CreateFontsTexture(cmd); });
        ImGui_ImplVulkan_DestroyFontUploadObjects();
        return layer;
    } catch (const std::exception& e) {
        return Error::failure(std::string("starting ImGui: ") + e.what());
    }
}

ImGuiLayer::~ImGuiLayer() {
    context_->device().waitIdle();
    framebuffers_.clear();
    if (vulkanReady_) {
        ImGui_ImplVulkan_Shutdown();
    }
    if (glfwReady_) {
        ImGui_ImplGlfw_Shutdown();
    }
    if (window_ != nullptr) {
        glfwSetWindowUserPointer(window_, nullptr); // events after this one are not queued
    }
    if (ImGui::GetCurrentContext() != nullptr) {
        ImGui::DestroyContext();
    }
}

void ImGuiLayer::newFrame() {
    ImGui_ImplVulkan_NewFrame();
    ImGui_ImplGlfw_NewFrame(); // display size, time step and cursor shape
    // The backend has read the live mouse; this frame's share of the queued events replaces it.
    frame_ = input_.nextFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(frame_.mouseX, frame_.mouseY);
    for (int b = 0; b < InputFrame::kButtons; ++b) {
        io.MouseDown[b] = frame_.mouseDown[static_cast<std::size_t>(b)];
    }
    io.MouseWheel += frame_.wheelY;
    io.MouseWheelH += frame_.wheelX;
    for (int k = 0; k < InputFrame::kKeys && k < IM_ARRAYSIZE(io.KeysDown); ++k) {
        io.KeysDown[k] = frame_.keysDown[static_cast<std::size_t>(k)];
    }
    const auto down = [&](int key) { return frame_.keysDown[static_cast<std::size_t>(key)]; };
    io.KeyCtrl = down(GLFW_KEY_LEFT_CONTROL) || down(GLFW_KEY_RIGHT_CONTROL);
    io.KeyShift = down(GLFW_KEY_LEFT_SHIFT) || down(GLFW_KEY_RIGHT_SHIFT);
    io.KeyAlt = down(GLFW_KEY_LEFT_ALT) || down(GLFW_KEY_RIGHT_ALT);
    io.KeySuper = down(GLFW_KEY_LEFT_SUPER) || down(GLFW_KEY_RIGHT_SUPER);
    // A key pressed with a modifier held counts as such even when X delivered the modifier's
    // release first (InputQueue.hpp).
    if (const int m = frame_.pressModifiers; m >= 0) {
        io.KeyShift = io.KeyShift || (m & InputFrame::kShift) != 0;
        io.KeyCtrl = io.KeyCtrl || (m & InputFrame::kCtrl) != 0;
        io.KeyAlt = io.KeyAlt || (m & InputFrame::kAlt) != 0;
        io.KeySuper = io.KeySuper || (m & InputFrame::kSuper) != 0;
    }
    for (const unsigned int c : frame_.characters) {
        io.AddInputCharacter(c);
    }
    ImGui::NewFrame();
}

void ImGuiLayer::swapchainChanged(std::uint32_t imageCount) {
    context_->device().waitIdle();
    framebuffers_.clear();
    ImGui_ImplVulkan_SetMinImageCount(
        std::max<std::uint32_t>(2, std::min<std::uint32_t>(imageCount, 2)));
}

vk::Framebuffer ImGuiLayer::framebufferFor(const render::PresentTarget& target) {
    auto it = framebuffers_.find(target.index);
    if (it != framebuffers_.end() && it->second.first == target.view) {
        return *it->second.second;
    }
    const vk::ImageView view = target.view;
    vk::raii::Framebuffer fb(context_->device(),
                             vk::FramebufferCreateInfo({}, *renderPass_, view, target.extent.width,
                                                       target.extent.height, 1));
    framebuffers_.erase(target.index);
    auto [inserted, ok] =
        framebuffers_.emplace(target.index, std::make_pair(target.view, std::move(fb)));
    (void)ok;
    return *inserted->second.second;
}

void ImGuiLayer::render(vk::CommandBuffer cmd, const render::PresentTarget& target) {
    ImGui::Render();
    const vk::Framebuffer fb = framebufferFor(target);
    cmd.beginRenderPass(
        vk::RenderPassBeginInfo(*renderPass_, fb, vk::Rect2D({0, 0}, target.extent)),
        vk::SubpassContents::eInline);
    ImGui_ImplVulkan_RenderDrawData(ImGui::GetDrawData(), cmd);
    cmd.endRenderPass();
}

} // namespace skinsim::ui

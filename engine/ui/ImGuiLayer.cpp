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
} // namespace

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

        if (!ImGui_ImplGlfw_InitForVulkan(window, true)) {
            return Error::failure("ImGui could not attach to the GLFW window");
        }
        layer->glfwReady_ = true;
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
    if (ImGui::GetCurrentContext() != nullptr) {
        ImGui::DestroyContext();
    }
}

void ImGuiLayer::newFrame() {
    ImGui_ImplVulkan_NewFrame();
    ImGui_ImplGlfw_NewFrame();
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

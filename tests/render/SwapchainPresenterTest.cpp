// The windowed path: the renderer's frames shown in a window through a swap chain, with the
// validation layer watching. Needs an X display (tools/test.sh runs the suite under Xvfb when
// there is none); the window is made with xcb directly, since GLFW belongs to the studio.

#include "render/SwapchainPresenter.hpp"
#include "GpuTest.hpp"

#include <cstdlib>
#include <xcb/xcb.h>
#define VK_USE_PLATFORM_XCB_KHR
#include <vulkan/vulkan_xcb.h>

using namespace skinsim;

namespace {

/// A bare X window of the given size, closed when the test ends.
class XcbWindow {
  public:
    XcbWindow(std::uint16_t width, std::uint16_t height) {
        connection_ = xcb_connect(nullptr, nullptr);
        if (xcb_connection_has_error(connection_)) {
            return;
        }
        xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(connection_)).data;
        window_ = xcb_generate_id(connection_);
        xcb_create_window(connection_, XCB_COPY_FROM_PARENT, window_, screen->root, 0, 0, width,
                          height, 0, XCB_WINDOW_CLASS_INPUT_OUTPUT, screen->root_visual, 0,
                          nullptr);
        xcb_map_window(connection_, window_);
        xcb_flush(connection_);
    }
    ~XcbWindow() {
        if (window_ != 0) {
            xcb_destroy_window(connection_, window_);
        }
        xcb_disconnect(connection_);
    }
    bool open() const { return window_ != 0; }
    xcb_connection_t* connection() const { return connection_; }
    xcb_window_t window() const { return window_; }

  private:
    xcb_connection_t* connection_ = nullptr;
    xcb_window_t window_ = 0;
};

class SwapchainPresenter : public ::testing::Test {
  protected:
    void SetUp() override {
        if (std::getenv("DISPLAY") == nullptr) {
            GTEST_SKIP() << "no X display (tools/test.sh runs the suite under Xvfb)";
        }
        window_ = std::make_unique<XcbWindow>(320, 200);
        ASSERT_TRUE(window_->open());
        log_ = std::make_shared<gpu::ValidationLog>();
        auto context = gpu::Context::create(
            {.applicationName = "skinsim-presenter-test",
             .validation = true,
             .log = log_,
             .instanceExtensions = {VK_KHR_SURFACE_EXTENSION_NAME,
                                    VK_KHR_XCB_SURFACE_EXTENSION_NAME},
             .createSurface = [this](VkInstance instance) {
                 const VkXcbSurfaceCreateInfoKHR info{VK_STRUCTURE_TYPE_XCB_SURFACE_CREATE_INFO_KHR,
                                                      nullptr, 0, window_->connection(),
                                                      window_->window()};
                 VkSurfaceKHR surface = VK_NULL_HANDLE;
                 return vkCreateXcbSurfaceKHR(instance, &info, nullptr, &surface) == VK_SUCCESS
                            ? surface
                            : VK_NULL_HANDLE;
             }});
        ASSERT_TRUE(context) << context.error().message;
        context_ = std::move(context.value());
    }
    void TearDown() override {
        presenter_.reset();
        renderer_.reset();
        context_.reset();
        if (log_) {
            const auto messages = log_->messages();
            EXPECT_TRUE(messages.empty())
                << messages.size() << " validation message(s), the first: " << messages.front();
        }
    }

    std::unique_ptr<XcbWindow> window_;
    std::shared_ptr<gpu::ValidationLog> log_;
    std::unique_ptr<gpu::Context> context_;
    std::unique_ptr<render::Renderer> renderer_;
    std::unique_ptr<render::SwapchainPresenter> presenter_;
};

} // namespace

TEST_F(SwapchainPresenter, ShowsFramesInAWindowAndFollowsAResize) {
    auto presenter = render::SwapchainPresenter::create(*context_, {.extent = {320, 200}});
    ASSERT_TRUE(presenter) << presenter.error().message;
    presenter_ = std::move(presenter.value());
    const vk::Extent2D size = presenter_->extent();
    auto renderer = render::Renderer::create(
        *context_, {.width = size.width,
                    .height = size.height,
                    .framesInFlight = render::SwapchainPresenter::kFramesInFlight});
    ASSERT_TRUE(renderer) << renderer.error().message;
    renderer_ = std::move(renderer.value());
    auto skin =
        renderer_->uploadSurface(test::typeThreeSkin(test::pittedHeight(test::defaultPits())));
    ASSERT_TRUE(skin);

    int drawnOnTop = 0;
    const auto ui = [&](vk::CommandBuffer, const render::PresentTarget& target) {
        ++drawnOnTop;
        EXPECT_EQ(target.extent, presenter_->extent());
    };
    for (int frame = 0; frame < 4; ++frame) {
        render::ViewSettings settings{.lightAzimuthDeg = 10.0f * static_cast<float>(frame)};
        auto shown = presenter_->present(*renderer_, {.after = skin->get()}, settings, ui);
        ASSERT_TRUE(shown) << shown.error().message;
        EXPECT_NE(*shown, render::PresentResult::OutOfDate);
    }
    EXPECT_EQ(drawnOnTop, 4);

    ASSERT_TRUE(presenter_->resize(*renderer_, {200, 120}));
    EXPECT_EQ(renderer_->extent(), presenter_->extent());
    auto shown = presenter_->present(*renderer_, {.after = skin->get()}, {});
    ASSERT_TRUE(shown) << shown.error().message;
}

TEST_F(SwapchainPresenter, ABadSceneIsReportedBeforeAnImageIsTaken) {
    auto presenter = render::SwapchainPresenter::create(*context_);
    ASSERT_TRUE(presenter) << presenter.error().message;
    presenter_ = std::move(presenter.value());
    auto renderer = render::Renderer::create(*context_, {.width = presenter_->extent().width,
                                                         .height = presenter_->extent().height,
                                                         .framesInFlight = 2});
    ASSERT_TRUE(renderer);
    renderer_ = std::move(renderer.value());
    auto shown = presenter_->present(*renderer_, {}, {});
    EXPECT_FALSE(shown);
    auto skin = renderer_->uploadSurface(test::typeThreeSkin(test::pittedHeight({})));
    ASSERT_TRUE(skin);
    EXPECT_TRUE(presenter_->present(*renderer_, {.after = skin->get()}, {}))
        << "the presenter still works";
}

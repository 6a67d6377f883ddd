// The Vulkan context: it opens on the machine's device (lavapipe in CI), prefers real GPUs, and
// routes validation messages to the log that the tests watch.

#include "GpuTest.hpp"
#include "gpu/Buffer.hpp"
#include "gpu/DeviceChoice.hpp"

using namespace skinsim;

class Context : public test::GpuTest {};

TEST_F(Context, OpensAVulkan12DeviceWithValidation) {
    EXPECT_FALSE(context_->deviceName().empty());
    EXPECT_GE(context_->physicalDevice().getProperties().apiVersion, VK_API_VERSION_1_2);
    EXPECT_TRUE(context_->validationActive());
}

TEST_F(Context, ValidationMessagesReachTheLog) {
    // A zero-sized buffer is invalid usage: the layer must report it to our log.
    try {
        vk::raii::Buffer buffer(
            context_->device(),
            vk::BufferCreateInfo({}, 0, vk::BufferUsageFlagBits::eUniformBuffer));
    } catch (const std::exception&) {
        // Drivers may refuse it too; the message is what this test is about.
    }
    EXPECT_GE(log_->count(), 1u);
    log_->clear(); // expected here; any other message fails the test
}

TEST_F(Context, NoDeviceNamedLikeThisIsAClearFailure) {
    auto other = gpu::Context::create({.validation = false, .deviceName = "no-such-gpu-anywhere"});
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().kind, Error::Kind::Failure);
    EXPECT_NE(other.error().message.find("no-such-gpu-anywhere"), std::string::npos)
        << other.error().message;
}

TEST(DeviceChoice, PrefersDiscreteThenIntegratedThenCpu) {
    using T = vk::PhysicalDeviceType;
    const std::vector<gpu::DeviceCandidate> devices = {
        {"llvmpipe", T::eCpu, VK_API_VERSION_1_3, true},
        {"laptop", T::eIntegratedGpu, VK_API_VERSION_1_3, true},
        {"H100", T::eDiscreteGpu, VK_API_VERSION_1_3, true},
    };
    EXPECT_EQ(gpu::chooseDevice(devices, VK_API_VERSION_1_2), 2u);
    EXPECT_EQ(gpu::chooseDevice(std::span(devices).first(2), VK_API_VERSION_1_2), 1u);
    EXPECT_EQ(gpu::chooseDevice(std::span(devices).first(1), VK_API_VERSION_1_2), 0u);
}

TEST(DeviceChoice, SkipsUnusableOrTooOldDevicesAndHonoursTheNameFilter) {
    using T = vk::PhysicalDeviceType;
    const std::vector<gpu::DeviceCandidate> devices = {
        {"old discrete", T::eDiscreteGpu, VK_API_VERSION_1_1, true},
        {"no graphics queue", T::eDiscreteGpu, VK_API_VERSION_1_3, false},
        {"llvmpipe (LLVM 15)", T::eCpu, VK_API_VERSION_1_3, true},
    };
    EXPECT_EQ(gpu::chooseDevice(devices, VK_API_VERSION_1_2), 2u);
    EXPECT_EQ(gpu::chooseDevice(devices, VK_API_VERSION_1_2, "LLVMPIPE"), 2u);
    EXPECT_FALSE(gpu::chooseDevice(devices, VK_API_VERSION_1_2, "radeon").has_value());
}

#pragma once
// Records work into a command buffer, submits it and waits for it: for uploads, readbacks,
// offscreen frames and benchmarks. One pool, one buffer and one fence, reused run after run.

#include "gpu/Context.hpp"

#include <functional>

namespace skinsim::gpu {

class CommandRunner {
  public:
    explicit CommandRunner(const Context& context);

    /// Records `record` into a fresh command buffer, submits it on the context's queue and waits
    /// until the GPU has finished it.
    void run(const std::function<void(vk::CommandBuffer)>& record);

  private:
    const Context* context_;
    vk::raii::CommandPool pool_{nullptr};
    vk::raii::CommandBuffer buffer_{nullptr};
    vk::raii::Fence fence_{nullptr};
};

} // namespace skinsim::gpu

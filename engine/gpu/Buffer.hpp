#pragma once
// A Vulkan buffer with its own memory: one move-only owner. Host-visible buffers stay mapped for
// their whole life (uniforms, staging, readback); device-local ones are filled with uploadBuffer
// (Transfer.hpp). One allocation per buffer: the renderer owns a handful of them, far below any
// driver's allocation limit, so a sub-allocator would be complexity without benefit.

#include "gpu/Context.hpp"

#include <cstddef>
#include <span>

namespace skinsim::gpu {

struct BufferDesc {
    vk::DeviceSize sizeBytes = 0;
    vk::BufferUsageFlags usage{};
    /// Mapped, coherent memory the CPU writes or reads; otherwise device-local.
    bool hostVisible = false;
    /// Prefer cached host memory (fast CPU reads: readback buffers).
    bool hostCached = false;
};

class Buffer {
  public:
    Buffer(const Context& context, const BufferDesc& desc);
    Buffer(Buffer&&) noexcept = default;
    Buffer& operator=(Buffer&&) noexcept = default;
    ~Buffer();

    vk::Buffer handle() const { return *buffer_; }
    vk::DeviceSize sizeBytes() const { return size_; }

    /// The mapped bytes of a host-visible buffer (empty otherwise).
    std::span<std::byte> mapped() const { return mapped_; }
    /// Copies `bytes` into a host-visible buffer at `offset`.
    void write(std::span<const std::byte> bytes, vk::DeviceSize offset = 0);
    template <class T> void writeObject(const T& value, vk::DeviceSize offset = 0) {
        write(std::as_bytes(std::span<const T>(&value, 1)), offset);
    }

  private:
    vk::raii::Buffer buffer_{nullptr};
    vk::raii::DeviceMemory memory_{nullptr};
    vk::DeviceSize size_ = 0;
    std::span<std::byte> mapped_;
};

} // namespace skinsim::gpu

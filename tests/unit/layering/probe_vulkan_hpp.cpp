#include <vulkan/vulkan.hpp>
int probe() { return 0; }

#include "core/Limits.hpp"

namespace skinsim {

Status checkMapSize(std::int64_t width, std::int64_t height, const std::string& what,
                    std::int64_t maxCells) {
    const std::string size = std::to_string(width) + " x " + std::to_string(height);
    if (width < 1 || height < 1) {
        return Error::badInput(what + ": declares " + size + " cells; a map has at least one");
    }
    if (width > kMaxMapSide || height > kMaxMapSide) {
        return Error::badInput(what + ": declares " + size + " cells; the limit is " +
                               std::to_string(kMaxMapSide) + " per side");
    }
    if (width * height > maxCells) {
        return Error::badInput(what + ": declares " + size + " = " +
                               std::to_string(width * height) + " cells; the limit is " +
                               std::to_string(maxCells) + " cells");
    }
    return {};
}

} // namespace skinsim

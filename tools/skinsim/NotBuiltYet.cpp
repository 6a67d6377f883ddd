#include "Commands.hpp"

namespace skinsim::cli {

Error notBuiltYet(const std::string& command, const std::string& what) {
    return Error::failure("skinsim " + command + ": " + what +
                          " is not built yet in this version; the inputs were checked and are valid");
}

} // namespace skinsim::cli

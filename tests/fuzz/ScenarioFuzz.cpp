// libFuzzer target: a scenario file's text through parseJson and scenarioFromJson, and every
// scenario that loads written back with scenarioToJson: the written file must load again to the
// same JSON (what the studio's autosave relies on). Any exception, crash or mismatch is a finding.

#include "core/Json.hpp"
#include "core/Limits.hpp"
#include "sim/Scenario.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace skinsim;
    if (size > kMaxJsonFileBytes) {
        return 0; // readFile refuses those before parsing
    }
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto json = parseJson(text, "fuzz.json");
    if (!json) {
        return 0;
    }
    auto scenario = scenarioFromJson(*json, "fuzz.json");
    if (!scenario) {
        return 0;
    }
    const Json written = scenarioToJson(*scenario);
    auto again = scenarioFromJson(written, "written.json");
    if (!again || scenarioToJson(*again) != written) {
        std::abort(); // a valid scenario must write back as one, unchanged
    }
    return 0;
}

// libFuzzer target: the studio's autosave file as a crashed session might leave it (truncated,
// hand-edited, another version's), read by Autosave::leftBehind as the studio does at start. A
// recovery that reads is saved again (Autosave::save, what the studio does after the next edit)
// and must read back the same: the same scenario JSON and the same "opened_from". Autosave lives
// in skinsim_ui_model, which has no window, GLFW or ImGui.

#include "FuzzFiles.hpp"
#include "core/Limits.hpp"
#include "ui/Autosave.hpp"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace skinsim;
    if (size > kMaxJsonFileBytes) {
        return 0; // readJsonFile refuses those before parsing
    }
    const auto file = fuzz::scratchFolder() / "autosave.json";
    fuzz::writeBytes(file, reinterpret_cast<const char*>(data), size);
    ui::Autosave autosave(file);
    const auto left = autosave.leftBehind();
    if (!left.has_value()) {
        std::abort(); // the file is there
    }
    if (!*left) {
        return 0;
    }
    const ui::Recovery& recovered = left->value();
    if (recovered.savedUnixS < 0) {
        std::abort();
    }
    if (!autosave.save(recovered.scenario, recovered.openedFrom)) {
        std::abort(); // what was read must be writable
    }
    const auto again = autosave.leftBehind();
    if (!again.has_value() || !*again || again->value().openedFrom != recovered.openedFrom ||
        scenarioToJson(again->value().scenario) != scenarioToJson(recovered.scenario)) {
        std::abort(); // saved and read back, not the same
    }
    return 0;
}

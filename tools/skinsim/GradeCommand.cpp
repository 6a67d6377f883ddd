// skinsim grade: measures scars and roughness on a height map (issue 7 builds the analysis).

#include "Commands.hpp"

#include <filesystem>

namespace skinsim::cli {

namespace {
struct GradeOptions {
    std::string height;
    std::string out;
    double pixelUm = 0;
};
} // namespace

void addGradeCommand(CLI::App& app, CommandSet& set) {
    auto o = std::make_shared<GradeOptions>();
    auto* cmd = app.add_subcommand("grade", "Find, type and grade the scars on a measured height map");
    cmd->add_option("--height", o->height, "height.png (with height.json), height.exr, or a mesh")->required();
    cmd->add_option("--out", o->out, "Output JSON")->required();
    cmd->add_option("--pixel-um", o->pixelUm, "Pixel size in um (needed for EXR)")->check(CLI::Range(0.1, 10000.0));
    set.add(cmd, [o]() -> Status {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(o->height, ec)) {
            return Error::badInput(o->height + ": no such file");
        }
        return notBuiltYet("grade", "scar detection and grading");
    });
}

} // namespace skinsim::cli

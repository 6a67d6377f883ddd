// skinsim: parses the command line and dispatches to a subcommand. Exit codes (DESIGN.md 5):
// 0 success, 2 bad usage or bad input, 1 any other failure.

#include "Commands.hpp"

#include <cstdio>
#include <exception>
#include <iostream>
#include <new>

namespace {

int run(int argc, char** argv) {
    using namespace skinsim::cli;
    CLI::App app{"skinsim: simulates atrophic facial scars (acne, chickenpox) and what a course of "
                 "treatments does to them, with the range of outcomes published trials report.",
                 "skinsim"};
    app.set_version_flag("--version", std::string("skinsim ") + SKINSIM_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);

    CommandSet commands;
    addDemoCommand(app, commands);
    addGenerateCommand(app, commands);
    addSimulateCommand(app, commands);
    addRenderCommand(app, commands);
    addExportCommand(app, commands);
    addGradeCommand(app, commands);
    addReportCommand(app, commands);
    addViewCommand(app, commands);
    addValidateCommand(app, commands);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }

    const CommandAction* action = commands.selected();
    if (action == nullptr) {
        std::cerr << "skinsim: no subcommand given; see skinsim --help\n";
        return 2;
    }
    const skinsim::Status status = (*action)();
    if (!status) {
        std::cerr << "skinsim: " << status.error().message << "\n";
        return status.error().kind == skinsim::Error::Kind::BadInput ? 2 : 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    // The engine returns errors as values; anything thrown past it is a failure of ours or of the
    // machine, reported as one (exit 1), never an abort without a word.
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc&) {
        std::cerr << "skinsim: out of memory\n";
    } catch (const std::exception& e) {
        std::cerr << "skinsim: internal error: " << e.what() << "\n";
    } catch (...) {
        std::cerr << "skinsim: internal error: unknown exception\n";
    }
    return 1;
}

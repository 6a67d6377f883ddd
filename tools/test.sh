#!/usr/bin/env bash
# Sets up what is missing, builds and runs the whole test suite with ctest.
#   tools/test.sh                 Release build, every test (unit, cli, gpu on lavapipe, studio)
#   tools/test.sh --preset asan   AddressSanitizer + UBSan build: unit tests and the CLI tests
#   tools/test.sh --preset tsan   ThreadSanitizer build, unit tests of the threaded code
#   tools/test.sh -R Scenario     extra arguments go to ctest
# Works from any folder. SKINSIM_WERROR=1 turns warnings into errors (CI sets it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

preset=release
if [ "${1:-}" = "--preset" ]; then
  preset="$2"
  shift 2
fi

ctest_args=(--test-dir "$SKINSIM_ROOT/build/$preset" --output-on-failure -j "${SKINSIM_JOBS:-2}")
if [ "$preset" = "asan" ]; then
  # The sanitizer run: the unit tests, and the CLI tests running an ASan-built skinsim (bad input,
  # output folders, grading, the GPU commands with the driver kept loaded: tests/cli). Left out:
  # the layering probes (they compile, they do not run code); the out-of-memory test, since ASan's
  # operator new aborts where the plain build throws std::bad_alloc (RunSkinsim.hpp); and the kill
  # test (80 s under ASan: its runs are killed before exit, and its complete ones are the rerun
  # test's). Measured on 2 cores: the CLI tests take 2 min under ASan at -j2.
  skinsim_build asan skinsim_unit_tests cli_tests
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  ctest_args+=(-L "unit|cli" -E "ModelLayers|CliBadInput.RunningOutOfMemory|CliOutput.KillingSimulate")
elif [ "$preset" = "tsan" ]; then
  # The ThreadSanitizer run: the unit tests of the threaded code. What it builds (the build
  # preset's targets), which tests run and TSAN_OPTIONS are all in CMakePresets.json.
  skinsim_build tsan
  cd "$SKINSIM_ROOT"
  ctest_args=(--preset tsan -j "${SKINSIM_JOBS:-2}")
else
  skinsim_build "$preset"
fi

# Tests that open windows run under a virtual X server when no display is available.
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" ctest "${ctest_args[@]}" "$@"
fi
exec ctest "${ctest_args[@]}" "$@"

#!/usr/bin/env bash
# Sets up what is missing, builds and runs the whole test suite with ctest.
#   tools/test.sh                 Release build, every test (unit, cli, gpu on lavapipe, studio)
#   tools/test.sh --preset asan   AddressSanitizer + UBSan build, model unit tests only
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
  # The sanitizer run covers the model (no Vulkan driver inside: its own allocations are not ours).
  skinsim_build asan skinsim_unit_tests
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  ctest_args+=(-L unit -E "ModelLayers")
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

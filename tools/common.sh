# Shared by tools/run.sh and tools/test.sh: install what is missing, configure and build a preset.
# Usage: source tools/common.sh; skinsim_build PRESET [TARGET...] (no TARGET: the build preset's)

SKINSIM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

skinsim_build() {
  local preset="$1"
  shift
  "$SKINSIM_ROOT/tools/deps.sh"
  local extra=()
  # CI (and anyone who asks) treats warnings as errors.
  if [ "${SKINSIM_WERROR:-0}" = "1" ]; then extra+=(-DSKINSIM_WERROR=ON); fi
  (cd "$SKINSIM_ROOT" && cmake --preset "$preset" "${extra[@]}" >/dev/null)
  if [ $# -eq 0 ]; then
    # What the build preset names: everything, or its "targets" (the tsan preset's unit tests).
    (cd "$SKINSIM_ROOT" && cmake --build --preset "$preset" -j "${SKINSIM_JOBS:-2}")
    return
  fi
  local targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build "$SKINSIM_ROOT/build/$preset" -j "${SKINSIM_JOBS:-2}" "${targets[@]}"
}

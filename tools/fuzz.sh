#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang 14, ASan + UBSan) and runs each one for a
# while from its seed corpus; any finding (crash, leak, sanitizer report, timeout) fails the run
# and leaves the input in build/fuzz/findings/TARGET/.
#   tools/fuzz.sh                 every target, 60 s each
#   tools/fuzz.sh 600 scenario    one target, ten minutes
# SKINSIM_FUZZ_SEED=N fixes libFuzzer's seed (CI: the same inputs on every run, so a finding is
# one the change brought, reproducible with the same seed); unset, each run draws its own.
# New corpus entries go to build/fuzz/corpus/TARGET, never into the source tree.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(scenario height_map height_map_round_trip mesh autosave)
fi

build_targets=()
for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
skinsim_build fuzz "${build_targets[@]}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Leaks inside Debian's Assimp, not ours (the file says which and why).
export LSAN_OPTIONS="suppressions=$SKINSIM_ROOT/tests/fuzz/lsan-suppressions.txt"
fuzz_dir="$SKINSIM_ROOT/build/fuzz"
for t in "${targets[@]}"; do
  corpus="$fuzz_dir/corpus/$t"
  findings="$fuzz_dir/findings/$t"
  mkdir -p "$corpus" "$findings"
  echo "fuzz: $t for $seconds s"
  folders=("$corpus" "$SKINSIM_ROOT/tests/fuzz/corpus/$t")
  if [ -d "$SKINSIM_ROOT/tests/fuzz/regressions/$t" ]; then
    folders+=("$SKINSIM_ROOT/tests/fuzz/regressions/$t")
  fi
  # -rss_limit_mb: the 4 GB the CLI tests allow; -malloc_limit_mb: no single allocation of more
  # than 1 GB (skinsim's own largest, a 4096² float map, is 64 MB; a reader reserving what a few
  # bytes declare is a finding before it costs the machine); -timeout: 10 s an input at most.
  seed=()
  if [ -n "${SKINSIM_FUZZ_SEED:-}" ]; then seed=(-seed="$SKINSIM_FUZZ_SEED"); fi
  "$fuzz_dir/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=4096 \
    -malloc_limit_mb=1024 -timeout=10 "${seed[@]}" -max_len=65536 -artifact_prefix="$findings/" \
    -print_final_stats=1 "${folders[@]}"
done

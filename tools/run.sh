#!/usr/bin/env bash
# Sets up what is missing, builds Release and runs `skinsim ARGS` (default: `demo`).
# Works from any folder: tools/run.sh generate --scenario moderate --out /tmp/patch
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
skinsim_build release skinsim >&2
if [ $# -eq 0 ]; then set -- demo; fi
exec "$SKINSIM_ROOT/build/release/tools/skinsim/skinsim" "$@"

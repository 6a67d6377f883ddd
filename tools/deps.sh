#!/usr/bin/env bash
# Installs the Debian packages skinsim builds and tests with, only those that are missing.
# Idempotent: when everything is present it does nothing and needs no network. Also the npm
# package the export tests use (below).
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  clang-14 libclang-rt-14-dev
  libvulkan-dev mesa-vulkan-drivers glslc vulkan-validationlayers vulkan-tools
  libglfw3-dev libglm-dev libimgui-dev libassimp-dev libstb-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  nlohmann-json3-dev libcli11-dev libfftw3-dev libpng-dev libtinyexr-dev
  xvfb xauth xdotool
  help2man desktop-file-utils libglib2.0-bin
  chromium poppler-utils
)
# Node and npm (the glTF validator below): Debian's, unless the machine has its own.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then packages+=(nodejs npm); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "skinsim: installing missing Debian packages: ${missing[*]}" >&2
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Khronos glTF validator, which the export tests read skinsim's .glb files with
# (tests/cli/validate-gltf.mjs): from the npm registry into build/node, once, at a fixed version.
node_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build/node"
if [ ! -f "$node_dir/node_modules/gltf-validator/package.json" ]; then
  echo "skinsim: installing the glTF validator (npm gltf-validator) into build/node" >&2
  mkdir -p "$node_dir"
  # Only the tests need it: without the npm registry skinsim still builds and runs, and the
  # export test fails saying the module is missing.
  npm install --prefix "$node_dir" --no-audit --no-fund --silent gltf-validator@2.0.0-dev.3.10 \
    >/dev/null || echo "skinsim: npm could not install gltf-validator; CliExport will fail" >&2
fi

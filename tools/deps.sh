#!/usr/bin/env bash
# Installs the Debian packages skinsim builds and tests with, only those that are missing.
# Idempotent: when everything is present it does nothing and needs no network.
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
  chromium
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "skinsim: installing missing Debian packages: ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

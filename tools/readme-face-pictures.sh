#!/usr/bin/env bash
# Renders the face pictures the README shows (assets/readme/face/): the `moderate` preset's scars
# on the default head, day 0, for Fitzpatrick types I, III and VI: the head at 50 cm (640x400) and
# the three distances `--camera` offers (480x360), in clinical and raking light.
#   tools/readme-face-pictures.sh            all pictures
#   tools/readme-face-pictures.sh OUT_DIR    into another folder (e.g. to compare)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/assets/readme/face}"
skinsim="${SKINSIM_EXE:-$root/build/release/tools/skinsim/skinsim}"
[ -x "$skinsim" ] || { echo "build first: tools/run.sh --help" >&2; exit 1; }
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The moderate preset with another patient: scenario TYPE SEX -> its path.
scenario() {
  python3 - "$root/assets/scenarios/moderate.json" "$1" "$2" "$work/type$1-$2.json" <<'PY'
import json, sys
preset, fitzpatrick, sex, dest = sys.argv[1:5]
s = json.load(open(preset))
s["patient"]["fitzpatrick"] = int(fitzpatrick)
s["patient"]["sex"] = sex
json.dump(s, open(dest, "w"))
PY
  echo "$work/type$1-$2.json"
}
render() { # TYPE SEX LIGHT CAMERA WIDTH HEIGHT NAME
  "$skinsim" render --scenario "$(scenario "$1" "$2")" --view face --light "$3" --camera "$4" \
    --width "$5" --height "$6" --out "$out/$7.png" >/dev/null
}

render 1 female clinical social 640 400 type1-female-clinical
render 3 male raking social 640 400 type3-male-raking
render 6 female clinical social 640 400 type6-female-clinical
for camera in close-up arm social; do
  render 1 female clinical "$camera" 480 360 "type1-$camera-clinical"
  render 3 male clinical "$camera" 480 360 "type3-$camera-clinical"
  render 3 male raking "$camera" 480 360 "type3-$camera-raking"
  render 6 female clinical "$camera" 480 360 "type6-$camera-clinical"
done
echo "pictures in $out"

#!/usr/bin/env bash
# Renders the pictures the README shows (assets/readme/): each preset before and after in raking
# and clinical light, and a strip of days 0, 1, 3, 7 and 30 after one session of each modality.
# Needs a Release build (tools/run.sh builds one) and python3-pil for the strips' montage.
#   tools/readme-pictures.sh            all pictures
#   tools/readme-pictures.sh OUT_DIR    into another folder (e.g. to compare with the committed ones)
#   SKINSIM_EXE=/path/to/skinsim tools/readme-pictures.sh OUT_DIR
#                                       with another build (the README's "before" pictures were made
#                                       with the build of commit b04ab6b)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/assets/readme}"
skinsim="${SKINSIM_EXE:-$root/build/release/tools/skinsim/skinsim}"
[ -x "$skinsim" ] || { echo "build first: tools/run.sh --help" >&2; exit 1; }
# Debian's python3 with python3-pil (another python3 first on the PATH may lack it).
py=/usr/bin/python3
"$py" -c 'import PIL' 2>/dev/null || apt-get install -y python3-pil >/dev/null
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Presets: split day 0 | last observed day, raking and clinical light.
for preset in mild moderate severe chickenpox; do
  last=$(python3 -c "import json,sys; print(json.load(open('$root/assets/scenarios/$preset.json'))['observe_days'][-1])")
  for light in raking clinical; do
    "$skinsim" render --scenario "$preset" --day "$last" --compare split --light "$light" \
      --width 400 --height 250 --out "$out/$preset-$light-split.png" >/dev/null
  done
done

# One session of each modality on day 0 (Fitzpatrick IV cheek with mixed scars), days 0/1/3/7/30.
modalities=(fractional_co2 fractional_erbium nonablative_fractional microneedling
            "chemical_peel:medium" tca_cross subcision punch_excision ha_filler)
for entry in "${modalities[@]}"; do
  name="${entry%%:*}"
  params=""
  if [ "$entry" != "$name" ]; then params=", \"params\": {\"depth\": \"${entry#*:}\"}"; fi
  scenario="$work/$name.json"
  cat > "$scenario" <<JSON
{"name": "$name once", "seed": 7, "patch": {"region": "cheek", "size_mm": [16, 16], "pixel_um": 25},
 "patient": {"fitzpatrick": 4, "age": 35},
 "scars": {"random": [{"type": "icepick", "count": 3}, {"type": "boxcar", "count": 2},
                      {"type": "rolling", "count": 1}]},
 "plan": [{"day": 0, "treatment": "$name"$params}], "observe_days": [0, 1, 3, 7, 30]}
JSON
  for day in 0 1 3 7 30; do
    "$skinsim" render --scenario "$scenario" --day "$day" --light clinical --width 320 --height 240 \
      --out "$work/$name-$day.png" >/dev/null
  done
  "$py" - "$work" "$name" "$out/healing-$name.png" <<'PY'
import sys
from PIL import Image, ImageDraw
work, name, dest = sys.argv[1:4]
days = [0, 1, 3, 7, 30]
tiles = [Image.open(f"{work}/{name}-{d}.png").convert("RGB").crop((60, 30, 260, 230)) for d in days]
strip = Image.new("RGB", (200 * len(tiles), 240), (20, 21, 24))
draw = ImageDraw.Draw(strip)
for i, (d, t) in enumerate(zip(days, tiles)):
    strip.paste(t, (200 * i, 22))
    draw.text((200 * i + 6, 5), f"{name.replace('_', ' ')}: day {d}", fill=(235, 235, 235))
# Every exported picture says it is simulated.
draw.text((200 * len(tiles) - 62, 226), "Simulated", fill=(235, 235, 235))
strip.save(dest, optimize=True)
PY
done
echo "pictures in $out"

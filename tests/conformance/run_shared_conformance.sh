#!/bin/sh
# Runs ../shared/tools/conformance.py against mbus-cli; exit 77 (ctest: skipped) when the shared
# folder or python3 is absent. The script fails on any crash or hang, or below MIN_FRAMES.
# 36 of 76 is its ceiling while the corpus' expected files spell °C double-encoded ("Â°C", 38
# frames) and scale fixed-data counters differently; conformance.libmbus checks all 76 frames
# with those normalisations.
set -u
cli="$1"
shared="$2"
min_frames="$3"
script="$shared/tools/conformance.py"
if [ ! -f "$script" ] || [ ! -d "$shared/corpus/libmbus" ] || ! command -v python3 >/dev/null 2>&1; then
    echo "skipped: $script or python3 not available"
    exit 77
fi
exec python3 "$script" --cli "$cli" --min-frames "$min_frames"

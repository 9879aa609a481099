#!/bin/sh
# Starts an unpacked desktop product on the current X display, waits for its window, writes a
# screenshot and prints the time from start to first window. Usage:
#   screenshot-product.sh <product folder> <screenshot.png> [window title] [extra arguments...]
# Run it under xvfb-run (needs xwininfo from x11-utils and import from imagemagick).
set -eu
product=$1 shot=$2 title=${3:-Switchboard}
if [ $# -ge 3 ]; then shift 3; else shift $#; fi
data=$(mktemp -d)
start=$(date +%s%N)
SWITCHBOARD_DATA="$data" "$product/switchboard" "$@" >"$data/out.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
deadline=$(( $(date +%s) + 60 ))
# The workbench creates small hidden shells first; the agent's window is the first large one.
window_shown() {
  xwininfo -root -tree 2>/dev/null | grep "\"$title" \
    | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+\+/) { split($i, g, "x"); if (g[1] >= 600) found = 1 } }
           END { exit !found }'
}
until window_shown; do
  if ! kill -0 $pid 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
    echo "No window titled '$title' appeared; product output:" >&2
    cat "$data/out.log" >&2
    exit 1
  fi
  sleep 0.05
done
shown=$(date +%s%N)
echo "first window after $(( (shown - start) / 1000000 )) ms"
sleep "${SETTLE_SECONDS:-3}"
import -window root "$shot"
echo "screenshot: $shot"

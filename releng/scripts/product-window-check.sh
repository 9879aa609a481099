#!/bin/sh
# Unpacks nothing: starts an unpacked desktop product on the current X display, waits for its
# workbench window, prints the time from start to that window, optionally writes a screenshot,
# then stops the product. Fails when no window appears within a minute.
#   product-window-check.sh <product folder> [screenshot.png]
# Run it under xvfb-run; needs xwininfo (x11-utils), and import (imagemagick) for a screenshot.
set -eu
product=$1 shot=${2-}
title=Switchboard
data=$(mktemp -d)
start=$(date +%s%N)
SWITCHBOARD_DATA="$data/workspace" "$product/switchboard" >"$data/out.log" 2>&1 &
pid=$!
stop_product() {
  status=$?
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  rm -rf "$data"
  exit $status
}
trap stop_product EXIT

# The workbench creates small hidden shells first; the agent's window is the first large one.
window_shown() {
  xwininfo -root -tree 2>/dev/null | grep "\"$title" \
    | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+\+/) { split($i, g, "x"); if (g[1] >= 600) found = 1 } }
           END { exit !found }'
}
deadline=$(( $(date +%s) + 60 ))
until window_shown; do
  if ! kill -0 $pid 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
    echo "FAILED: no workbench window appeared; product output:" >&2
    cat "$data/out.log" >&2
    exit 1
  fi
  sleep 0.05
done
shown=$(date +%s%N)
echo "Workbench window shown $(( (shown - start) / 1000000 )) ms after start"
if [ -n "$shot" ]; then
  sleep "${SETTLE_SECONDS:-3}"
  import -window root "$shot"
  echo "Screenshot: $shot"
fi

#!/bin/sh
# The agent's layout survives a restart of the packaged desktop: starts it on a fresh workspace,
# changes the layout as an agent would (resizes the workbench window, and maximizes the Voice view
# with Ctrl+M so the other stacks are minimized to the trim), stops the desktop with SIGTERM (as a
# logout does), starts it again on the same workspace and checks that the window comes back at the
# new size with the Voice view still maximized. Run it under xvfb-run; needs xwininfo (x11-utils)
# and xdotool.
#   layout-restore-check.sh <desktop product folder>
set -eu
product=$1
title=Switchboard
data=$(mktemp -d)
pid=""
stop_desktop() {
  status=$?
  [ -z "$pid" ] || kill $pid 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$data"
  exit $status
}
trap stop_desktop EXIT

fail() {
  echo "FAILED: $*" >&2
  echo "--- desktop output:" >&2
  cat "$data/out.log" >&2
  if [ -f "$data/workspace/.metadata/.log" ]; then
    echo "--- workbench log:" >&2
    cat "$data/workspace/.metadata/.log" >&2
  fi
  exit 1
}

start_desktop() {
  SWITCHBOARD_DATA="$data/workspace" "$product/switchboard" >>"$data/out.log" 2>&1 &
  pid=$!
}

# The workbench window: the first visible window titled Switchboard at least 600 pixels wide (the
# workbench creates small hidden shells first).
workbench_window() {
  for w in $(xdotool search --onlyvisible --name "^$title" 2>/dev/null); do
    width=$(xwininfo -id "$w" 2>/dev/null | awk '/Width:/ { print $2 }')
    if [ -n "$width" ] && [ "$width" -ge 600 ]; then
      echo "$w"
      return 0
    fi
  done
  return 1
}

wait_for_window() {
  deadline=$(( $(date +%s) + 60 ))
  until window=$(workbench_window); do
    kill -0 $pid 2>/dev/null || fail "the desktop exited"
    [ "$(date +%s)" -le "$deadline" ] || fail "no workbench window within 60 s"
    sleep 0.1
  done
  echo "$window"
}

size_of() {
  xwininfo -id "$1" | awk '/Width:/ { w = $2 } /Height:/ { h = $2 } END { print w "x" h }'
}

model="$data/workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"
# Whether the saved layout has a maximized part stack (the views inside a window are not X windows,
# so a maximized view is seen in the model the desktop saves when it stops).
saved_maximized() {
  grep -q '<tags>Maximized</tags>' "$model" 2>/dev/null
}

stop_with_sigterm() {
  kill -TERM $pid
  deadline=$(( $(date +%s) + 30 ))
  while kill -0 $pid 2>/dev/null; do
    [ "$(date +%s)" -le "$deadline" ] || fail "the desktop did not stop within 30 s of SIGTERM"
    sleep 0.1
  done
  wait $pid 2>/dev/null || true
  pid=""
}

start_desktop
window=$(wait_for_window)
first=$(size_of "$window")
width=${first%x*} height=${first#*x}
new_width=$(( width - 173 )) new_height=$(( height - 97 ))
wanted="${new_width}x${new_height}"

xdotool windowsize "$window" "$new_width" "$new_height"
deadline=$(( $(date +%s) + 10 ))
until [ "$(size_of "$window")" = "$wanted" ]; do
  [ "$(date +%s)" -le "$deadline" ] || fail "the window did not take the size $wanted (is $(size_of "$window"))"
  sleep 0.1
done
# Close the login dialog the workbench opens (Escape), click into the Voice view to make it the
# active part, and maximize it the way an agent does from the keyboard (Ctrl+M).
login_shown() {
  xwininfo -root -tree 2>/dev/null | grep -q '"Log in to the contact center'
}
deadline=$(( $(date +%s) + 30 ))
until login_shown; do
  [ "$(date +%s)" -le "$deadline" ] || fail "the login dialog did not open within 30 s"
  sleep 0.1
done
sleep 1
deadline=$(( $(date +%s) + 30 ))
while login_shown; do
  [ "$(date +%s)" -le "$deadline" ] || fail "Escape did not close the login dialog"
  xdotool key Escape
  sleep 1
done
xdotool windowfocus --sync "$window"
xdotool mousemove --window "$window" 120 300 click 1
sleep 1
xdotool windowfocus --sync "$window"
xdotool key --clearmodifiers ctrl+m
sleep 3
stop_with_sigterm
[ -f "$model" ] || fail "the desktop saved no layout when it was stopped"
saved_maximized || fail "the desktop did not save the maximized view"
rm "$model.bak" 2>/dev/null || true
cp "$model" "$data/first-session.xmi"

start_desktop
window=$(wait_for_window)
sleep 1
restored=$(size_of "$window")
[ "$restored" = "$wanted" ] || fail "the window came back at $restored instead of $wanted (first start: $first)"
# A desktop that started from a fresh layout would save it without the maximized stack.
rm -f "$model"
stop_with_sigterm
[ -f "$model" ] || fail "the desktop saved no layout when stopped the second time"
saved_maximized || fail "the second session did not start from the saved layout: the maximized view is gone"
echo "Layout restored after a restart: window $restored (first start $first), the maximized view kept"

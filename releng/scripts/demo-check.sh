#!/bin/sh
# The demo end to end, from the packaged products: starts the server (fresh data, free ports, no
# demo calls, the simulator's endpoints on), then the desktop logged in from the environment as agent
# a1 and going Ready. The simulator's account logs in over REST and places one customer call in a1's queue; the check passes when the call
# leaves the queue, i.e. the desktop is logged in, Ready, and was offered it. Prints the time from
# the desktop's start to that moment. Run under a display (xvfb-run); needs curl.
#   demo-check.sh <desktop product folder> <server product folder>
set -eu
desktop=$1 server=$2
work=$(mktemp -d)
SWITCHBOARD_SERVER_DATA="$work/server" SWITCHBOARD_REST_PORT=0 SWITCHBOARD_SOAP_PORT=0 SWITCHBOARD_SIMULATOR=endpoints \
  "$server/switchboard-server" >"$work/server.log" 2>&1 &
server_pid=$!
desktop_pid=""
stop_all() {
  status=$?
  [ -z "$desktop_pid" ] || kill $desktop_pid 2>/dev/null || true
  kill $server_pid 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
  exit $status
}
trap stop_all EXIT

fail() {
  echo "FAILED: $*" >&2
  echo "--- server output:" >&2; cat "$work/server.log" >&2
  [ ! -f "$work/desktop.log" ] || { echo "--- desktop output:" >&2; cat "$work/desktop.log" >&2; }
  exit 1
}

deadline=$(( $(date +%s) + 60 ))
api=""
until [ -n "$api" ]; do
  kill -0 $server_pid 2>/dev/null || fail "the server exited"
  [ "$(date +%s)" -le "$deadline" ] || fail "the server was not ready within 60 s"
  api=$(sed -n 's|^Switchboard server ready: REST \(http://127\.0\.0\.1:[0-9]*/api/v1/\) .*|\1|p' "$work/server.log")
  sleep 0.05
done

token=$(curl -sS -f -m 5 -H 'Content-Type: application/json' -d '{"agentId":"sim","password":"sim-demo"}' \
  "${api}sessions" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || fail "the simulator's account could not log in"
curl -sS -f -m 5 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"queueId":"sales","callerName":"Dana Whitfield","callerNumber":"+12015550188"}' "${api}sim/calls" >/dev/null \
  || fail "the customer call could not be placed"

start=$(date +%s%N)
SWITCHBOARD_DATA="$work/desktop" SWITCHBOARD_SERVER="$api" SWITCHBOARD_AGENT=a1 SWITCHBOARD_PASSWORD=a1-demo \
  SWITCHBOARD_READY=true "$desktop/switchboard" >"$work/desktop.log" 2>&1 &
desktop_pid=$!

deadline=$(( $(date +%s) + 60 ))
while :; do
  kill -0 $desktop_pid 2>/dev/null || fail "the desktop exited"
  [ "$(date +%s)" -le "$deadline" ] || fail "the desktop did not log in and go Ready within 60 s"
  queues=$(curl -sS -f -m 5 -H "Authorization: Bearer $token" "${api}queues") || fail "GET ${api}queues failed"
  if printf '%s' "$queues" | grep -q '"id":"sales"[^}]*"waiting":0'; then
    break
  fi
  sleep 0.05
done
offered=$(date +%s%N)
echo "Desktop logged in as a1, went Ready and was offered the waiting call $(( (offered - start) / 1000000 )) ms after start"

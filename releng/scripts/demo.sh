#!/bin/sh
# Runs the Switchboard demo: builds the products when they are missing (or with --rebuild), starts
# the reference server in the background (demo agents and queues, a customer call every 5 s while
# an agent is Ready), then the desktop, logged in as demo agent a1 and Ready; the server stops when
# the desktop exits. SWITCHBOARD_AGENT, SWITCHBOARD_PASSWORD, SWITCHBOARD_SERVER, SWITCHBOARD_READY
# and SWITCHBOARD_SIMULATOR_INTERVAL override these defaults. Arguments after the options go to the
# workbench. The server's output goes to $SWITCHBOARD_DEMO_LOG (default
# ~/.switchboard/demo-server.log).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
products="$root/releng/org.switchboard.repository/target/products"
desktop="$products/org.switchboard.desktop/linux/gtk/x86_64/switchboard"
server="$products/org.switchboard.server/linux/gtk/x86_64/switchboard-server"
if [ "${1-}" = "--rebuild" ] || [ ! -x "$desktop/switchboard" ] || [ ! -x "$server/switchboard-server" ]; then
  [ "${1-}" = "--rebuild" ] && shift
  echo "Building the desktop and server products (first time: a few minutes, Maven Central downloads)..."
  (cd "$root" && ./mvnw -B -q verify -DskipTests)
fi
log=${SWITCHBOARD_DEMO_LOG:-$HOME/.switchboard/demo-server.log}
mkdir -p "$(dirname "$log")"
SWITCHBOARD_SIMULATOR_INTERVAL=${SWITCHBOARD_SIMULATOR_INTERVAL:-5} "$server/switchboard-server" >"$log" 2>&1 &
server_pid=$!
stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT
trap 'exit 130' INT TERM
# The desktop does not need the server to start; wait briefly so its address can be shown.
i=0
while [ $i -lt 300 ] && ! grep -q '^Switchboard server ready' "$log" 2>/dev/null; do
  kill -0 "$server_pid" 2>/dev/null || { echo "The server did not start; its output ($log):" >&2; cat "$log" >&2; exit 1; }
  sleep 0.1
  i=$((i + 1))
done
grep '^Switchboard server ready' "$log" || echo "The server is still starting; its output goes to $log"
echo "Demo agents: a1 / a1-demo, a2 / a2-demo, a3 / a3-demo; the desktop logs in as ${SWITCHBOARD_AGENT:-a1}"
SWITCHBOARD_SERVER=${SWITCHBOARD_SERVER:-http://127.0.0.1:8471/api/v1/} \
SWITCHBOARD_AGENT=${SWITCHBOARD_AGENT:-a1} \
SWITCHBOARD_PASSWORD=${SWITCHBOARD_PASSWORD:-a1-demo} \
SWITCHBOARD_READY=${SWITCHBOARD_READY:-true} \
  "$desktop/switchboard" "$@"

#!/bin/sh
# Starts an unpacked server product with a fresh data folder on free loopback ports and 50 demo
# agents, waits until a demo agent can log in over REST and read the system state with its token
# (and the generated agent a50 can log in, a51 cannot), prints the time from
# start to that answer, then stops the server with SIGTERM and checks that it exits and kept its
# H2 store. Fails when the server is not ready within a minute.
#   server-check.sh <server product folder>
# Needs curl.
set -eu
product=$1
work=$(mktemp -d)
log="$work/out.log"
start=$(date +%s%N)
SWITCHBOARD_SERVER_DATA="$work/data" SWITCHBOARD_REST_PORT=0 SWITCHBOARD_SOAP_PORT=0 SWITCHBOARD_DEMO_AGENTS=50 \
  "$product/switchboard-server" >"$log" 2>&1 &
pid=$!
stop_server() {
  status=$?
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  rm -rf "$work"
  exit $status
}
trap stop_server EXIT

fail() {
  echo "FAILED: $*; server output:" >&2
  cat "$log" >&2
  exit 1
}

deadline=$(( $(date +%s) + 60 ))
token=""
while :; do
  kill -0 $pid 2>/dev/null || fail "the server exited"
  [ "$(date +%s)" -le "$deadline" ] || fail "not ready within 60 s"
  api=$(sed -n 's|^Switchboard server ready: REST \(http://127\.0\.0\.1:[0-9]*/api/v1/\) .*|\1|p' "$log")
  if [ -n "$api" ]; then
    login=$(curl -sS -f -m 5 -H 'Content-Type: application/json' \
      -d '{"agentId":"a1","password":"a1-demo"}' "${api}sessions" 2>/dev/null) || login=""
    token=$(printf '%s' "$login" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    if [ -n "$token" ]; then
      system=$(curl -sS -f -m 5 -H "Authorization: Bearer $token" "${api}system") \
        || fail "GET ${api}system with the session's token was refused"
      break
    fi
  fi
  sleep 0.05
done
ready=$(date +%s%N)
echo "Server ready $(( (ready - start) / 1000000 )) ms after start: ${api} answers $system"
printf '%s' "$system" | grep -q '"state":"[A-Z_]*"' || fail "unexpected system state $system"
agent_login() {
  curl -sS -o /dev/null -w '%{http_code}' -m 5 -H 'Content-Type: application/json' \
    -d "{\"agentId\":\"$1\",\"password\":\"$1-demo\"}" "${api}sessions"
}
[ "$(agent_login a50)" = 200 ] || fail "generated demo agent a50 (SWITCHBOARD_DEMO_AGENTS=50) could not log in"
[ "$(agent_login a51)" = 401 ] || fail "a51 logged in although SWITCHBOARD_DEMO_AGENTS=50"
echo "SWITCHBOARD_DEMO_AGENTS=50: a50 logs in, a51 is unknown"
soap=$(sed -n 's|^Switchboard server ready: .* SOAP \(http://127\.0\.0\.1:[0-9]*/soap/callcontrol\)$|\1|p' "$log")
[ -n "$soap" ] || fail "the server did not say where SOAP answers"
curl -sS -f -m 5 "$soap?wsdl" | grep -q 'urn:switchboard:callcontrol:2' || fail "no WSDL at $soap?wsdl"
echo "SOAP call control publishes its WSDL at $soap?wsdl"

kill -TERM $pid
waited=0
while kill -0 $pid 2>/dev/null; do
  [ $waited -lt 400 ] || fail "still running 20 s after SIGTERM"
  sleep 0.05
  waited=$((waited + 1))
done
wait $pid 2>/dev/null || true
[ -s "$work/data/switchboard-server.mv.db" ] || fail "no H2 store in the data folder"
echo "Server stopped on SIGTERM within $(( waited * 50 )) ms; its store is in the data folder"

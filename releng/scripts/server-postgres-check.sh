#!/bin/sh
# The server product's store on PostgreSQL. Always: with a PostgreSQL URL where nothing listens the
# server reports the refused connection from PostgreSQL's own driver (the product reaches the driver).
# With SWITCHBOARD_TEST_POSTGRES_URL, _USER and _PASSWORD set (.ci/run starts such a cluster on
# loopback): the server starts on that database, a demo agent logs in, and it stops on SIGTERM.
#   server-postgres-check.sh <server product folder>
# Needs curl.
set -eu
product=$1
work=$(mktemp -d)
pid=""
stop_server() {
  status=$?
  if [ -n "$pid" ]; then
    kill $pid 2>/dev/null || true
    wait $pid 2>/dev/null || true
  fi
  rm -rf "$work"
  exit $status
}
trap stop_server EXIT

fail() {
  echo "FAILED: $*; server output:" >&2
  cat "$work/out.log" >&2
  exit 1
}

start() {
  SWITCHBOARD_SERVER_DATA="$work/data" SWITCHBOARD_REST_PORT=0 SWITCHBOARD_SOAP_PORT=0 \
    SWITCHBOARD_STORE_URL="$1" SWITCHBOARD_STORE_USER="$2" SWITCHBOARD_STORE_PASSWORD="$3" \
    "$product/switchboard-server" >"$work/out.log" 2>&1 &
  pid=$!
}

stop() {
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  pid=""
}

# A port nothing listens on: bound, then released.
closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
start "jdbc:postgresql://127.0.0.1:$closed/switchboard" switchboard unused
deadline=$(( $(date +%s) + 60 ))
until grep -q "Connection to 127.0.0.1:$closed refused" "$work/out.log"; do
  grep -q "No suitable driver" "$work/out.log" && fail "the product does not reach PostgreSQL's JDBC driver"
  [ "$(date +%s)" -le "$deadline" ] || fail "no word of the refused PostgreSQL connection within 60 s"
  sleep 0.2
done
stop
echo "PostgreSQL URL with nothing listening: the server says the connection was refused"

if [ -z "${SWITCHBOARD_TEST_POSTGRES_URL-}" ]; then
  echo "SKIPPED the server product on a running PostgreSQL: SWITCHBOARD_TEST_POSTGRES_URL is not set"
  exit 0
fi
rm -rf "$work/data"
start "$SWITCHBOARD_TEST_POSTGRES_URL" "${SWITCHBOARD_TEST_POSTGRES_USER-}" "${SWITCHBOARD_TEST_POSTGRES_PASSWORD-}"
deadline=$(( $(date +%s) + 60 ))
while :; do
  kill -0 $pid 2>/dev/null || fail "the server exited"
  [ "$(date +%s)" -le "$deadline" ] || fail "not ready on PostgreSQL within 60 s"
  api=$(sed -n 's|^Switchboard server ready: REST \(http://127\.0\.0\.1:[0-9]*/api/v1/\) .*|\1|p' "$work/out.log")
  if [ -n "$api" ]; then
    status=$(curl -sS -o /dev/null -w '%{http_code}' -m 5 -H 'Content-Type: application/json' \
      -d '{"agentId":"a1","password":"a1-demo"}' "${api}sessions" 2>/dev/null) || status=""
    [ "$status" = 200 ] && break
  fi
  sleep 0.1
done
stop
echo "The server product ran on PostgreSQL ($SWITCHBOARD_TEST_POSTGRES_URL): a1 logged in, stopped on SIGTERM"

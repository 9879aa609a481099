#!/bin/sh
# Runs the Switchboard demo: builds the desktop product when it is missing (or with --rebuild),
# then starts it. Arguments after the options go to the workbench.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/releng/org.switchboard.repository/target/products/org.switchboard.desktop/linux/gtk/x86_64/switchboard"
if [ "${1-}" = "--rebuild" ] || [ ! -x "$product/switchboard" ]; then
  [ "${1-}" = "--rebuild" ] && shift
  echo "Building the desktop product (first time: a few minutes, Maven Central downloads)..."
  (cd "$root" && ./mvnw -B -q verify -DskipTests)
fi
exec "$product/switchboard" "$@"

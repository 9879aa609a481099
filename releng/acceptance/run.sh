#!/bin/sh
# Product acceptance suite: the packaged server and desktop, worked as an agent works them, judged
# by what is on screen (see acceptance.py and README's "Acceptance tests").
#   run.sh [<desktop product folder> <server product folder>]
# Without arguments it uses the products the build left under releng/org.switchboard.repository/target.
# ACCEPTANCE_MODES=openbox|none (default both), ACCEPTANCE_ONLY=<regex of scenario titles>.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
products="$here/../org.switchboard.repository/target/products"
desktop=${1:-$products/org.switchboard.desktop/linux/gtk/x86_64/switchboard}
server=${2:-$products/org.switchboard.server/linux/gtk/x86_64/switchboard-server}
for p in "$desktop/switchboard" "$server/switchboard-server"; do
  [ -x "$p" ] || { echo "FAIL setup: $p is missing: build the products first (./mvnw -B verify -DskipTests)"; echo "0 passed, 1 failed"; exit 1; }
done
# Debian's python3 carries pyatspi and PIL (python3-pyatspi, python3-pil); another python on the PATH may not.
python=/usr/bin/python3
[ -x "$python" ] || python=python3
if ! "$python" -c 'import pyatspi, PIL' 2>/dev/null; then
  echo "FAIL setup: $python lacks pyatspi or PIL (apt-get install python3-pyatspi python3-pil at-spi2-core)"
  echo "0 passed, 1 failed"
  exit 1
fi
ACCEPTANCE_DESKTOP=$desktop ACCEPTANCE_SERVER=$server exec "$python" "$here/acceptance.py"

#!/bin/sh
# The chat desktop's figures (not part of the normal build): twelve concurrent chats, each customer
# writing one message a second, from the simulator to the line in the agent's chat tab (p50/p99/max),
# and every message counted (sent, shown, lost, shown twice). Runs org.switchboard.chat.ui.tests'
# ChatBenchmarkTest in a virtual display with the reference server in the test runtime (REST and
# server-sent events over loopback); the figures are printed and kept in
# bundles/org.switchboard.chat.ui.tests/target/chat-benchmark.txt. The load average before and after
# is part of the output: other work on the machine counts against the figures.
#
#   releng/scripts/chat-benchmark.sh [seconds]     (default 60, after 5 s of warm-up)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
cd "$root"
# Tycho resolves bundles from manifests, so the modules the test runtime needs are listed
modules=target-platform
for b in core connector callcontrol connector.soap connector.rest store content ui voice.ui chat.ui ui.testing \
    server.core server.rest server.soap server.store chat.ui.tests; do
  modules="$modules,bundles/org.switchboard.$b"
done
xvfb-run -a ./mvnw -B verify -pl "$modules" \
  -Dtest=ChatBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
  "-Dtycho.testArgLine=-Dswitchboard.benchmark=true -Dswitchboard.benchmark.seconds=$seconds -Xmx512m"
cat bundles/org.switchboard.chat.ui.tests/target/chat-benchmark.txt

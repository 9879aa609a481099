#!/bin/sh
# The desktop's figures (not part of the normal build): a call published by the reference server to
# its popover card painted at full size, p50/p99/max over many calls each answered, ended and wrapped up through the UI,
# and the heap used afterwards. Runs org.switchboard.ui.tests' DesktopBenchmarkTest in a virtual
# display; the figures are printed and kept in
# bundles/org.switchboard.ui.tests/target/desktop-benchmark.txt.
#
#   releng/scripts/desktop-benchmark.sh [calls]     (default 500)
#
# DESKTOP_BENCHMARK_JVM_ARGS adds arguments to the test JVM, e.g. a flight recording:
#   DESKTOP_BENCHMARK_JVM_ARGS=-XX:StartFlightRecording=filename=/tmp/desktop.jfr releng/scripts/desktop-benchmark.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
calls=${1:-500}
cd "$root"
# Tycho resolves bundles from manifests, so the modules the test runtime needs are listed
modules=target-platform
for b in core connector callcontrol connector.soap connector.rest store content ui voice.ui chat.ui ui.testing \
    server.core server.rest server.soap server.store ui.tests; do
  modules="$modules,bundles/org.switchboard.$b"
done
xvfb-run -a ./mvnw -B verify -pl "$modules" \
  -Dtest=DesktopBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
  "-Dtycho.testArgLine=-Dswitchboard.benchmark=true -Dswitchboard.benchmark.calls=$calls -Xmx512m ${DESKTOP_BENCHMARK_JVM_ARGS:-}"
cat bundles/org.switchboard.ui.tests/target/desktop-benchmark.txt

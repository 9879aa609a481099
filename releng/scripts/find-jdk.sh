#!/bin/sh
# Prints the home of a JDK 21 or newer: JAVA_HOME when it is new enough, else the newest JDK
# found in the usual JVM folders. Prints nothing and fails when there is none.
java_major() {
  # A JDK's release file names its version; reading it costs nothing, starting a JVM ~0.1 s each.
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  if [ -n "$v" ]; then echo "$v"; return; fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
  v=$(java_major "$JAVA_HOME")
  if [ "${v:-0}" -ge 21 ]; then echo "$JAVA_HOME"; exit 0; fi
fi
best="" best_v=0
for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
  [ -x "$home/bin/javac" ] || continue
  v=$(java_major "$home")
  if [ "${v:-0}" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$home" best_v="$v"; fi
done
[ -n "$best" ] || exit 1
echo "$best"

#!/usr/bin/env bash
# Load figures: one portal (demo content and demo case files, same JVM settings as `mvn -Prun`), then
# src/bench/LoadClient.java at C concurrent clients for S seconds per address, and the server JVM's resident
# memory after the run. The request form's anti-spam limits and sign-in throttling are lifted for the run (the
# load comes from one address).
#
# Usage: src/bench/load.sh [clients] [seconds]   (default 32 30; needs `mvn -B package -DskipTests` first)
# PROFILE=1 records the whole run with Java Flight Recorder and prints the hottest methods and the most contended
# locks. SERVER_JVM overrides the server's memory settings (default: those of `mvn -Prun` and the fast launch). After the
# run the script prints the resident memory, the heap (jcmd GC.heap_info) and the JVM's native memory summary.
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=${1:-32}
seconds=${2:-30}
source src/main/launcher/java.sh
[ -f target/payara-micro.jar ] && [ -f target/rebond.war ] || { echo "Build first: mvn -B package -DskipTests" >&2; exit 1; }
work=$(mktemp -d target/bench-load.XXXX)
work=$(cd "$work" && pwd)
port=18129
# glibc's per-thread malloc arenas (up to 8 per core) add resident memory outside the JVM's accounting.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
jfr=()
if [ -n "${PROFILE:-}" ]; then jfr=(-XX:StartFlightRecording=filename="$work/load.jfr",settings=profile); fi
REBOND_DEMO=true REBOND_DEMO_PASSWORD=Rebond-demo-2026 REBOND_REQUEST_MIN_SECONDS=0 REBOND_REQUEST_RATE_LIMIT=100000000 \
  REBOND_LOGIN_MAX_FAILURES=100000 "$java_bin" ${SERVER_JVM:-$(cat src/main/launcher/jvm.options)} \
  -XX:NativeMemoryTracking=summary "${jfr[@]}" -Duser.timezone=UTC -Dproduct.name= \
  -Dderby.system.home="$work/data" -jar target/payara-micro.jar --deploy target/rebond.war --contextroot / \
  --port $port --nocluster --prebootcommandfile src/main/launcher/payara.asadmin --postbootcommandfile src/main/launcher/one-node.asadmin --rootDir "$work/root" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)" = "200" ] && break
  sleep 0.2
done
"$java_bin" src/bench/LoadClient.java "http://localhost:$port" chargee.mission@rebond.test Rebond-demo-2026 "$clients" "$seconds"
echo "server resident memory after the run: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
jcmd=$(dirname "$java_bin")/jcmd
"$jcmd" $pid GC.heap_info | tail -n +2
"$jcmd" $pid VM.native_memory summary scale=MB | grep -E "Total:|- +(Java Heap|Class|Thread|Code|GC|Compiler|Internal|Metaspace|Shared class space|Other|Symbol|Arena Chunk)" || true
if [ -n "${PROFILE:-}" ]; then
  "$jcmd" $pid JFR.dump filename="$work/load.jfr" > /dev/null
  jfr_bin=$(dirname "$java_bin")/jfr
  "$jfr_bin" view --width 160 hot-methods "$work/load.jfr" | head -40
  "$jfr_bin" view --width 160 contention-by-site "$work/load.jfr" | head -25
  echo "recording: $work/load.jfr"
fi
echo "java: $("$java_bin" -version 2>&1 | head -1); cores: $(nproc)"
kill $pid; wait $pid 2>/dev/null || true

#!/usr/bin/env bash
# Load figures: one portal (demo content and demo case files, same JVM settings as `mvn -Prun`), then
# src/bench/LoadClient.java at C concurrent clients for S seconds per address, and the server JVM's resident
# memory after the run. The request form's anti-spam limits and sign-in throttling are lifted for the run (the
# load comes from one address).
#
# Usage: src/bench/load.sh [clients] [seconds]   (default 32 30; needs `mvn -B package -DskipTests` first)
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=${1:-32}
seconds=${2:-30}
java_bin=${JAVA_BIN:-}
if [ -z "$java_bin" ]; then
  for candidate in /usr/lib/jvm/temurin-*/bin/java; do java_bin=$candidate; done
fi
[ -f target/payara-micro.jar ] && [ -f target/rebond.war ] || { echo "Build first: mvn -B package -DskipTests" >&2; exit 1; }
work=$(mktemp -d target/bench-load.XXXX)
work=$(cd "$work" && pwd)
port=18129
REBOND_DEMO=true REBOND_DEMO_PASSWORD=Rebond-demo-2026 REBOND_REQUEST_MIN_SECONDS=0 REBOND_REQUEST_RATE_LIMIT=100000000 \
  REBOND_LOGIN_MAX_FAILURES=100000 "$java_bin" -Xmx512m -XX:+UseSerialGC -Duser.timezone=UTC -Dproduct.name= \
  -Dderby.system.home="$work/data" -jar target/payara-micro.jar --deploy target/rebond.war --contextroot / \
  --port $port --nocluster --rootDir "$work/root" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)" = "200" ] && break
  sleep 0.2
done
"$java_bin" src/bench/LoadClient.java "http://localhost:$port" chargee.mission@rebond.test Rebond-demo-2026 "$clients" "$seconds"
echo "server resident memory after the run: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
echo "java: $("$java_bin" -version 2>&1 | head -1); cores: $(nproc)"
kill $pid; wait $pid 2>/dev/null || true

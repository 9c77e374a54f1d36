#!/usr/bin/env bash
# Booking race benchmark: starts the portal with demo content on a fresh database, then fires N concurrent
# bookings (default 50) at one slot, each from its own signed-in session, and reports successes, refusals,
# errors and latency (src/bench/BookingRace.java). Target: 1 booked, N-1 refused, 0 errors, p99 <= 300 ms.
#
# Usage: src/bench/booking-race.sh [n] [rounds]   (default 50 20; needs `mvn -B package -DskipTests` first)
# BENCH_JVM_OPTS adds options to the server's JVM (e.g. -XX:StartFlightRecording=filename=race.jfr to profile).
# BENCH_WARMUP (default 30) unmeasured races for a booked slot warm the JIT up first; the first half of the rounds
# still counts as warming up. The summary line gives, for the second half, the p99 of its requests together and
# the worst p99 of a single round (with 50 requests, a round's p99 is its slowest request).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-50}
rounds=${2:-20}
source src/main/launcher/java.sh
[ -f target/payara-micro.jar ] && [ -f target/rebond.war ] || { echo "Build first: mvn -B package -DskipTests" >&2; exit 1; }
work=$(mktemp -d target/bench-race.XXXX)
work=$(cd "$work" && pwd)
port=18124
REBOND_DEMO=true REBOND_DEMO_PASSWORD=Rebond-demo-2026 "$java_bin" -Xmx512m -XX:+UseSerialGC ${BENCH_JVM_OPTS:-} -Duser.timezone=UTC -Dproduct.name= \
    -Dderby.system.home="$work/data" -jar target/payara-micro.jar --deploy target/rebond.war --contextroot / \
    --port $port --nocluster --prebootcommandfile src/main/launcher/payara.asadmin --postbootcommandfile src/main/launcher/one-node.asadmin --rootDir "$work/root" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)" = "200" ] && break
  sleep 0.2
done
"$java_bin" src/bench/BookingRace.java "http://localhost:$port" "$n" "$rounds" Rebond-demo-2026
echo "java: $("$java_bin" -version 2>&1 | head -1); cores: $(nproc)"

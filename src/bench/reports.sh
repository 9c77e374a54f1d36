#!/usr/bin/env bash
# Reporting benchmark: a portal with 50 partner CPAS, 10,000 case files whose contracts start over the last five
# years (with their follow-up situations), 1,000 collaboration requests, 3,000 bookings and 2,000 proposals
# (src/bench/ReportData.java, fixed seed); then the dashboards and the public results page timed one request at a
# time against the home page, in the same run (src/bench/ReportBench.java).
#
# Usage: src/bench/reports.sh [cases] [requests] [timed requests per page]
#        (default 10000 1000 100; needs `mvn -B package -DskipTests` first)
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${1:-10000}
requests=${2:-1000}
timed=${3:-100}
source src/main/launcher/java.sh
[ -f target/payara-micro.jar ] && [ -f target/rebond.war ] || { echo "Build first: mvn -B package -DskipTests" >&2; exit 1; }
work=$(mktemp -d target/bench-reports.XXXX)
work=$(cd "$work" && pwd)
port=18128
start_portal() {
  REBOND_DEMO=true REBOND_DEMO_PASSWORD=Rebond-demo-2026 "$java_bin" -Xmx512m -XX:+UseSerialGC -Duser.timezone=UTC -Dproduct.name= \
      -Dderby.system.home="$work/data" -jar target/payara-micro.jar --deploy target/rebond.war --contextroot / \
      --port $port --nocluster --prebootcommandfile src/main/launcher/payara.asadmin --postbootcommandfile src/main/launcher/one-node.asadmin --rootDir "$work/root-$1" > "$work/server-$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)" = "200" ] && return 0
    sleep 0.2
  done
  echo "the portal did not start (see $work/server-$1.log)" >&2; exit 1
}
stop_portal() { kill "$pid"; wait "$pid" 2>/dev/null || true; }
trap 'kill $pid 2>/dev/null || true' EXIT

start_portal 1   # creates the schema, the officer and the demo CPAS
stop_portal
cp=$(ls target/rebond/WEB-INF/lib/derby-*.jar target/rebond/WEB-INF/lib/derbyshared-*.jar | tr '\n' ':')
"$java_bin" -cp "$cp" src/bench/ReportData.java "$work/data" "$cases" "$requests"
start_portal 2
"$java_bin" src/bench/ReportBench.java "http://localhost:$port" chargee.mission@rebond.test Rebond-demo-2026 \
    agent.couvin@rebond.test "$timed"
stop_portal
echo "java: $("$java_bin" -version 2>&1 | head -1); cores: $(nproc)"

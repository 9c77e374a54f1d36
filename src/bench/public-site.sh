#!/usr/bin/env bash
# Public-site throughput: requests/s and p99 latency of the home page, a news page and a static file of
# similar size, measured in one run on the same server with wrk (Debian package `wrk`).
#
# Usage: src/bench/public-site.sh [seconds per measure, default 20] [connections, default 32]
# Needs: mvn -B package -DskipTests, and `apt-get install -y wrk`.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-20}
connections=${2:-32}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
source src/main/launcher/java.sh
work=$(mktemp -d target/bench-site.XXXX); work=$(cd "$work" && pwd)
port=18124
REBOND_DEMO=true "$java_bin" -Xmx512m -XX:+UseSerialGC -Duser.timezone=UTC -Dproduct.name= -Dderby.system.home="$work/data" \
  -jar target/payara-micro.jar --deploy target/rebond.war --contextroot / --port $port --nocluster \
  --prebootcommandfile src/main/launcher/payara.asadmin --postbootcommandfile src/main/launcher/one-node.asadmin \
  --rootDir "$work/root" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)" = 200 ] && break
  sleep 0.1
done
base="http://localhost:$port"
css=$(curl -s "$base/" | grep -o '/static/css/site.css?v=[^"]*' | head -1)
news=/actualites/le-projet-rebond-et-son-partenariat-avec-les-cpas
declare -A size
for path in "$css" / "$news"; do size[$path]=$(curl -s "$base$path" | wc -c); done

echo "warming up (${duration}s per address)…"
for path in "$css" / "$news"; do wrk -t2 -c8 -d"${duration}s" "$base$path" >/dev/null; done

printf '| address | bytes | requests/s | p50 | p99 | errors |\n|---|---|---|---|---|---|\n'
declare -A rps
for path in "$css" / "$news"; do
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$base$path")
  r=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  rps[$path]=$r
  printf '| `%s` | %s | %s | %s | %s | %s |\n' "${path%%\?*}" "${size[$path]}" "$r" "$p50" "$p99" "${errors:-0}"
done
echo
echo "home page / static file: $(echo "scale=2; ${rps[/]} / ${rps[$css]}" | bc)"
echo "news page / static file: $(echo "scale=2; ${rps[$news]} / ${rps[$css]}" | bc)"
echo "wrk -t2 -c$connections -d${duration}s --latency; $(nproc) cores; $("$java_bin" -version 2>&1 | head -1)"

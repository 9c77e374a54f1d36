#!/usr/bin/env bash
# Scale-out check and figures: a private PostgreSQL server, two Payara Micro nodes forming a Data Grid on
# loopback (TCP/IP discovery), and nginx in front with docs/nginx/rebond.conf (node addresses replaced by the
# loopback ones). Then:
#   1. throughput of the home page (wrk, C connections, S seconds each): one node directly, nginx with one node,
#      nginx with both nodes;
#   2. the load balancer example tested: sign in through nginx, every request of the session goes to the same node
#      (sticky), that node stops, the same session goes on through nginx on the other node.
# Prints a summary for docs/performance.md; exits non-zero if a check fails.
#
# Usage: src/bench/cluster.sh [connections] [seconds]   (default 32 20; needs `mvn -B package -DskipTests`,
# PostgreSQL, nginx and wrk from Debian: apt-get install postgresql nginx-light wrk). Run as root or as a user
# that may run PostgreSQL (as root, PostgreSQL runs as the `postgres` user).
set -euo pipefail
cd "$(dirname "$0")/../.."
connections=${1:-32}
seconds=${2:-20}
source src/main/launcher/java.sh
[ -f target/payara-micro.jar ] && [ -f target/rebond.war ] || { echo "Build first: mvn -B package -DskipTests" >&2; exit 1; }
for tool in nginx wrk curl; do command -v $tool >/dev/null || { echo "$tool is missing: apt-get install nginx-light wrk curl" >&2; exit 1; }; done
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d target/bench-cluster.XXXX)
work=$(cd "$work" && pwd)
as_pg=()
if [ "$(id -u)" = 0 ]; then chown postgres "$work"; as_pg=(runuser -u postgres --); fi
pg_port=18140; port_a=18141; port_b=18142; grid_a=18143; grid_b=18144; lb_two=18145; lb_one=18146
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -U rebond --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync > "$work/initdb.log"
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -w -l "$work/pg/server.log" \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200" start > /dev/null
psql -q -h 127.0.0.1 -p $pg_port -U rebond -d postgres -c "CREATE DATABASE rebond"

export REBOND_DB_DRIVER=org.postgresql.Driver REBOND_DB_URL=jdbc:postgresql://127.0.0.1:$pg_port/rebond \
  REBOND_DB_USER=rebond REBOND_DB_PASSWORD=rebond REBOND_DEMO=true REBOND_DEMO_PASSWORD=Rebond-demo-2026 \
  REBOND_TRUSTED_PROXIES=127.0.0.1 MALLOC_ARENA_MAX=2
start_node() { # name http-port grid-port
  REBOND_CLUSTER_INTERFACE=127.0.0.1 REBOND_CLUSTER_MEMBERS="127.0.0.1:$grid_a,127.0.0.1:$grid_b" \
  REBOND_CLUSTER_NAME=rebond-bench REBOND_CLUSTER_PASSWORD=bench-only-secret-$$ REBOND_CLUSTER_PORT="$3" \
  REBOND_PORT="$2" JAVA_BIN="$java_bin" src/main/launcher/rebond-node.sh \
    --rootDir "$work/root-$1" --nohostaware --name "$1" > "$work/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 900); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/" || true)" = "200" ] && return 0
    sleep 0.2
  done
  echo "node $1 did not start; see $work/$1.log" >&2; exit 1
}
start_node node-a $port_a $grid_a
pid_a=${pids[0]}
start_node node-b $port_b $grid_b
pid_b=${pids[1]}
grep -q "DG Size: 2" "$work/node-b.log" || { echo "node-b did not join node-a's Data Grid" >&2; exit 1; }

# nginx: the documented configuration, with the loopback addresses; plus the same with node A alone.
sed -e "s/server 10.0.0.11:8080/server 127.0.0.1:$port_a/" -e "s/server 10.0.0.12:8080/server 127.0.0.1:$port_b/" \
    -e "s/listen 80;/listen 127.0.0.1:$lb_two;/" -e "s/listen 80 default_server;/listen 127.0.0.1:$lb_two default_server;/" \
    -e "s/server_name rebond.example.be;/server_name rebond.example.be 127.0.0.1;/" docs/nginx/rebond.conf > "$work/rebond.conf"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  # For this script only: which node answered.
  add_header X-Rebond-Node \$upstream_addr always;
  include $work/rebond.conf;
  upstream rebond_one { server 127.0.0.1:$port_a; keepalive 32; }
  server {
    listen 127.0.0.1:$lb_one;
    location / { proxy_pass http://rebond_one; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$http_host; }
  }
}
CONF
nginx -t -c "$work/nginx.conf" -p "$work" 2> "$work/nginx-test.log" || { cat "$work/nginx-test.log" >&2; exit 1; }
nginx -c "$work/nginx.conf" -p "$work"

measure() { # label url
  wrk -t2 -c"$connections" -d5s "$2" > /dev/null # warm-up
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$2" > "$work/wrk.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.txt" | tr '\n' ' ')
  printf "| %s | %s | %s | %s | %s |\n" "$1" "$rps" "$p50" "$p99" "${errors:-none}"
}
echo "Home page, $connections connections, ${seconds} s each (after 5 s of warm-up):"
echo "| set-up | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|"
measure "one node, direct" "http://127.0.0.1:$port_a/"
measure "nginx, one node" "http://127.0.0.1:$lb_one/"
measure "nginx, two nodes" "http://127.0.0.1:$lb_two/"

# The load balancer example: a session sticks to one node, and survives that node's stop.
jar="$work/cookies"
lb="http://127.0.0.1:$lb_two"
page=$(curl -s -c "$jar" -b "$jar" "$lb/connexion")
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | sed 's/.*value="//; s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode login=login \
  --data-urlencode email=chargee.mission@rebond.test --data-urlencode password=Rebond-demo-2026 \
  --data-urlencode submit=x --data-urlencode "jakarta.faces.ViewState=$state" "$lb/connexion")
[ "$status" = 302 ] || { echo "sign-in through nginx failed ($status)" >&2; exit 1; }
nodes=()
for _ in 1 2 3 4 5 6; do
  node=$(curl -s -D - -o "$work/page.html" -b "$jar" "$lb/espace/dossiers/" | awk -F': ' 'tolower($1) == "x-rebond-node" {print $2}' | tr -d '\r')
  grep -q "Se déconnecter" "$work/page.html" || { echo "not signed in through nginx" >&2; exit 1; }
  nodes+=("$node")
done
[ "$(printf '%s\n' "${nodes[@]}" | sort -u | wc -l)" = 1 ] || { echo "session not sticky: ${nodes[*]}" >&2; exit 1; }
sticky=${nodes[0]}
echo "Sticky: six requests of one session all went to $sticky."
if [ "$sticky" = "127.0.0.1:$port_a" ]; then kill "$pid_a"; wait "$pid_a" 2>/dev/null || true; else kill "$pid_b"; wait "$pid_b" 2>/dev/null || true; fi
node=$(curl -s -D - -o "$work/page.html" -b "$jar" "$lb/espace/dossiers/" | awk -F': ' 'tolower($1) == "x-rebond-node" {print $2}' | tr -d '\r')
grep -q "Se déconnecter" "$work/page.html" || { echo "the session was lost when $sticky stopped" >&2; exit 1; }
echo "Failover: $sticky stopped; the same session went on through nginx on ${node##*, } (still signed in)."
echo "OK ($work)"

#!/usr/bin/env bash
# Start-up benchmark: time from launching Payara Micro to the first HTTP 200 of the home page, in one run:
#  - the empty WAR and the portal, default launch (`java -jar payara-micro.jar --deploy`), each with a fresh
#    --rootDir and a fresh database (as a first start after install would);
#  - the portal's fast launch (src/main/launcher/rebond-fast.sh, prepared once before the runs: persistent root
#    folder, Payara's launcher, AOT cache), restarting on its database (a production restart), and on a fresh
#    database (a first start);
#  - the empty WAR through the same fast launch (its own root folder, launcher and AOT cache): the floor that
#    Payara Micro itself sets for any application's fast launch on this machine.
#
# Usage: src/bench/startup.sh [runs]     (default 3; prints medians; needs `mvn -B package -DskipTests` first)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
source src/main/launcher/java.sh
jar=target/payara-micro.jar
war=target/rebond.war
[ -f "$jar" ] && [ -f "$war" ] || { echo "Build first: mvn -B package -DskipTests" >&2; exit 1; }
work=$(mktemp -d target/bench-startup.XXXX)
work=$(cd "$work" && pwd)

# An empty WAR: one static page.
mkdir -p "$work/empty"
echo '<!DOCTYPE html><html lang="fr"><head><title>Vide</title></head><body><p>Vide</p></body></html>' > "$work/empty/index.html"
(cd "$work/empty" && "$(dirname "$java_bin")/jar" cf "$work/empty.war" index.html)

port=18123
# Runs the command after $1 (the log file) in the background; prints the seconds to the first 200 of /; stops it.
timed() {
  local log=$1; shift
  local start end code
  start=$(date +%s.%N)
  "$@" > "$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true)
    if [ "$code" = "200" ]; then break; fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ "$code" = "200" ] || { echo "no 200 (see $log)" >&2; exit 1; }
  echo "$end - $start" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
read -r -a memory < src/main/launcher/jvm.options

launch() { # $1 = war, $2 = label, $3 = run number, $4... = Payara Micro options: default launch, fresh root folder and database
  local dir="$work/$2-$3" war=$1
  shift 3
  mkdir -p "$dir/data"
  timed "$dir/server.log" env REBOND_DEMO=true "$java_bin" "${memory[@]}" -Duser.timezone=UTC \
      -Dderby.system.home="$dir/data" -jar "$jar" --deploy "$war" --contextroot / --port $port --nocluster \
      --rootDir "$dir/root" "$@"
}

fast() { # $1 = database folder: the fast launch
  timed "$1.log" env REBOND_DEMO=true REBOND_PORT=$port REBOND_LAUNCH_DIR="$work/fast" REBOND_DATA_DIR="$1" \
      JAVA_BIN="$java_bin" src/main/launcher/rebond-fast.sh
}

fast_empty() { # the floor: the empty WAR through the same fast launch (its own launch folder)
  timed "$work/fast-empty.log" env REBOND_PORT=$port REBOND_LAUNCH_DIR="$work/fast-empty" \
      REBOND_DATA_DIR="$work/fast-empty-data" REBOND_WAR="$work/empty.war" JAVA_BIN="$java_bin" \
      src/main/launcher/rebond-fast.sh
}

# Prepare the fast launch once (deployment, launcher, training run), then a first start to create its database.
fast "$work/fast-data" > /dev/null
fast_empty > /dev/null
empty=(); portal=(); restart=(); first=(); floor=()
for i in $(seq 1 "$runs"); do
  empty+=("$(launch "$work/empty.war" empty "$i")")
  portal+=("$(launch "$war" portal "$i" --prebootcommandfile src/main/launcher/payara.asadmin --postbootcommandfile src/main/launcher/one-node.asadmin)")
  restart+=("$(fast "$work/fast-data")")
  first+=("$(fast "$work/fast-fresh-$i")")
  floor+=("$(fast_empty)")
  echo "run $i: empty WAR ${empty[-1]} s, portal ${portal[-1]} s, fast restart ${restart[-1]} s, fast first start ${first[-1]} s," \
    "empty WAR through the fast launch ${floor[-1]} s"
done
e=$(printf '%s\n' "${empty[@]}" | median)
p=$(printf '%s\n' "${portal[@]}" | median)
r=$(printf '%s\n' "${restart[@]}" | median)
f=$(printf '%s\n' "${first[@]}" | median)
z=$(printf '%s\n' "${floor[@]}" | median)
echo "median over $runs runs: empty WAR $e s, portal $p s (ratio $(echo "scale=2; $p / $e" | bc)),"\
  "fast restart $r s (ratio $(echo "scale=2; $r / $e" | bc)), fast first start $f s (ratio $(echo "scale=2; $f / $e" | bc)),"\
  "empty WAR through the fast launch $z s (ratio $(echo "scale=2; $z / $e" | bc))"
echo "java: $("$java_bin" -version 2>&1 | head -1); cores: $(nproc)"
rm -rf "$work"

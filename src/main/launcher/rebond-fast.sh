#!/usr/bin/env bash
# The portal's fast production launch: Payara Micro's own launcher (--outputlauncher) over a persistent root
# folder where the application is already deployed, with Java 25's AOT cache (class loading and linking done
# once, by a training run, instead of at every start).
#
# Usage: src/main/launcher/rebond-fast.sh            (after `mvn -B package -DskipTests`)
# Settings: the portal's usual REBOND_* variables (docs/configuration.md), plus
#   REBOND_DATA_DIR    the database folder (default ./data), as with `mvn -Prun`
#   REBOND_LAUNCH_DIR  where the root folder, launcher and AOT cache live (default target/fast-launch)
#   REBOND_PORT        the HTTP port (default 8080)
#   JAVA_BIN           a Java 25 `java` (default: the newest /usr/lib/jvm/temurin-*)
#   REBOND_WAR         the WAR to launch (default target/rebond.war; src/bench/startup.sh gives an empty WAR to
#                      measure the floor of this launch)
#
# The first start after a build prepares everything (about a minute: deployment into the root folder, the
# launcher, a training run on a throw-away database that opens the main pages, the AOT cache written when it
# stops); later starts use it. Preparation is redone whenever the WAR, Payara Micro or Java change (a
# fingerprint of the three is kept beside the cache).
set -euo pipefail
cd "$(dirname "$0")/../../.."
source src/main/launcher/java.sh
jar=target/payara-micro.jar
war=${REBOND_WAR:-target/rebond.war}
[ -f "$jar" ] && [ -f "$war" ] || { echo "Build first: mvn -B package -DskipTests" >&2; exit 1; }
launch_dir=${REBOND_LAUNCH_DIR:-target/fast-launch}
data_dir=${REBOND_DATA_DIR:-data}
port=${REBOND_PORT:-8080}
export REBOND_PORT=$port  # the default public address (links in e-mails) uses it
mkdir -p "$launch_dir" "$data_dir"
launch_dir=$(cd "$launch_dir" && pwd)
data_dir=$(cd "$data_dir" && pwd)
# Memory settings from jvm.options (those of `mvn -Prun`; REBOND_JVM_OPTIONS replaces them, e.g. a larger heap
# on a bigger machine), the quick compiler only, UTC, no product name in the "Server" header.
read -r -a memory <<< "${REBOND_JVM_OPTIONS:-$(cat src/main/launcher/jvm.options)}"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
jvm=("${memory[@]}" -XX:TieredStopAtLevel=1 -Duser.timezone=UTC -Dproduct.name=)
# One node: no Metrics or OpenAPI, no Data Grid (payara.asadmin); sessions in memory only (one-node.asadmin).
payara=(--nocluster --disablephonehome --contextroot /
  --prebootcommandfile src/main/launcher/payara.asadmin --postbootcommandfile src/main/launcher/one-node.asadmin)

# Size and modification time of the WAR and Payara Micro, and the Java release: cheap to compute (hashing the
# 117 MB of archives would add 0.4 s to every start), and a rebuild changes the WAR's time.
java_home=$(dirname "$(dirname "$(readlink -f "$java_bin")")")
fingerprint=$( { stat -c '%s %Y' "$war" "$jar"; cat "$java_home/release" 2>/dev/null; echo "$java_bin"; } | sha256sum | cut -c1-64)
if [ "$(cat "$launch_dir/fingerprint" 2>/dev/null || true)" != "$fingerprint" ]; then
  echo "Preparing the fast launch (once per build) in $launch_dir ..." >&2
  rm -rf "$launch_dir/root" "$launch_dir/rebond.aot" "$launch_dir/training" "$launch_dir/fingerprint"
  # 1. Deploy into the persistent root folder (--warmup: start, deploy, stop; the root folder remembers the
  #    application), then write the launcher (root/launch-micro.jar).
  REBOND_DEMO=false "$java_bin" "${jvm[@]}" -Dderby.system.home="$launch_dir/training" -jar "$jar" --deploy "$war" \
      "${payara[@]}" --rootDir "$launch_dir/root" --warmup > "$launch_dir/prepare.log" 2>&1
  if grep -q "Exception while loading the app" "$launch_dir/prepare.log"; then
    echo "The portal failed to deploy; see $launch_dir/prepare.log" >&2; exit 1
  fi
  rm -rf "$launch_dir/training"
  "$java_bin" "${jvm[@]}" -jar "$jar" --rootDir "$launch_dir/root" --outputlauncher >> "$launch_dir/prepare.log" 2>&1
  [ -f "$launch_dir/root/launch-micro.jar" ] || { echo "No launcher written; see $launch_dir/prepare.log" >&2; exit 1; }
  # 2. Training run on a throw-away database: open the main pages, stop; the JVM writes the AOT cache at exit.
  training_port=$((port + 1000))
  REBOND_DEMO=true REBOND_DEMO_CASES=false "$java_bin" "${jvm[@]}" -XX:AOTCacheOutput="$launch_dir/rebond.aot" \
      -Dderby.system.home="$launch_dir/training" -jar "$launch_dir/root/launch-micro.jar" --port "$training_port" \
      "${payara[@]}" > "$launch_dir/training.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 900); do
    kill -0 "$pid" 2>/dev/null || { echo "The training run stopped; see $launch_dir/training.log" >&2; exit 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$training_port/" || true)" = "200" ] && break
    sleep 0.2
  done
  for page in / /projet /actualites /collaborer /seances /resultats /connexion /health /espace/; do
    curl -s -o /dev/null "http://localhost:$training_port$page" || true
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -f "$launch_dir/rebond.aot" ] || { echo "No AOT cache written; see $launch_dir/training.log" >&2; exit 1; }
  rm -rf "$launch_dir/training"
  echo "$fingerprint" > "$launch_dir/fingerprint"
fi
exec "$java_bin" "${jvm[@]}" -XX:AOTCache="$launch_dir/rebond.aot" -Dderby.system.home="$data_dir" \
    -jar "$launch_dir/root/launch-micro.jar" --port "$port" "${payara[@]}"

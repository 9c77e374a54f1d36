#!/usr/bin/env bash
# One node of a clustered portal (several Payara Micro nodes, one PostgreSQL database; docs/operations.md,
# "Several nodes"). It refuses to start unless the Data Grid is told where to listen and how its members know
# each other, so a cluster is never left on Payara's defaults (every interface, cluster name "development",
# nobody asked for anything).
#
# Usage: src/main/launcher/rebond-node.sh [more Payara Micro options, e.g. --name node-1]
# Required settings (environment):
#   REBOND_CLUSTER_INTERFACE  this node's private address; the Data Grid listens there only (never 0.0.0.0)
#   REBOND_CLUSTER_MEMBERS    every member's grid address, comma-separated (10.0.0.11:6900,10.0.0.12:6900)
#   REBOND_CLUSTER_NAME       the cluster's name (not Payara's default "development")
#   REBOND_CLUSTER_PASSWORD   a secret of at least 16 characters shared by the nodes. Hazelcast's open-source
#                             member has no authentication of its own: a member or client is admitted only with
#                             the cluster's exact name, so the name the grid uses is REBOND_CLUSTER_NAME followed
#                             by a digest of the password. Whoever lacks the password cannot join or call a member.
# Optional: REBOND_CLUSTER_PORT (6900), REBOND_PORT (8080), REBOND_PAYARA_JAR (target/payara-micro.jar),
#   REBOND_WAR (target/rebond.war), REBOND_JVM_OPTIONS (replaces jvm.options), JAVA_BIN; and the portal's own
#   REBOND_* settings (docs/configuration.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
refuse() { echo "rebond-node.sh: $1 (docs/operations.md, \"Several nodes\")" >&2; exit 2; }

interface=${REBOND_CLUSTER_INTERFACE:-}
members=${REBOND_CLUSTER_MEMBERS:-}
name=${REBOND_CLUSTER_NAME:-}
password=${REBOND_CLUSTER_PASSWORD:-}
[ -n "$interface" ] || refuse "REBOND_CLUSTER_INTERFACE is not set: give this node's private address"
case "$interface" in
  0.0.0.0|'*'|*'*'*|::|'[::]') refuse "REBOND_CLUSTER_INTERFACE must be one private address, not $interface" ;;
esac
[ -n "$members" ] || refuse "REBOND_CLUSTER_MEMBERS is not set: list every member's grid address"
[ -n "$name" ] || refuse "REBOND_CLUSTER_NAME is not set"
[ "$name" != "development" ] && [ "$name" != "dev" ] || refuse "REBOND_CLUSTER_NAME must not be Payara's default"
[ "${#password}" -ge 16 ] || refuse "REBOND_CLUSTER_PASSWORD must be set, at least 16 characters"

source "$here/java.sh"
jar=${REBOND_PAYARA_JAR:-target/payara-micro.jar}
war=${REBOND_WAR:-target/rebond.war}
[ -f "$jar" ] && [ -f "$war" ] || refuse "no $jar or $war: build first (mvn -B package -DskipTests)"
grid_name="$name-$(printf '%s\n%s' "$name" "$password" | sha256sum | cut -c1-32)"

# Every node's pre-boot settings (payara.asadmin) without its one-node part, which turns the Data Grid off;
# written atomically (nodes on one host write the same text).
preboot="${TMPDIR:-/tmp}/rebond-node-$(id -u).asadmin"
sed '/^# --- One node only/,$d' "$here/payara.asadmin" > "$preboot.$$"
mv -f "$preboot.$$" "$preboot"

read -r -a jvm <<< "${REBOND_JVM_OPTIONS:-$(cat "$here/jvm.options")}"
# hazelcast.socket.bind.any=false: without it Hazelcast binds every interface whatever --interfaces says.
# jdk.serialFilter: what a member reads from the grid (sessions) is bounded, and the classes of the known
# deserialisation gadget chains are refused; Payara exposes no class filter of its own for the grid.
filter='maxdepth=200;maxrefs=1000000;maxarray=10000000;maxbytes=50000000'
filter+=';!org.apache.commons.collections.functors.*;!org.apache.commons.collections4.functors.*'
filter+=';!org.codehaus.groovy.runtime.*;!com.sun.org.apache.xalan.internal.xsltc.trax.*;!org.apache.xalan.xsltc.trax.*'
filter+=';!com.sun.rowset.*;!com.mchange.v2.c3p0.*;!bsh.*;!org.python.core.*;!java.rmi.server.*;!sun.rmi.*'
filter+=';!javax.management.*;!com.sun.jndi.*;!org.springframework.*;!org.hibernate.*;!com.rometools.*'
exec "$java_bin" "${jvm[@]}" -Duser.timezone=UTC -Dproduct.name= -Dhazelcast.socket.bind.any=false \
    "-Djdk.serialFilter=$filter" -jar "$jar" --deploy "$war" --contextroot / --port "${REBOND_PORT:-8080}" \
    --prebootcommandfile "$preboot" --clustermode "tcpip:$members" --interfaces "$interface" \
    --startport "${REBOND_CLUSTER_PORT:-6900}" --clustername "$grid_name" "$@"

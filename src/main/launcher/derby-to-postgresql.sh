#!/usr/bin/env bash
# Copies the portal's data from its embedded Derby database into an empty PostgreSQL database
# (docs/operations.md, "From Derby to PostgreSQL"). Stop the portal first.
#
# Usage: REBOND_DATA_DIR=data REBOND_DB_URL=jdbc:postgresql://host:5432/rebond REBOND_DB_USER=rebond \
#        REBOND_DB_PASSWORD=... src/main/launcher/derby-to-postgresql.sh [path/to/rebond.war]
# The WAR (default target/rebond.war) brings the migrations, the JDBC drivers and the copy itself
# (be.miresem.rebond.shared.persistence.DataTransfer). Exit status 0: every table copied and checked, committed;
# 1: a difference was found, nothing committed; 2: refused (see the message).
set -euo pipefail
war=$(realpath -m "${1:-target/rebond.war}")
[ -n "${REBOND_DATA_DIR:-}" ] && export REBOND_DATA_DIR=$(realpath -m "$REBOND_DATA_DIR")
cd "$(dirname "$0")/../../.."
export REBOND_DATA_DIR=${REBOND_DATA_DIR:-$PWD/data}
source src/main/launcher/java.sh
[ -f "$war" ] || { echo "No WAR at $war: mvn -B package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$(dirname "$java_bin")/jar" xf "$war" WEB-INF/classes WEB-INF/lib)
"$java_bin" -Duser.timezone=UTC -cp "$work/WEB-INF/classes:$work/WEB-INF/lib/*" \
  be.miresem.rebond.shared.persistence.DataTransfer

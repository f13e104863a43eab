#!/usr/bin/env bash
# Times the evidence library's queries (count, first and deep pages, each filter alone and combined) through
# the real adapter against MariaDB, on a library of generated evidence items cited by eleven reviews. Prints
# median, 90th and 99th percentile milliseconds per query; see EVIDENCE-RESULTS.md. Not a test.
#
#   bench/evidence-library-benchmark.sh [items] [timed runs]   (defaults 100000 and 30)
#
# Creates the database scrutiny_evidence_bench afresh (BENCH_REUSE=1 keeps it and its rows, and applies any
# new changelog), with the schema from the application's changelogs. Needs a JDK 25 and MariaDB at
# 127.0.0.1:3306 as root with no password (BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER to change).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -x "$JAVA_HOME/bin/java" && "$("$JAVA_HOME/bin/java" -version 2>&1)" == *'"25'* ]] || export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64

readonly DB=scrutiny_evidence_bench
readonly HOST=${BENCH_DB_HOST:-127.0.0.1}
readonly PORT=${BENCH_DB_PORT:-3306}
readonly USER=${BENCH_DB_USER:-root}
readonly URL="jdbc:mysql://$HOST:$PORT/$DB?rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
readonly CLASSPATH_FILE=persistence/target/evidence-library-benchmark.classpath

./mvnw -o -q -pl persistence -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$CLASSPATH_FILE" >/dev/null
# Other modules' test classes (the reactor hands them over as folders) are not needed: leave them out.
classpath="$(tr ':' '\n' <"$CLASSPATH_FILE" | grep -v '/target/test-classes$' | paste -sd: -)"

if [[ "${BENCH_REUSE:-}" != 1 ]]; then
    mariadb -h"$HOST" -P"$PORT" -u"$USER" -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
fi
printf 'machine: %s cores, %s; %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" \
    "$(mariadb -h"$HOST" -P"$PORT" -u"$USER" -N -e 'SELECT VERSION()')"
printf 'load average before: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx1g -Dbench.db.user="$USER" \
    -cp "persistence/target/test-classes:persistence/target/classes:$classpath" \
    uk.scrutiny.persistence.evidence.EvidenceLibraryBenchmark "$URL" "${1:-100000}" "${2:-30}"
printf 'load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"

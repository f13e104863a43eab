#!/usr/bin/env bash
# Times the report's PDF and Word file for the seed review (12 questions) and for a generated review of
# 200 questions with 5 evidence items and 3 actions each, once warm. Prints a table; see REPORT-RESULTS.md.
# Usage: bench/report-benchmark.sh [warm-up renders] [timed renders]   (defaults 5 and 10)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
readonly CLASSPATH_FILE=web-ui/target/report-benchmark.classpath

./mvnw -o -q -pl web-ui -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$CLASSPATH_FILE" >/dev/null
# Other modules' test classes (the reactor hands them over as folders) hold test applications of their own: leave them out.
classpath="$(tr ':' '\n' <"$CLASSPATH_FILE" | grep -v '/target/test-classes$' | paste -sd: -)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "web-ui/target/test-classes:web-ui/target/classes:$classpath" \
    uk.scrutiny.adapter.report.ReportBenchmark "${1:-5}" "${2:-10}"

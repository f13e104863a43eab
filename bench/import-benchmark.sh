#!/usr/bin/env bash
# Benchmark of the evidence import against the local MariaDB (not a test: it prints figures).
#
# For each size (default 100,000 and 1,000,000 rows) it generates a scorecard CSV, imports it with
# the command line (java -Xmx512m -jar batch-import/target/batch-import.jar) into a fresh database,
# then loads the same rows with LOAD DATA LOCAL INFILE into a table of the same shape as
# scorecard_value, and prints both rates in rows per second, their ratio, and the import's peak
# memory: the process's largest resident set, and the largest heap still in use after a garbage
# collection (what the import really keeps; the resident set also holds garbage the collector has
# not needed to reclaim yet, up to -Xmx). With --xlsx it also imports the largest size as an
# Excel workbook, to show the XLSX reader streams too.
#
#   bench/import-benchmark.sh [--xlsx] [ROWS ...]
#
# Needs: JDK 25 at JAVA_HOME (or /usr/lib/jvm/temurin-25-jdk-amd64), python3, GNU time, and MariaDB
# at 127.0.0.1:3306 as root with no password (set BENCH_DB_HOST/PORT/USER to use another).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -x "$JAVA_HOME/bin/java" && "$("$JAVA_HOME/bin/java" -version 2>&1)" == *'"25'* ]] || export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64

readonly DB=scrutiny_bench
readonly HOST=${BENCH_DB_HOST:-127.0.0.1}
readonly PORT=${BENCH_DB_PORT:-3306}
readonly USER=${BENCH_DB_USER:-root}
readonly INDICATORS=10000
readonly JAR=batch-import/target/batch-import.jar
readonly WORK=${BENCH_WORK:-target/bench}
readonly URL="jdbc:mysql://$HOST:$PORT/$DB?rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"

xlsx=false
sizes=()
for arg in "$@"; do
    case "$arg" in
        --xlsx) xlsx=true ;;
        *) sizes+=("$arg") ;;
    esac
done
((${#sizes[@]})) || sizes=(100000 1000000)

sql() { mariadb -h"$HOST" -P"$PORT" -u"$USER" --local-infile=1 -N "$@"; }
say() { printf '%s\n' "$*" >&2; }
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

if [[ ! -f "$JAR" ]]; then
    say "building $JAR"
    ./mvnw -q -o -pl batch-import -am package -DskipTests
fi
mkdir -p "$WORK"

fresh_database() {
    sql -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
    rm -rf "$WORK/inbox" "$WORK/evidence"
    mkdir -p "$WORK/inbox/scorecards"
    # An empty run creates the schema (Liquibase), then the benchmark's indicators join the catalogue.
    run_import >/dev/null
    sql "$DB" -e "SET SESSION max_recursive_iterations = $INDICATORS; INSERT INTO indicator (code, name, unit, better, every_agency, active, version)
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $INDICATORS - 1)
        SELECT CONCAT('BENCH-', LPAD(i, 4, '0')), CONCAT('Benchmark indicator ', i), 'COUNT', 'NEITHER', TRUE, TRUE, 1 FROM n"
}

# Runs the command line; prints its peak resident memory and its largest heap after a collection, in KiB.
run_import() {
    local log="$WORK/import.log" status
    set +e
    /usr/bin/time -f '%M' -o "$WORK/time.txt" "$JAVA_HOME/bin/java" -Xmx512m -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" \
        --inbox="$WORK/inbox" --scrutiny.storage.dir="$WORK/evidence" \
        --spring.datasource.url="$URL" --spring.datasource.username="$USER" --spring.datasource.password= >"$log" 2>&1
    status=$?
    set -e
    if ((status != 0)); then
        tail -n 30 "$log" >&2
        say "the import exited $status"
        exit 1
    fi
    # G1 logs each pause as "...  120M->45M(256M) 5.1ms": the figure after the arrow is the heap in use after it.
    echo "$(cat "$WORK/time.txt") $(grep -o -- '->[0-9]*M' "$WORK/gc.log" | tr -dc '0-9\n' | sort -n | tail -n 1 | awk '{ print $1 * 1024 }')"
}

# The import's own duration in seconds, from its run report (started to finished).
report_seconds() {
    python3 - "$WORK/inbox/reports" <<'PY'
import json, os, sys, datetime
folder = sys.argv[1]
latest = max((os.path.join(folder, f) for f in os.listdir(folder)), key=os.path.getmtime)
report = json.load(open(latest))
def parse(t):
    t = t.rstrip("Z")
    if "." in t:
        head, frac = t.split(".")
        t = head + "." + frac[:6]
    return datetime.datetime.fromisoformat(t)
print("%.3f" % (parse(report["finished"]) - parse(report["started"])).total_seconds())
rows = report["files"][0]["rowsImported"] if report["files"] else 0
print(rows)
PY
}

import_rate() {
    local rows=$1 file=$2 extension=$3 peak heap seconds imported
    cp "$file" "$WORK/inbox/scorecards/bench.$extension"
    touch -d '2 minutes ago' "$WORK/inbox/scorecards/bench.$extension"
    read -r peak heap < <(run_import)
    { read -r seconds; read -r imported; } < <(report_seconds)
    if ((imported != rows)); then
        say "the import stored $imported rows, not $rows: see $WORK/import.log and $WORK/inbox"
        exit 1
    fi
    echo "$seconds $peak ${heap:-0}"
}

load_data_rate() {
    local file=$1 start end
    sql "$DB" -e "DROP TABLE IF EXISTS bench_load; CREATE TABLE bench_load LIKE scorecard_value"
    start=$(now)
    sql "$DB" -e "LOAD DATA LOCAL INFILE '$(realpath "$file")' INTO TABLE bench_load
        CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\n' IGNORE 1 LINES
        (@agency, @period, indicator_code, @value) SET submission_id = 1, number_value = @value"
    end=$(now)
    calc "$end - $start"
}

printf '%-10s %-6s %14s %14s %8s %12s %14s\n' "rows" "format" "import rows/s" "LOAD DATA r/s" "ratio" "peak RSS MiB" "peak heap MiB"
declare -A peaks heaps
for rows in "${sizes[@]}"; do
    csv="$WORK/scorecard-$rows.csv"
    [[ -f "$csv" ]] || python3 bench/generate-scorecard.py "$rows" "$INDICATORS" "$csv"
    fresh_database
    read -r seconds peak heap < <(import_rate "$rows" "$csv" csv)
    load_seconds=$(load_data_rate "$csv")
    import_rate_value=$(calc "$rows / $seconds")
    load_rate_value=$(calc "$rows / $load_seconds")
    peaks[$rows]=$peak
    heaps[$rows]=$heap
    printf '%-10s %-6s %14.0f %14.0f %7.0f%% %12.0f %14.0f\n' "$rows" csv "$import_rate_value" "$load_rate_value" \
        "$(calc "100 * $import_rate_value / $load_rate_value")" "$(calc "$peak / 1024")" "$(calc "$heap / 1024")"
done

if $xlsx; then
    rows=${sizes[-1]}
    workbook="$WORK/scorecard-$rows.xlsx"
    [[ -f "$workbook" ]] || python3 bench/generate-scorecard.py "$rows" "$INDICATORS" "$workbook"
    fresh_database
    read -r seconds peak heap < <(import_rate "$rows" "$workbook" xlsx)
    printf '%-10s %-6s %14.0f %14s %8s %12.0f %14.0f\n' "$rows" xlsx "$(calc "$rows / $seconds")" "-" "-" "$(calc "$peak / 1024")" \
        "$(calc "$heap / 1024")"
fi

if ((${#sizes[@]} > 1)); then
    first=${sizes[0]} last=${sizes[-1]}
    printf 'at %s rows, against %s rows: peak resident memory %.2f times, peak heap after collection %.2f times\n' \
        "$last" "$first" "$(calc "${peaks[$last]} / ${peaks[$first]}")" "$(calc "${heaps[$last]} / ${heaps[$first]}")"
fi
sql -e "DROP DATABASE IF EXISTS $DB"

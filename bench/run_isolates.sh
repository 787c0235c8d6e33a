#!/usr/bin/env bash
# Isolate costs on DartJ next to Node.js worker_threads and plain Java threads, in one run:
# bench/isolate_costs.dart, bench/node/worker_costs.mjs and bench/java/IsolateCostsBaseline.java
# measure the same things (see the comment at the top of isolate_costs.dart) and print
# "NAME VALUE" lines. Each variant runs RUNS processes (default 3), alternating; the table
# gives the median over the processes, one row per measure, and Node's figure divided by
# DartJ's (above 1: DartJ is faster or smaller).
#
# Usage: bench/run_isolates.sh [RUNS]
# Optional environment:
#   BENCH_VARIANTS  subset of "dartj-default dartj-interpreter node java"
#   DARTJ           launcher to run (default bin/dartj)
#   NODE            Node.js to run (default node)
#   NODE_FIB_N, NODE_LIVE  Node's smaller sizes for fib-spawn and live (default 10, 100)
set -euo pipefail

RUNS=${1:-3}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "run_isolates.sh: RUNS must be a positive integer" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DARTJ=${DARTJ:-bin/dartj}
NODE=${NODE:-node}
VARIANTS=${BENCH_VARIANTS:-dartj-default dartj-interpreter node java}
NODE_FIB_N=${NODE_FIB_N:-10}
NODE_LIVE=${NODE_LIVE:-100}
JDK=$(bin/find-jdk25)
command -v "$NODE" >/dev/null || { echo "run_isolates.sh: no Node.js ('$NODE'); install nodejs or set NODE" >&2; exit 1; }
RESULTS=bench/results
mkdir -p "$RESULTS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
SUMMARY=$RESULTS/isolates-$STAMP.md
RAW=$(mktemp)
trap 'rm -f "$RAW"' EXIT

"$DARTJ" --version >/dev/null 2>&1 || true   # builds DartJ if needed; not counted
CLASSES=$RESULTS/classes
mkdir -p "$CLASSES"
if [[ ! -f $CLASSES/IsolateCostsBaseline.class || bench/java/IsolateCostsBaseline.java -nt $CLASSES/IsolateCostsBaseline.class ]]; then
    "$JDK/bin/javac" -d "$CLASSES" bench/java/IsolateCostsBaseline.java
fi

for ((r = 1; r <= RUNS; r++)); do
    for v in $VARIANTS; do
        case "$v" in
            dartj-default) out=$(env -u DARTJ_RUNTIME "$DARTJ" bench/isolate_costs.dart) ;;
            dartj-interpreter) out=$(env DARTJ_RUNTIME=interpreter "$DARTJ" bench/isolate_costs.dart) ;;
            node) out=$("$NODE" bench/node/worker_costs.mjs 1 "$NODE_FIB_N" "$NODE_LIVE") ;;
            java) out=$("$JDK/bin/java" -cp "$CLASSES" IsolateCostsBaseline) ;;
            *) echo "run_isolates.sh: unknown variant $v" >&2; exit 2 ;;
        esac
        echo "$out" | sed "s/^/$v /" >> "$RAW"
        echo "$out" | sed "s/^/  $v run $r: /" >&2
    done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# value VARIANT MEASURE [DEFAULT]: the median of the variant's figures for the measure.
value() {
    local v; v=$(awk -v v="$1" -v m="$2" '$1 == v && $2 == m { print $3 }' "$RAW" | median)
    echo "${v:-${3:-}}"
}
declare -A LABELS=(
    [spawn]="spawn to first message (µs)" [pingpong]="small round trip (µs)"
    [copy-list]="100k-int list round trip (µs)" [copy-map]="10k-entry map round trip (µs)"
    [bytes-copy]="16 MiB Uint8List round trip, copied (µs)" [bytes-transfer]="16 MiB TransferableTypedData send (µs)"
    [json-run]="Isolate.run of 1 MB jsonDecode (µs)" [live-kb]="memory per live isolate (KB)"
    [live-ms]="spawning the live isolates (ms)" [fib-spawn-us]="recursive-spawn fib, per isolate (µs)")
{
    printf '## Isolate costs: DartJ isolates, Node.js worker_threads and Java threads\n\n'
    printf -- '- date: %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    printf -- '- nproc: %s, load average: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf -- '- CPU: %s\n' "$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    printf -- '- Node.js: %s; JDK: %s\n' "$("$NODE" --version)" "$("$(bin/find-jdk25)/bin/java" -version 2>&1 | head -n 1)"
    printf -- '- git: %s; runs per variant: %s (median of the per-process medians)\n\n' "$(git rev-parse --short HEAD 2>/dev/null || echo none)" "$RUNS"
    printf -- '- sizes: DartJ and Java fib(%s) and %s live; Node fib(%s) and %s live (see worker_costs.mjs)\n\n' \
        "$(value dartj-default fib-n 21)" "$(value dartj-default live-count 1000)" "$NODE_FIB_N" "$NODE_LIVE"
    header="| measure"
    rule="|---"
    for v in $VARIANTS; do header="$header | $v"; rule="$rule|---:"; done
    printf '%s | node ÷ dartj-default |\n%s|---:|\n' "$header" "$rule"
    for m in spawn pingpong copy-list copy-map bytes-copy bytes-transfer json-run live-kb live-ms fib-spawn-us; do
        row="| ${LABELS[$m]}"
        for v in $VARIANTS; do row="$row | $(value "$v" "$m" -)"; done
        d=$(value dartj-default "$m" -); n=$(value node "$m" -)
        ratio=$(awk -v d="$d" -v n="$n" 'BEGIN { if (d == "-" || n == "-" || d == 0) print "-"; else printf "%.1f", n / d }')
        echo "$row | $ratio |"
    done
} | tee "$SUMMARY"
echo "Summary written to $SUMMARY"
